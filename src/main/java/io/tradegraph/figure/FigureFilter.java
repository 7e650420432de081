package io.tradegraph.figure;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.tradegraph.period.PeriodKind;

@Input("FigureFilter")
@Description("Narrows a list of figures; conditions combine with AND, and a missing one does not filter. An unknown "
        + "code is an UNKNOWN_CODE error, not an empty list.")
public record FigureFilter(
        @Description("Area code, e.g. VN-57 or VN.") String area,
        @Description("Only periods that start on or after this day.") LocalDate from,
        @Description("Only periods that end on or before this day.") LocalDate to,
        @Description("Only periods of this kind.") PeriodKind periodKind,
        @Description("Only this flow.") Flow flow,
        @Description("Commodity code, e.g. WOOD.") String commodity,
        @Description("Market code, e.g. CN.") String market,
        @Description("Only this status.") Status status,
        @Description("Source code, e.g. 003.") String source) {
}
