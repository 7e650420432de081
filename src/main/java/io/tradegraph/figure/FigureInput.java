package io.tradegraph.figure;

import java.math.BigDecimal;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;

/**
 * A figure as an editor or a data file states it, in whole units: what {@code importFigures} takes, what a row of
 * {@code figures.csv} becomes, and what a revision is built from. Qualifiers left out are EXACT; a growth without a
 * basis is year on year.
 */
@Input("FigureInput")
@Description("A figure to import, in whole units (USD 34.5 billion is 34500000000). Leave out what the article does "
        + "not say: null means unknown, never zero.")
public record FigureInput(
        @NonNull @Description("Stable code: the source's code, a dash and a number, e.g. 005-01.") String code,
        @Description("The source's code; the import's source when left out.") String source,
        @NonNull @Description("Paragraph of the source's text that states it, counting non-empty lines from 1.") int paragraph,
        @NonNull @Description("Area code, e.g. VN-57.") String area,
        @NonNull @Description("Period code: 2024, 2025-09, 2025-Q3, 2025-01/2025-09 or 2021/2025; created when new.") String period,
        @NonNull @Description("Exports, imports, total trade or balance.") Flow flow,
        @Description("Commodity code, for a figure about one commodity.") String commodity,
        @Description("Market code, for a figure about one partner.") String market,
        @Description("Exact amount in whole units.") BigDecimal amount,
        @Description("Low end of a range stated instead of an amount.") BigDecimal low,
        @Description("High end of that range.") BigDecimal high,
        @Description("Unit of the last digit written (34,5 tỷ: 100000000); by default the place of the amount's last "
                + "non-zero digit.") BigDecimal precision,
        @Description("Unit of the amount or range; required with one.") MeasureUnit unit,
        @Description("How the article qualifies the amount; EXACT when left out.") Qualifier qualifier,
        @NonNull @Description("Estimate, reported outturn, plan or target.") Status status,
        @Description("Growth in percent.") BigDecimal growth,
        @Description("Low end of a growth range in percent.") BigDecimal growthLow,
        @Description("High end of a growth range in percent.") BigDecimal growthHigh,
        @Description("How the article qualifies the growth; EXACT when left out.") Qualifier growthQualifier,
        @Description("What the growth compares with; YEAR_ON_YEAR when left out.") GrowthBasis growthBasis,
        @Description("Rank the article gives, from 1.") Integer rank,
        @Description("Share in percent of the enclosing total.") BigDecimal share,
        @Description("How the article qualifies the share; EXACT when left out.") Qualifier shareQualifier,
        @NonNull @Description("The words of the paragraph that state the figure, 1 to 200 characters.") String quote,
        @Description("What a reader should know to interpret it.") String note,
        @Description("True for a mention: the article names the market or commodity without any value (then give "
                + "none); false when left out.") Boolean mention) {

    /** With the defaults filled in and the source the import names where the row names none. */
    FigureInput complete(String importSource) {
        boolean hasGrowth = growth != null || growthLow != null;
        return new FigureInput(code, source == null ? importSource : source, paragraph, area, period, flow, commodity,
                market, whole(amount), whole(low), whole(high),
                precision != null ? precision : lastDigit(amount != null ? amount : low), unit, orExact(qualifier), status,
                growth, growthLow, growthHigh, orExact(growthQualifier),
                growthBasis != null || !hasGrowth ? growthBasis : GrowthBasis.YEAR_ON_YEAR, rank, share,
                orExact(shareQualifier), quote, note, Boolean.TRUE.equals(mention));
    }

    /** The figure as a stored revision states it. */
    static FigureInput of(FigureEntity f) {
        return new FigureInput(f.code, f.source.code, f.paragraph, f.area.code, f.period.code, f.flow,
                f.commodity == null ? null : f.commodity.code, f.market == null ? null : f.market.code, f.amount,
                f.amountLow, f.amountHigh, f.amountPrecision, f.unit, f.qualifier, f.status, f.growthPct, f.growthLow,
                f.growthHigh, f.growthQualifier, f.growthBasis, f.rank, f.sharePct, f.shareQualifier, f.quote, f.note,
                f.mention);
    }

    /** Whether it states the same as a stored revision: numbers compared by value (34.5E9 is 34500000000). */
    boolean statesTheSameAs(FigureInput other) {
        return code.equals(other.code) && Objects.equals(source, other.source) && paragraph == other.paragraph
                && area.equals(other.area) && period.equals(other.period) && flow == other.flow
                && Objects.equals(commodity, other.commodity) && Objects.equals(market, other.market)
                && same(amount, other.amount) && same(low, other.low) && same(high, other.high)
                && same(precision, other.precision) && unit == other.unit && qualifier == other.qualifier
                && status == other.status && same(growth, other.growth) && same(growthLow, other.growthLow)
                && same(growthHigh, other.growthHigh) && growthQualifier == other.growthQualifier
                && growthBasis == other.growthBasis && Objects.equals(rank, other.rank) && same(share, other.share)
                && shareQualifier == other.shareQualifier && quote.equals(other.quote) && Objects.equals(note, other.note)
                && Objects.equals(mention, other.mention);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
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
