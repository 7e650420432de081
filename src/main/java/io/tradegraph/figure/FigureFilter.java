package io.tradegraph.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.tradegraph.core.ClientError;
import io.tradegraph.measure.Bounds;
import io.tradegraph.measure.Status;
import io.tradegraph.reference.MarketKind;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.reference.Snapshot;

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
        @Description("Source code, e.g. 003.") String source,
        @Description("Any of these area codes.") List<String> areaIn,
        @Description("Any of these flows.") List<Flow> flowIn,
        @Description("Any of these commodity codes.") List<String> commodityIn,
        @Description("Any of these market codes.") List<String> marketIn,
        @Description("Any of these statuses.") List<Status> statusIn,
        @Description("Any of these source codes.") List<String> sourceIn,
        @Description("Only amounts of at least this much (in whole units); figures without an amount are left out.")
        BigDecimal amountAtLeast,
        @Description("Only amounts of at most this much (in whole units); figures without an amount are left out.")
        BigDecimal amountAtMost,
        @Description("Scope code: only figures of this sector or part of the trade, e.g. FDI.") String scope,
        @Description("True: only figures of the area's whole trade; false: only those of a sector or part.")
        Boolean wholeTrade,
        @Description("Only figures about a market of this kind, e.g. REGION for continents.") MarketKind marketKind) {

    /** The filter of the conditions that take one value each, as the CSV export's parameters give them. */
    public static FigureFilter of(String area, LocalDate from, LocalDate to, PeriodKind periodKind, Flow flow,
            String commodity, String market, Status status, String source, String scope) {
        return new FigureFilter(area, from, to, periodKind, flow, commodity, market, status, source, null, null, null,
                null, null, null, null, null, scope, null, null);
    }

    /**
     * Refuses a filter nothing can match: an amount beyond any figure's (sized before it is compared or written
     * out, so that 1e500000000 is not expanded), a range that ends before it starts: of dates (INVALID_DATE_RANGE),
     * of amounts (INVALID_ARGUMENT).
     */
    public static void requireSatisfiable(FigureFilter filter) {
        if (filter != null) {
            for (var bound : java.util.Arrays.asList(java.util.Map.entry("amountAtLeast", java.util.Optional.ofNullable(
                    filter.amountAtLeast())), java.util.Map.entry("amountAtMost", java.util.Optional.ofNullable(
                    filter.amountAtMost())))) {
                String unfit = Bounds.size(bound.getValue().orElse(null), Bounds.AMOUNT_DIGITS, Bounds.PERCENT_SCALE);
                if (unfit != null) {
                    throw new ClientError.InvalidArgument("'" + bound.getKey() + "' " + unfit + ": no figure is that "
                            + "large or that finely written.");
                }
            }
        }
        if (filter != null && filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ClientError.InvalidDateRange(filter.from(), filter.to());
        }
        if (filter != null && filter.amountAtLeast() != null && filter.amountAtMost() != null
                && filter.amountAtLeast().compareTo(filter.amountAtMost()) > 0) {
            throw new ClientError.InvalidArgument("'amountAtLeast' (" + filter.amountAtLeast().toPlainString()
                    + ") is more than 'amountAtMost' (" + filter.amountAtMost().toPlainString() + "): nothing can match.");
        }
    }

    /**
     * Refuses a filter that names a code that does not exist (UNKNOWN_CODE): a filter that matches nothing because
     * of a typo should say so. Called when nothing matched, since otherwise every code exists.
     */
    public static void requireKnownCodes(FigureFilter filter, Snapshot known) {
        if (filter != null) {
            known.unknownCode(filter.area(), filter.commodity(), filter.market(), filter.scope(), filter.source()).ifPresent(error -> {
                throw error;
            });
            // A null in a list matches nothing and names no code.
            for (String area : orEmpty(filter.areaIn())) {
                known.unknownCode(area, null, null, null).ifPresent(error -> {
                    throw error;
                });
            }
            for (String commodity : orEmpty(filter.commodityIn())) {
                known.requireKnown(commodity, null);
            }
            for (String market : orEmpty(filter.marketIn())) {
                known.requireKnown(null, market);
            }
            for (String source : orEmpty(filter.sourceIn())) {
                known.unknownCode(null, null, null, source).ifPresent(error -> {
                    throw error;
                });
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
