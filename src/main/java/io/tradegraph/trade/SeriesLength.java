package io.tradegraph.trade;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import io.tradegraph.reference.Period;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.reference.Snapshot;

/**
 * How many points a series has: the periods of its kind that lie wholly between two days. Where a day is left out,
 * the series spans the periods the articles cover, and the catalog's periods of that kind bound it.
 */
public final class SeriesLength {

    private SeriesLength() {
    }

    /** An upper bound on the points of a series, from its arguments and the periods the catalog knows. */
    public static int estimate(Snapshot known, PeriodKind kind, LocalDate from, LocalDate to) {
        if (kind == null) {
            kind = PeriodKind.YEAR;
        }
        PeriodKind ofKind = kind;
        LocalDate start = from != null ? from : known.periods().stream().filter(p -> p.kind() == ofKind)
                .map(Period::firstDay).min(LocalDate::compareTo).orElse(null);
        LocalDate end = to != null ? to : known.periods().stream().filter(p -> p.kind() == ofKind)
                .map(Period::lastDay).max(LocalDate::compareTo).orElse(null);
        return start == null || end == null ? 0 : points(kind, start, end);
    }

    /** The periods of a kind (month, quarter or year) that lie wholly between two days; 0 for other kinds. */
    public static int points(PeriodKind kind, LocalDate start, LocalDate end) {
        YearMonth first = YearMonth.from(start.minusDays(1)).plusMonths(1);
        YearMonth last = YearMonth.from(end.plusDays(1)).minusMonths(1);
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        long count = switch (kind) {
            case MONTH -> months;
            case QUARTER -> months / 3;
            case YEAR -> months / 12;
            default -> 0;
        };
        return (int) Math.max(0, Math.min(count, Integer.MAX_VALUE));
    }
}
