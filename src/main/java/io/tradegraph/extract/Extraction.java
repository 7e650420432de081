package io.tradegraph.extract;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.figure.Flow;
import io.tradegraph.figure.GrowthBasis;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;

@Description("What an article states, read by the extractor: candidate figures for an editor to review, and what it "
        + "found but could not complete.")
public record Extraction(
        @NonNull @Description("Figures ready for review, in the order the article states them.") List<@NonNull Candidate> candidates,
        @NonNull @Description("Statements it could not complete (a market named without a value, a figure whose area, "
                + "period or flow is unclear), never guessed.") List<@NonNull Unresolved> unresolved) {

    @Description("A figure as the article states it, with where it stands and why each field was read as it was.")
    public record Candidate(
            @NonNull @Description("The figure in the shape importFigures takes (its code proposed from the source's).") ExtractedFigure figure,
            @NonNull @Description("From 0 to 1: lower where a field was not stated next to the number but taken "
                    + "from the context.") BigDecimal confidence,
            @NonNull @Description("For each field, the words it was read from.") List<@NonNull Evidence> evidence) {
    }

    @Description("A figure's fields, named as in FigureInput, so that a reviewed candidate can be imported as it is.")
    public record ExtractedFigure(
            @NonNull @Description("A code proposed from the source's: the source's code and a number.") String code,
            @NonNull @Description("Paragraph of the text, counting non-empty lines from 1.") int paragraph,
            @NonNull @Description("Area code, e.g. VN-57.") String area,
            @NonNull @Description("Period code, e.g. 2024 or 2025-01/2025-09.") String period,
            @NonNull @Description("Exports, imports, total trade or balance.") Flow flow,
            @Description("Commodity code, for a figure about one commodity.") String commodity,
            @Description("Market code, for a figure about one partner.") String market,
            @Description("Amount in whole units.") BigDecimal amount,
            @Description("Low end of a range stated instead of an amount.") BigDecimal low,
            @Description("High end of that range.") BigDecimal high,
            @Description("Unit of the amount or range.") MeasureUnit unit,
            @Description("How the article qualifies the amount.") Qualifier qualifier,
            @NonNull @Description("Estimate, reported outturn, plan or target.") Status status,
            @Description("Growth in percent (negative for a fall).") BigDecimal growth,
            @Description("Low end of a growth range in percent.") BigDecimal growthLow,
            @Description("High end of that range.") BigDecimal growthHigh,
            @Description("How the article qualifies the growth.") Qualifier growthQualifier,
            @Description("What the growth compares with.") GrowthBasis growthBasis,
            @Description("Rank the article gives, from 1.") Integer rank,
            @Description("Share in percent of the enclosing total.") BigDecimal share,
            @Description("How the article qualifies the share.") Qualifier shareQualifier,
            @NonNull @Description("The words that state it.") String quote) {
    }

    @Description("Why a field has its value: the words of the article, or where in the context it came from.")
    public record Evidence(@NonNull @Description("The field, e.g. area or status.") String field,
            @NonNull @Description("The words, e.g. «ước đạt», or the context, e.g. «(the article's area)».") String words) {
    }

    @Description("Something the article states that could not be made a complete figure.")
    public record Unresolved(@NonNull @Description("Paragraph of the text, counting non-empty lines from 1.") int paragraph,
            @NonNull @Description("The words.") String quote,
            @NonNull @Description("What is missing.") String reason) {
    }
}
