package io.tradegraph.trade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.balance.Derived;
import io.tradegraph.balance.TradeArithmetic;
import io.tradegraph.core.Loads.Need;
import io.tradegraph.core.Loads;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.reference.Commodity;
import io.tradegraph.reference.Market;
import io.tradegraph.reference.Scope;

/**
 * The figures of one scope (an area and a period, optionally narrowed to a commodity and a market) and the trade
 * fields computed from them. Everything here works on figures already loaded, so nesting costs no SQL.
 */
public abstract class TradeSlice {

    private final List<Figure> figures;
    private final String commodityCode;
    private final String marketCode;
    private final String scopeCode;
    private final List<Figure> exactScope;
    /** The headline figures, each found once: ranking slices asks for them again and again. */
    private Optional<Figure> exportsHeadline;
    private Optional<Figure> importsHeadline;

    /**
     * @param figures every figure within the scope, including those about narrower scopes
     * @param commodityCode the scope's commodity, null for all commodities
     * @param marketCode the scope's market, null for all markets
     * @param scopeCode the sector or part of the trade, null for the whole
     */
    protected TradeSlice(List<Figure> figures, String commodityCode, String marketCode, String scopeCode) {
        this.figures = figures;
        this.commodityCode = commodityCode;
        this.marketCode = marketCode;
        this.scopeCode = scopeCode;
        this.exactScope = exactly(figures, commodityCode, marketCode, scopeCode);
    }

    /** The province-period this slice belongs to (itself for a province-period). */
    abstract ProvincePeriod root();

    /** The figures of the enclosing scope that shares are taken of, and its name; empty for the nation. */
    abstract Optional<Whole> whole();

    record Whole(List<Figure> exactScope, String name) {
    }

    @Description("The export value an article states for exactly this scope (in USD, an outturn); null when none does. "
            + "When several articles state it, the reported outturn wins over the estimate, then the plainer number, "
            + "then the newer article; all of them are in 'figures'.")
    @Loads({})
    public Figure getExports() {
        return headline(Flow.EXPORT).orElse(null);
    }

    @Description("The import value an article states for exactly this scope; null when none does. Chosen like 'exports'.")
    @Loads({})
    public Figure getImports() {
        return headline(Flow.IMPORT).orElse(null);
    }

    @Description("Trade balance, exports − imports: computed only where both are known, next to the balances the "
            + "articles state.")
    @Loads({})
    public @NonNull Derived getBalance() {
        return TradeArithmetic.balance(exactScope);
    }

    @Description("Turnover, exports + imports: computed only where both are known, next to the totals the articles state.")
    @Loads({})
    public @NonNull Derived getTurnover() {
        return TradeArithmetic.turnover(exactScope);
    }

    @Description("Coverage of imports by exports, exports / imports as a ratio rounded to 4 places (1.4082 means "
            + "exports are 140.82% of imports); null unless both are known.")
    @Loads({})
    public BigDecimal getCoverage() {
        return TradeArithmetic.coverage(exactScope);
    }

    @Description("Exports as a percentage of the enclosing total's exports: the nation's for a province, the "
            + "province's for a commodity or market. Next to it, the shares the articles claim, each with a verdict.")
    @Loads({ Need.WHOLE, Need.FIGURE_COMPARISONS })
    public @NonNull Derived getExportShare() {
        return share(Flow.EXPORT);
    }

    @Description("Imports as a percentage of the enclosing total's imports, like 'exportShare'.")
    @Loads({ Need.WHOLE, Need.FIGURE_COMPARISONS })
    public @NonNull Derived getImportShare() {
        return share(Flow.IMPORT);
    }

    @Description("Growth of exports: reported, computed from a year earlier, and the year-earlier value it implies.")
    @Loads({ Need.YEAR_BEFORE, Need.FIGURE_COMPARISONS })
    public @NonNull GrowthView getExportGrowth() {
        return growth(Flow.EXPORT);
    }

    @Description("Growth of imports, like 'exportGrowth'.")
    @Loads({ Need.YEAR_BEFORE, Need.FIGURE_COMPARISONS })
    public @NonNull GrowthView getImportGrowth() {
        return growth(Flow.IMPORT);
    }

    @Description("Statements of rank about exactly this scope ('first in the country', 'largest supplier'), with "
            + "or without a value.")
    @Loads(Need.FIGURE_COMPARISONS)
    public @NonNull List<@NonNull Figure> getRanks() {
        return exactScope.stream().filter(f -> f.rank() != null).toList();
    }

    @Description("Plans and targets stated for exactly this scope, made absolute, with their attainment.")
    @Loads({ Need.YEAR_BEFORE, Need.FIGURE_COMPARISONS })
    public @NonNull List<@NonNull Target> getTargets() {
        return Targets.of(exactScope, root().yearBefore().map(pp -> exactly(pp.getFigures(), commodityCode, marketCode, scopeCode)));
    }

    @Description("Every figure within this scope, including those about single commodities or markets, in period "
            + "and code order.")
    @Loads({ Need.COMMODITY_FIGURES, Need.MARKET_FIGURES })
    public @NonNull List<@NonNull Figure> getFigures() {
        return figures;
    }

    public List<Figure> exactScope() {
        return exactScope;
    }

    /** The figure that stands for a flow of exactly this scope, if any states an amount. */
    Optional<Figure> headline(Flow flow) {
        if (flow == Flow.EXPORT) {
            if (exportsHeadline == null) {
                exportsHeadline = TradeArithmetic.headline(exactScope, flow);
            }
            return exportsHeadline;
        }
        if (flow == Flow.IMPORT) {
            if (importsHeadline == null) {
                importsHeadline = TradeArithmetic.headline(exactScope, flow);
            }
            return importsHeadline;
        }
        return TradeArithmetic.headline(exactScope, flow);
    }

    private Derived share(Flow flow) {
        Optional<Whole> whole = whole();
        return TradeArithmetic.share(exactScope, whole.map(Whole::exactScope).orElse(List.of()), flow,
                whole.map(Whole::name).orElse("a larger whole (there is none)"));
    }

    private GrowthView growth(Flow flow) {
        Optional<Figure> current = headline(flow);
        Optional<Figure> yearEarlier = root().yearBefore()
                .flatMap(pp -> TradeArithmetic.headline(exactly(pp.getFigures(), commodityCode, marketCode, scopeCode), flow));
        return new GrowthView(current.map(Figure::growth).orElse(null),
                TradeArithmetic.growth(current.orElse(null), yearEarlier.orElse(null)),
                current.flatMap(TradeArithmetic::impliedEarlier).orElse(null));
    }

    /** Figures of this scope that name a market, grouped into one slice per market. */
    public List<MarketTrade> markets(Flow flow, Integer first) {
        return top(group(wholeTrade(figures), TradeSlice::marketCode, Figure::market, flow,
                (market, marketFigures) -> new MarketTrade(market, marketFigures, commodityCode, this)), first);
    }

    /**
     * The figures of the whole trade, without those of a sector or part: those are grouped by their scope (under
     * 'scopes'), never into a commodity or market of the whole.
     */
    static List<Figure> wholeTrade(List<Figure> figures) {
        List<Figure> whole = new ArrayList<>(figures.size());
        for (Figure figure : figures) {
            if (figure.scope() == null) {
                whole.add(figure);
            }
        }
        return whole;
    }

    static <S> List<S> top(List<S> slices, Integer first) {
        // A view of the ranked list, which nothing changes after: no stream and copy for each of a dashboard's slices.
        return first == null || first >= slices.size() ? slices : slices.subList(0, Math.max(0, first));
    }

    /**
     * Groups figures by a key into slices, keeping the groups with a figure of the given flow (all groups when the
     * flow is null); with a flow, the largest headline amount of that flow comes first, then the code.
     */
    static <K, S extends TradeSlice> List<S> group(List<Figure> figures, Function<Figure, String> code,
            Function<Figure, K> key, Flow flow, BiFunction<K, List<Figure>, S> slice) {
        Map<String, List<Figure>> byCode = new LinkedHashMap<>();
        for (Figure figure : figures) {
            String groupCode = code.apply(figure);
            if (groupCode != null) {
                byCode.computeIfAbsent(groupCode, c -> new ArrayList<>()).add(figure);
            }
        }
        // Each slice's headline is found once, not at every comparison of the sort (a list of 90 compares about 500 times).
        List<Ranked<S>> ranked = new ArrayList<>(byCode.size());
        for (Map.Entry<String, List<Figure>> group : byCode.entrySet()) {
            if (flow == null || hasFlow(group.getValue(), flow)) {
                S made = slice.apply(key.apply(group.getValue().get(0)), group.getValue());
                ranked.add(new Ranked<>(made, made.headlineAmount(flow), group.getKey()));
            }
        }
        ranked.sort(RANKING);
        List<S> slices = new ArrayList<>(ranked.size());
        for (Ranked<S> each : ranked) {
            slices.add(each.slice());
        }
        return slices;
    }

    /** A slice with what it is ranked by: its headline amount of the flow, largest first, then its code. */
    private record Ranked<S>(S slice, BigDecimal amount, String code) {
    }

    private static final Comparator<Ranked<?>> RANKING = Comparator.<Ranked<?>, BigDecimal> comparing(Ranked::amount,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Ranked::code);

    private static boolean hasFlow(List<Figure> figures, Flow flow) {
        for (Figure figure : figures) {
            if (figure.flow() == flow) {
                return true;
            }
        }
        return false;
    }

    BigDecimal headlineAmount(Flow flow) {
        return flow == null ? null : headline(flow).map(Figure::amount).orElse(null);
    }

    /**
     * The figures of exactly one commodity, market and scope (null: all commodities, all markets, the whole trade).
     * A sector's figure is never the whole's: only a slice of its own scope takes it.
     */
    static List<Figure> exactly(List<Figure> figures, String commodityCode, String marketCode, String scopeCode) {
        List<Figure> exact = new ArrayList<>();
        for (Figure figure : figures) {
            if (Objects.equals(commodityCode(figure), commodityCode) && Objects.equals(marketCode(figure), marketCode)
                    && Objects.equals(scopeCode(figure), scopeCode)) {
                exact.add(figure);
            }
        }
        return exact;
    }

    static String commodityCode(Figure figure) {
        Commodity commodity = figure.commodity();
        return commodity == null ? null : commodity.code();
    }

    static String scopeCode(Figure figure) {
        Scope scope = figure.scope();
        return scope == null ? null : scope.code();
    }

    static String marketCode(Figure figure) {
        Market market = figure.market();
        return market == null ? null : market.code();
    }
}
