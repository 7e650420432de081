package io.tradegraph.figure;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.tradegraph.catalog.Snapshot;
import io.tradegraph.graphql.ClientError;
import io.tradegraph.measure.Status;
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

    /** Refuses a range that ends before it starts (INVALID_DATE_RANGE). */
    public static void requireOrdered(FigureFilter filter) {
        if (filter != null && filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ClientError.InvalidDateRange(filter.from(), filter.to());
        }
    }

    /**
     * Refuses a filter that names a code that does not exist (UNKNOWN_CODE): a filter that matches nothing because
     * of a typo should say so. Called when nothing matched, since otherwise every code exists.
     */
    public static void requireKnownCodes(FigureFilter filter, Snapshot known) {
        if (filter != null) {
            known.unknownCode(filter.area(), filter.commodity(), filter.market(), filter.source()).ifPresent(error -> {
                throw error;
            });
        }
    }
}
