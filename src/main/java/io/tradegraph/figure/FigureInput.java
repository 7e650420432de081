package io.tradegraph.figure;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.tradegraph.figure.Column.Bound;
import io.tradegraph.figure.Column.Group;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.reference.Region;

/**
 * What a figure states, in whole units, and the one description of its fields: what {@code importFigures} takes and
 * the extractor proposes, what a row of {@code figures.csv} becomes, and what a revision stores. The table's columns,
 * the rows read and written, the CSV's cells and the bounds every field is checked against are derived from these
 * fields ({@link FigureColumns}): a new field is one more component here, with its {@link Column} where its name and
 * type do not say enough. Qualifiers left out are EXACT; a growth without a basis is year on year.
 */
@Input("FigureInput")
@Type("ExtractedFigure")
@Description("A figure to import, in whole units (USD 34.5 billion is 34500000000). Leave out what the article does "
        + "not say: null means unknown, never zero.")
public record FigureInput(
        @NonNull @Description("Stable code: the source's code, a dash and a number, e.g. 005-01.") String code,
        @Column(value = "source_code", references = "source") @Description("The source's code; the import's source when left out.") String source,
        @Column(group = Group.PROVENANCE) @NonNull @Description("Paragraph of the source's text that states it, counting non-empty lines from 1.") int paragraph,
        @Column(value = "area_code", references = "area") @NonNull @Description("Area code, e.g. VN-57.") String area,
        @Column(value = "period_code", references = "period") @NonNull @Description("Period code: 2024, 2025-09, 2025-Q3, 2025-01/2025-09 or 2021/2025; created when new.") String period,
        @NonNull @Description("Exports, imports, total trade or balance.") Flow flow,
        @Column(value = "commodity_code", references = "commodity") @Description("Commodity code, for a figure about one commodity.") String commodity,
        @Column(value = "market_code", references = "market") @Description("Market code, for a figure about one partner.") String market,
        @Description("Exact amount in whole units.") BigDecimal amount,
        @Column("amount_low") @Description("Low end of a range stated instead of an amount.") BigDecimal low,
        @Column("amount_high") @Description("High end of that range.") BigDecimal high,
        @Column("amount_precision") @Description("Unit of the last digit written (34,5 tỷ: 100000000); by default the place of the amount's last "
                + "non-zero digit.") BigDecimal precision,
        @Description("Unit of the amount or range; required with one.") MeasureUnit unit,
        @Description("How the article qualifies the amount; EXACT when left out.") Qualifier qualifier,
        @NonNull @Description("Estimate, reported outturn, plan or target.") Status status,
        @Column(value = "growth_pct", bound = Bound.GROWTH, group = Group.COMPARISON) @Description("Growth in percent.") BigDecimal growth,
        @Column(bound = Bound.GROWTH, group = Group.COMPARISON) @Description("Low end of a growth range in percent.") BigDecimal growthLow,
        @Column(bound = Bound.GROWTH, group = Group.COMPARISON) @Description("High end of a growth range in percent.") BigDecimal growthHigh,
        @Column(group = Group.COMPARISON) @Description("How the article qualifies the growth; EXACT when left out.") Qualifier growthQualifier,
        @Column(group = Group.COMPARISON) @Description("What the growth compares with; YEAR_ON_YEAR when left out.") GrowthBasis growthBasis,
        @Column(group = Group.COMPARISON) @Description("Rank the article gives, from 1.") Integer rank,
        @Column(value = "share_pct", bound = Bound.SHARE, group = Group.COMPARISON) @Description("Share in percent of the enclosing total.") BigDecimal share,
        @Column(group = Group.COMPARISON) @Description("How the article qualifies the share; EXACT when left out.") Qualifier shareQualifier,
        @Column(bound = Bound.QUOTE, group = Group.PROVENANCE) @NonNull @Description("The words of the paragraph that state the figure, 1 to 200 characters.") String quote,
        @Column(bound = Bound.NOTE, group = Group.PROVENANCE) @Description("What a reader should know to interpret it.") String note,
        @Column(bound = Bound.NONE) @Description("True for a mention: the article names the market or commodity without any value (then give "
                + "none); false when left out.") Boolean mention,
        @Column(value = "plan_pct", bound = Bound.PERCENT, group = Group.COMPARISON) @Description("How much of the plan or target for the period "
                + "the amount reaches, in percent, as the article states it («đạt 105% kế hoạch năm»: 105).")
        BigDecimal planPercent,
        @Column(value = "scope_code", references = "scope") @Description("Scope code, for a figure of one sector or part of the area's trade: FDI, DOMESTIC, "
                + "STATE, PRIVATE, EXCLUDING_CRUDE_OIL, OFFICIAL_TRADE, BORDER_TRADE, LOCAL_ENTERPRISES … (the 'scopes' query lists them); "
                + "leave it out for the area's whole trade.") String scope,
        @Column(bound = Bound.MULTIPLE, group = Group.COMPARISON) @Description("The growth as the multiple the article states («gấp 3 lần»: 3); "
                + "'growth' is then (multiple − 1) × 100, filled in when left out.") BigDecimal growthMultiple,
        @Column(value = "second_growth_pct", bound = Bound.GROWTH, group = Group.COMPARISON) @Description("A second growth of the same amount in "
                + "percent, on another basis («tăng 4% so với tháng trước và 15% so với cùng kỳ»); needs 'growth'.")
        BigDecimal secondGrowth,
        @Column(group = Group.COMPARISON) @Description("What the second growth compares with; required with it, and other than 'growthBasis'.")
        GrowthBasis secondGrowthBasis,
        @Column(group = Group.COMPARISON) @Description("How many the rank is among («thứ 11/63»: 63); needs 'rank'.") Integer rankOf,
        @Column(group = Group.COMPARISON) @Description("The region whose provinces an area's rank is among («thứ 2/14 tỉnh miền núi phía Bắc»); null "
                + "for the country, or for a commodity's or market's rank within the area's trade.") Region rankWithin) {

    /** With the defaults filled in and the source the import names where the row names none. */
    public FigureInput complete(String importSource) {
        BigDecimal stated = growth == null && growthMultiple != null ? percentOf(growthMultiple) : growth;
        boolean hasGrowth = stated != null || growthLow != null;
        return new FigureInput(code, source == null ? importSource : source, paragraph, area, period, flow, commodity,
                market, whole(amount), whole(low), whole(high),
                precision != null ? precision : lastDigit(amount != null ? amount : low), unit, orExact(qualifier), status,
                stated, growthLow, growthHigh, orExact(growthQualifier),
                growthBasis != null || !hasGrowth ? growthBasis : GrowthBasis.YEAR_ON_YEAR, rank, share,
                orExact(shareQualifier), quote, note, Boolean.TRUE.equals(mention), planPercent, scope, growthMultiple,
                secondGrowth, secondGrowthBasis, rankOf, rankWithin);
    }

    /** The growth in percent a multiple makes: ×3 is +200%. Called only on a multiple within its bound. */
    public static BigDecimal percentOf(BigDecimal multiple) {
        return whole(multiple.subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100)));
    }

    private static Qualifier orExact(Qualifier qualifier) {
        return qualifier == null ? Qualifier.EXACT : qualifier;
    }

    /** 34500000000, written without an exponent or trailing zeros after the point. */
    static BigDecimal whole(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The place of the last non-zero digit: 34500000000 was written to the nearest 100000000. */
    static BigDecimal lastDigit(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ONE;
        }
        return whole(BigDecimal.ONE.scaleByPowerOfTen(-value.stripTrailingZeros().scale()));
    }
}
