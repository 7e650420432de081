package io.tradegraph.trade;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.balance.Derived;
import io.tradegraph.balance.TradeArithmetic;
import io.tradegraph.commodity.Commodity;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.market.Market;

/**
 * The figures of one scope (an area and a period, optionally narrowed to a commodity and a market) and the trade
 * fields computed from them. Everything here works on figures already loaded, so nesting costs no SQL.
 */
public abstract class TradeSlice {

    private final List<Figure> figures;
    private final String commodityCode;
    private final String marketCode;
    private final List<Figure> exactScope;

    /**
     * @param figures every figure within the scope, including those about narrower scopes
     * @param commodityCode the scope's commodity, null for all commodities
     * @param marketCode the scope's market, null for all markets
     */
    protected TradeSlice(List<Figure> figures, String commodityCode, String marketCode) {
        this.figures = figures;
        this.commodityCode = commodityCode;
        this.marketCode = marketCode;
        this.exactScope = exactly(figures, commodityCode, marketCode);
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
    public Figure getExports() {
        return TradeArithmetic.headline(exactScope, Flow.EXPORT).orElse(null);
    }

    @Description("The import value an article states for exactly this scope; null when none does. Chosen like 'exports'.")
    public Figure getImports() {
        return TradeArithmetic.headline(exactScope, Flow.IMPORT).orElse(null);
    }

    @Description("Trade balance, exports − imports: computed only where both are known, next to the balances the "
            + "articles state.")
    public @NonNull Derived getBalance() {
        return TradeArithmetic.balance(exactScope);
    }

    @Description("Turnover, exports + imports: computed only where both are known, next to the totals the articles state.")
    public @NonNull Derived getTurnover() {
        return TradeArithmetic.turnover(exactScope);
    }

    @Description("Coverage of imports by exports, exports / imports as a ratio rounded to 4 places (1.4082 means "
            + "exports are 140.82% of imports); null unless both are known.")
    public BigDecimal getCoverage() {
        return TradeArithmetic.coverage(exactScope);
    }

    @Description("Exports as a percentage of the enclosing total's exports: the nation's for a province, the "
            + "province's for a commodity or market. Next to it, the shares the articles claim, each with a verdict.")
    public @NonNull Derived getExportShare() {
        return share(Flow.EXPORT);
    }

    @Description("Imports as a percentage of the enclosing total's imports, like 'exportShare'.")
    public @NonNull Derived getImportShare() {
        return share(Flow.IMPORT);
    }

    @Description("Growth of exports: reported, computed from a year earlier, and the year-earlier value it implies.")
    public @NonNull GrowthView getExportGrowth() {
        return growth(Flow.EXPORT);
    }

    @Description("Growth of imports, like 'exportGrowth'.")
    public @NonNull GrowthView getImportGrowth() {
        return growth(Flow.IMPORT);
    }

    @Description("Statements of rank about exactly this scope ('first in the country', 'largest supplier'), with "
            + "or without a value.")
    public @NonNull List<@NonNull Figure> getRanks() {
        return exactScope.stream().filter(f -> f.rank() != null).toList();
    }

    @Description("Plans and targets stated for exactly this scope, made absolute, with their attainment.")
    public @NonNull List<@NonNull Target> getTargets() {
        return Targets.of(exactScope, root().yearBefore().map(pp -> exactly(pp.getFigures(), commodityCode, marketCode)));
    }

    @Description("Every figure within this scope, including those about single commodities or markets, in period "
            + "and code order.")
    public @NonNull List<@NonNull Figure> getFigures() {
        return figures;
    }

    List<Figure> exactScope() {
        return exactScope;
    }

    private Derived share(Flow flow) {
        Optional<Whole> whole = whole();
        return TradeArithmetic.share(exactScope, whole.map(Whole::exactScope).orElse(List.of()), flow,
                whole.map(Whole::name).orElse("a larger whole (there is none)"));
    }

    private GrowthView growth(Flow flow) {
        Optional<Figure> current = TradeArithmetic.headline(exactScope, flow);
        Optional<Figure> yearEarlier = root().yearBefore()
                .flatMap(pp -> TradeArithmetic.headline(exactly(pp.getFigures(), commodityCode, marketCode), flow));
        return new GrowthView(current.map(Figure::growth).orElse(null),
                TradeArithmetic.growth(current.orElse(null), yearEarlier.orElse(null)),
                current.flatMap(TradeArithmetic::impliedEarlier).orElse(null));
    }

    /** Figures of this scope that name a market, grouped into one slice per market. */
    List<MarketTrade> markets(Flow flow, Integer first) {
        return top(group(figures, TradeSlice::marketCode, Figure::market, flow,
                (market, marketFigures) -> new MarketTrade(market, marketFigures, commodityCode, this)), first);
    }

    static <S> List<S> top(List<S> slices, Integer first) {
        return first == null ? slices : slices.stream().limit(first).toList();
    }

    /**
     * Groups figures by a key into slices, keeping the groups with a figure of the given flow (all groups when the
     * flow is null); with a flow, the largest headline amount of that flow comes first.
     */
    static <K, S extends TradeSlice> List<S> group(List<Figure> figures, Function<Figure, String> code,
            Function<Figure, K> key, Flow flow, BiFunction<K, List<Figure>, S> slice) {
        Map<String, List<Figure>> byCode = figures.stream().filter(f -> code.apply(f) != null)
                .collect(Collectors.groupingBy(code, LinkedHashMap::new, Collectors.toList()));
        Comparator<S> order = Comparator.<S, BigDecimal> comparing(s -> s.headlineAmount(flow),
                Comparator.nullsLast(Comparator.reverseOrder()));
        return byCode.values().stream()
                .filter(group -> flow == null || group.stream().anyMatch(f -> f.flow() == flow))
                .map(group -> slice.apply(key.apply(group.get(0)), group))
                .sorted(order.thenComparing(s -> code.apply(s.getFigures().get(0))))
                .toList();
    }

    BigDecimal headlineAmount(Flow flow) {
        return flow == null ? null : TradeArithmetic.headline(exactScope, flow).map(Figure::amount).orElse(null);
    }

    static List<Figure> exactly(List<Figure> figures, String commodityCode, String marketCode) {
        return figures.stream()
                .filter(f -> Objects.equals(commodityCode(f), commodityCode) && Objects.equals(marketCode(f), marketCode))
                .toList();
    }

    static String commodityCode(Figure figure) {
        Commodity commodity = figure.commodity();
        return commodity == null ? null : commodity.code();
    }

    static String marketCode(Figure figure) {
        Market market = figure.market();
        return market == null ? null : market.code();
    }
}
