package io.tradegraph.extract;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.figure.FigureInput;

@Description("What an article states, read by the extractor: candidate figures for an editor to review, and what it "
        + "found but could not complete.")
public record Extraction(
        @NonNull @Description("Figures ready for review, in the order the article states them.") List<@NonNull Candidate> candidates,
        @NonNull @Description("Statements it could not complete (a market named without a value, a figure whose area, "
                + "period or flow is unclear), never guessed.") List<@NonNull Unresolved> unresolved) {

    @Description("A figure as the article states it, with where it stands and why each field was read as it was.")
    public record Candidate(
            @NonNull @Description("The figure in the shape importFigures takes (its code proposed from the source's).") FigureInput figure,
            @NonNull @Description("From 0 to 1: lower where a field was not stated next to the number but taken "
                    + "from the context.") BigDecimal confidence,
            @NonNull @Description("For each field, the words it was read from.") List<@NonNull Evidence> evidence) {
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
