package io.tradegraph.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.Loads.Need;
import io.tradegraph.core.Loads;
import io.tradegraph.figure.Flow;
import io.tradegraph.measure.Bounds;
import io.tradegraph.measure.Verdict;
import io.tradegraph.plan.FieldNeeds;
import io.tradegraph.plan.LevelBatch;
import io.tradegraph.plan.LoadPlan;
import io.tradegraph.plan.TradeLoader;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.ScopeKind;
import io.tradegraph.reference.Snapshot;
import io.tradegraph.trade.CommodityTrade;
import io.tradegraph.trade.Finding;
import io.tradegraph.trade.Geography;
import io.tradegraph.trade.MarketTrade;
import io.tradegraph.trade.ProvincePeriod;
import io.tradegraph.trade.ScopeTrade;
import io.tradegraph.trade.SeriesLength;
import io.tradegraph.trade.SeriesPoint;

/**
 * The traversal Province → Period → Commodity → Market, series and reconciliation. One statement loads the figures
 * of every province in the batch (and of the nation, for shares); everything below is cut from those figures in
 * memory.
 */
@GraphQLApi
public class TradeApi {

    /** What each field at or below a province-period loads: declared on its getter, or on its resolver here. */
    public static final FieldNeeds NEEDS = FieldNeeds.declaredBy(ProvincePeriod.class, TradeApi.class, FigureApi.class);

    private final TradeLoader loader;
    private final Catalog catalog;
    private final Limits limits;
    private final LevelBatch<Province, TradeLoader.PeriodsArguments, List<ProvincePeriod>> periodsBatch;
    private final LevelBatch<Province, TradeLoader.SeriesArguments, List<SeriesPoint>> seriesBatch;

    private final Context context;
    /** The plans of the periods fields of lately run documents: a few hundred bytes each. */
    private final Cache<Selected, LoadPlan> plans = Caffeine.newBuilder().maximumSize(1_000).build();

    /** A periods field of a document, as the nodes merged into it, with the variables its directives may read. */
    private record Selected(List<Field> nodes, Map<String, Object> variables) {
    }

    public TradeApi(TradeLoader loader, Catalog catalog, Limits limits, Context context) {
        this.loader = loader;
        this.catalog = catalog;
        this.limits = limits;
        this.context = context;
        this.periodsBatch = new LevelBatch<>("periods", loader::periods);
        this.seriesBatch = new LevelBatch<>("series", loader::series);
    }

    @Name("periods")
    @Description("The periods for which articles state figures about this area, in chronological order, each with "
            + "its trade.")
    public Uni<@NonNull List<@NonNull ProvincePeriod>> periods(@Source Province province,
            @Name("kind") @Description("Only periods of this kind.") PeriodKind kind,
            @Name("from") @Description("Only periods that start on or after this day.") LocalDate from,
            @Name("to") @Description("Only periods that end on or before this day.") LocalDate to,
            @Name("geography") @DefaultValue("AS_REPORTED") @Description("Read the figures as reported, or on the 34 "
                    + "provinces after 1 July 2025.") Geography geography,
            @Name("asOf") @Description("Answer as the data stood at this instant (default: now).") OffsetDateTime asOf) {
        requireOrdered(from, to);
        // The selection is the same for every province under one field of the document, with the same variables:
        // read it once for them all (reading it costs a walk of the sub-selection and a compiled glob per call, a
        // tenth of a small query's time). The field is all the document's nodes merged into it, by identity: one
        // node of a fragment may be merged with others at one place and not at another.
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        LoadPlan plan = plans.get(new Selected(environment.getMergedField().getFields(), environment.getVariables()),
                selected -> LoadPlan.of(NEEDS, environment.getSelectionSet()));
        return periodsBatch.load(context, province, new TradeLoader.PeriodsArguments(kind, from, to, geography, plan,
                asOf));
    }

    @Name("series")
    @Description("A flow of this area over consecutive periods of one kind, for charts: one point per period, gaps "
            + "as nulls, never zeros. Without 'from' and 'to', the series spans the periods articles cover.")
    public Uni<@NonNull List<@NonNull SeriesPoint>> series(@Source Province province,
            @Name("flow") @DefaultValue("EXPORT") @Description("The flow.") Flow flow,
            @Name("kind") @DefaultValue("YEAR") @Description("MONTH, QUARTER or YEAR.") PeriodKind kind,
            @Name("from") @Description("First day the series covers.") LocalDate from,
            @Name("to") @Description("Last day the series covers.") LocalDate to,
            @Name("commodity") @Description("A commodity code, for that commodity's series.") String commodity,
            @Name("market") @Description("A market code, for that market's series.") String market,
            @Name("asOf") @Description("Answer as the data stood at this instant (default: now).") OffsetDateTime asOf) {
        requireOrdered(from, to);
        if (kind != PeriodKind.MONTH && kind != PeriodKind.QUARTER && kind != PeriodKind.YEAR) {
            throw new ClientError.InvalidArgument("A series runs over consecutive months, quarters or years; " + kind
                    + " periods overlap or are irregular. Use MONTH, QUARTER or YEAR.");
        }
        Snapshot known = catalog.current();
        known.requireKnown(commodity, market);
        int points = SeriesLength.estimate(known, kind, from, to);
        if (points > limits.seriesPoints()) {
            throw new ClientError.LimitExceeded("series length", limits.seriesPoints(), points,
                    "Ask for a shorter span, or for quarters or years instead of months.");
        }
        if (Bounds.date(from) != null || Bounds.date(to) != null) {
            // Its gaps are periods of their own, which exist only within the years the data can concern.
            throw new ClientError.InvalidArgument("A series spans days from " + Bounds.FIRST_YEAR + " to "
                    + Bounds.LAST_YEAR + "; 'from' and 'to' must lie within them.");
        }
        return seriesBatch.load(context, province, new TradeLoader.SeriesArguments(flow, kind, from, to, commodity, market,
                asOf));
    }

    @Query("checks")
    @Description("Reconciliation over every area and period: each finding compares two numbers for the same thing "
            + "and gives a verdict that respects the precision written and the qualifiers used.")
    public Uni<@NonNull List<@NonNull Finding>> checks(
            @Name("area") @Description("Only this area's findings.") String area,
            @Name("kind") @Description("Only findings of this kind.") Finding.Kind kind,
            @Name("verdict") @Description("Only findings with this verdict, e.g. CONTRADICTION.") Verdict verdict,
            @Name("asOf") @Description("Answer as the data stood at this instant (default: now).") OffsetDateTime asOf) {
        return loader.checks(area, kind, verdict, asOf);
    }

    @NonBlocking
    @Loads(Need.COMMODITY_FIGURES)
    @Name("commodities")
    @Description("The commodities articles state figures about in this province-period. With a flow, only "
            + "commodities with a figure of that flow, largest amount first; without, in code order.")
    public @NonNull List<@NonNull CommodityTrade> commodities(@Source ProvincePeriod provincePeriod,
            @Name("flow") @Description("Only commodities with a figure of this flow.") Flow flow,
            @Name("first") @Description("Only the first N: with a flow, the top N by value.") Integer first) {
        return provincePeriod.commodities(flow, requireCount(first));
    }

    @NonBlocking
    @Loads(Need.MARKET_FIGURES)
    @Name("markets")
    @Description("The markets articles state figures about in this province-period, ordered like 'commodities'.")
    public @NonNull List<@NonNull MarketTrade> markets(@Source ProvincePeriod provincePeriod,
            @Name("flow") @Description("Only markets with a figure of this flow.") Flow flow,
            @Name("first") @Description("Only the first N: with a flow, the top N by value.") Integer first) {
        return provincePeriod.markets(flow, requireCount(first));
    }

    @NonBlocking
    @Loads({})
    @Name("scopes")
    @Description("The sectors and parts of the trade (the foreign-invested sector, the trade excluding crude oil) that "
            + "articles state figures for in this province-period, each apart from the whole. With a flow, only those "
            + "with a figure of that flow, largest amount first; without, in code order.")
    public @NonNull List<@NonNull ScopeTrade> scopes(@Source ProvincePeriod provincePeriod,
            @Name("kind") @Description("Only sectors, or only restrictions.") ScopeKind kind,
            @Name("flow") @Description("Only scopes with a figure of this flow.") Flow flow) {
        return provincePeriod.scopes(kind, flow);
    }

    @NonBlocking
    // The commodities' own figures include those per market.
    @Loads(Need.COMMODITY_FIGURES)
    @Name("markets")
    @Description("The markets articles state figures about for this commodity, ordered like 'commodities'.")
    public @NonNull List<@NonNull MarketTrade> commodityMarkets(@Source CommodityTrade commodityTrade,
            @Name("flow") @Description("Only markets with a figure of this flow.") Flow flow,
            @Name("first") @Description("Only the first N: with a flow, the top N by value.") Integer first) {
        return commodityTrade.markets(flow, requireCount(first));
    }

    private static Integer requireCount(Integer first) {
        if (first != null && first < 0) {
            throw new ClientError.InvalidArgument("'first' is how many to return: 0 or more, not " + first + ".");
        }
        return first;
    }

    private static void requireOrdered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ClientError.InvalidDateRange(from, to);
        }
    }
}
