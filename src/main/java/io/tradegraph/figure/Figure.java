package io.tradegraph.figure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Loads;
import io.tradegraph.core.Node;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.reference.Commodity;
import io.tradegraph.reference.Market;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.Region;
import io.tradegraph.reference.Scope;
import io.tradegraph.reference.Source;

@Description("A figure as an article states it: what it measures, its value with unit, qualifier and status, and "
        + "where it was said. Null means the article does not say; it never means zero.")
@Loads({})
public record Figure(
        @NonNull @Description("Stable code: the source's code and a number, e.g. 000-01.") String code,
        @NonNull @Description("The area the figure is about.") Province province,
        @NonNull @Description("The period the figure covers.") Period period,
        @NonNull @Description("Exports, imports, total trade or balance.") Flow flow,
        @Description("The commodity, for a figure about one commodity or group; null for all commodities.") Commodity commodity,
        @Description("The market, for a figure about one partner; null for all markets.") Market market,
        @Description("The sector or part of the area's trade the figure is restricted to (the foreign-invested sector, "
                + "excluding crude oil); null for the area's whole trade.") Scope scope,
        @Description("Exact amount in whole units (USD 34.5 billion is 34500000000); null when only a range, "
                + "growth, rank or share is stated.") BigDecimal amount,
        @Description("Unit of the amount and range.") MeasureUnit unit,
        @NonNull @Description("How the article qualifies the amount: exact, about, nearly, more than.") Qualifier qualifier,
        @Description("Low–high range, where the article gives the amount as one.") Range range,
        @Description("Unit of the last digit the article wrote (34,5 tỷ USD: 100000000), against which rounding "
                + "is judged; null without an amount.") BigDecimal precision,
        @NonNull @Description("Estimate, reported outturn, plan or target.") Status status,
        @Loads(Loads.Need.FIGURE_COMPARISONS) @Description("Growth the article reports with the figure; null when it reports none.") Growth growth,
        @Loads(Loads.Need.FIGURE_COMPARISONS) @Description("A second growth the article reports of the same amount, on another basis (month on month beside "
                + "year on year); null when it reports none.") Growth secondGrowth,
        @Loads(Loads.Need.FIGURE_COMPARISONS) @Description("Rank the article gives (1 = first in the country, or largest partner).") Integer rank,
        @Loads(Loads.Need.FIGURE_COMPARISONS) @Description("How many the rank is among, as the article says it («thứ 11/63»: 63); null when it does not.") Integer rankOf,
        @Loads(Loads.Need.FIGURE_COMPARISONS) @Description("The region whose provinces an area's rank is among («2/14 tỉnh miền núi phía Bắc»); null for the "
                + "country, or for a commodity's or market's rank within the area's trade.") Region rankWithin,
        @Loads(Loads.Need.FIGURE_COMPARISONS) @Description("Share of the enclosing total the article claims: of the nation's flow for an area's total, of "
                + "the area's flow for a commodity or market.") Share share,
        @Loads(Loads.Need.FIGURE_COMPARISONS) @Description("How much of the plan or target for the period the amount reaches, in percent, as the article "
                + "states it («đạt 105% kế hoạch năm»: 105); null when it states none.") BigDecimal planPercent,
        @NonNull @Description("The article it comes from.") Source source,
        @Loads(Loads.Need.FIGURE_TEXT) @NonNull @Description("Which revision of the figure this is: 1 as first recorded, one more for each revision or "
                + "retraction since (see 'history').") int revision,
        @Loads(Loads.Need.FIGURE_TEXT) @NonNull @Description("When this revision was recorded in the service.") OffsetDateTime recordedAt,
        @Loads(Loads.Need.FIGURE_TEXT) @NonNull @Description("Paragraph of the article, counting non-empty lines from 1.") int paragraph,
        @Loads(Loads.Need.FIGURE_TEXT) @NonNull @Description("The figure as the article writes it, e.g. «gần 10 tỷ USD».") String quote,
        @Loads(Loads.Need.FIGURE_TEXT) @Description("What the reader should know to interpret the figure.") String note,
        @NonNull @Description("True for a mention: the article names the market or commodity without any value, so "
                + "every value is null (unknown), never zero.") boolean mention) implements Node {

    /** The figure a stored revision states, from the values of its fields, its codes resolved to the catalog's records. */
    public static Figure of(FigureColumns.Values stated, Province province, Period period, Commodity commodity,
            Market market, Scope scope, Source source, int revision, OffsetDateTime recordedAt) {
        BigDecimal low = (BigDecimal) stated.get(LOW);
        GrowthBasis basis = (GrowthBasis) stated.get(GROWTH_BASIS);
        GrowthBasis secondBasis = (GrowthBasis) stated.get(SECOND_GROWTH_BASIS);
        BigDecimal share = (BigDecimal) stated.get(SHARE);
        return new Figure((String) stated.get(CODE), province, period, (Flow) stated.get(FLOW), commodity, market, scope,
                (BigDecimal) stated.get(AMOUNT), (MeasureUnit) stated.get(UNIT), (Qualifier) stated.get(QUALIFIER),
                low == null ? null : new Range(low, (BigDecimal) stated.get(HIGH)), (BigDecimal) stated.get(PRECISION),
                (Status) stated.get(STATUS),
                basis == null ? null : new Growth((BigDecimal) stated.get(GROWTH), (BigDecimal) stated.get(GROWTH_LOW),
                        (BigDecimal) stated.get(GROWTH_HIGH), (Qualifier) stated.get(GROWTH_QUALIFIER), basis,
                        (BigDecimal) stated.get(GROWTH_MULTIPLE)),
                secondBasis == null ? null : new Growth((BigDecimal) stated.get(SECOND_GROWTH), null, null,
                        Qualifier.EXACT, secondBasis, null),
                (Integer) stated.get(RANK), (Integer) stated.get(RANK_OF), (Region) stated.get(RANK_WITHIN),
                share == null ? null : new Share(share, (Qualifier) stated.get(SHARE_QUALIFIER)),
                (BigDecimal) stated.get(PLAN_PERCENT), source, revision, recordedAt, (Integer) stated.get(PARAGRAPH), (String) stated.get(QUOTE),
                (String) stated.get(NOTE), Boolean.TRUE.equals(stated.get(MENTION)));
    }

    // The fields of the description (FigureInput) this view shows.
    private static final FigureColumns.Field CODE = FigureColumns.field("code");
    private static final FigureColumns.Field FLOW = FigureColumns.field("flow");
    private static final FigureColumns.Field AMOUNT = FigureColumns.field("amount");
    private static final FigureColumns.Field LOW = FigureColumns.field("low");
    private static final FigureColumns.Field HIGH = FigureColumns.field("high");
    private static final FigureColumns.Field PRECISION = FigureColumns.field("precision");
    private static final FigureColumns.Field UNIT = FigureColumns.field("unit");
    private static final FigureColumns.Field QUALIFIER = FigureColumns.field("qualifier");
    private static final FigureColumns.Field STATUS = FigureColumns.field("status");
    private static final FigureColumns.Field GROWTH = FigureColumns.field("growth");
    private static final FigureColumns.Field GROWTH_LOW = FigureColumns.field("growthLow");
    private static final FigureColumns.Field GROWTH_HIGH = FigureColumns.field("growthHigh");
    private static final FigureColumns.Field GROWTH_QUALIFIER = FigureColumns.field("growthQualifier");
    private static final FigureColumns.Field GROWTH_BASIS = FigureColumns.field("growthBasis");
    private static final FigureColumns.Field RANK = FigureColumns.field("rank");
    private static final FigureColumns.Field SHARE = FigureColumns.field("share");
    private static final FigureColumns.Field SHARE_QUALIFIER = FigureColumns.field("shareQualifier");
    private static final FigureColumns.Field PARAGRAPH = FigureColumns.field("paragraph");
    private static final FigureColumns.Field QUOTE = FigureColumns.field("quote");
    private static final FigureColumns.Field NOTE = FigureColumns.field("note");
    private static final FigureColumns.Field MENTION = FigureColumns.field("mention");
    private static final FigureColumns.Field PLAN_PERCENT = FigureColumns.field("planPercent");
    private static final FigureColumns.Field GROWTH_MULTIPLE = FigureColumns.field("growthMultiple");
    private static final FigureColumns.Field SECOND_GROWTH = FigureColumns.field("secondGrowth");
    private static final FigureColumns.Field SECOND_GROWTH_BASIS = FigureColumns.field("secondGrowthBasis");
    private static final FigureColumns.Field RANK_OF = FigureColumns.field("rankOf");
    private static final FigureColumns.Field RANK_WITHIN = FigureColumns.field("rankWithin");

    /** A figure's id names its revision: each revision is a fact of its own, which a cache must not merge. */
    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    @Loads(Loads.Need.FIGURE_TEXT)
    public String getId() {
        return Node.id("Figure", code + "@" + revision);
    }


    @Description("A low–high range, both ends inclusive.")
    @Loads({})
    public record Range(@NonNull @Description("Low end.") BigDecimal low, @NonNull @Description("High end.") BigDecimal high) {
    }

    @Description("A growth rate in percent, a single value or a range (targets such as 'tăng 9–10%').")
    @Loads({})
    public record Growth(
            @Description("Growth in percent; null when given as a range.") BigDecimal percent,
            @Description("Low end of a growth range in percent.") BigDecimal low,
            @Description("High end of a growth range in percent.") BigDecimal high,
            @NonNull @Description("How the article qualifies the growth.") Qualifier qualifier,
            @NonNull @Description("What the growth compares with.") GrowthBasis basis,
            @Description("The multiple the article states the growth as («gấp 3 lần»: 3, making 'percent' 200); null "
                    + "when it states a percent.") BigDecimal multiple) {
    }

    @Description("A share in percent as the article claims it.")
    @Loads({})
    public record Share(
            @NonNull @Description("Share in percent.") BigDecimal percent,
            @NonNull @Description("How the article qualifies the share.") Qualifier qualifier) {
    }
}
