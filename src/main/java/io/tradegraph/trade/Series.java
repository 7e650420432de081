package io.tradegraph.trade;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.tradegraph.balance.TradeArithmetic;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.PeriodCode;
import io.tradegraph.reference.PeriodKind;

/** Consecutive periods of one kind with an area's values, gaps included as nulls. */
public final class Series {

    private Series() {
    }

    public static List<SeriesPoint> of(Timeline timeline, Flow flow, PeriodKind kind, LocalDate from, LocalDate to,
            String commodity, String market) {
        List<ProvincePeriod> covered = timeline.periods().stream()
                .filter(pp -> pp.getPeriod().kind() == kind && value(pp, flow, commodity, market).isPresent()).toList();
        LocalDate start = from != null ? from : covered.stream().map(pp -> pp.getPeriod().firstDay()).min(LocalDate::compareTo).orElse(null);
        LocalDate end = to != null ? to : covered.stream().map(pp -> pp.getPeriod().lastDay()).max(LocalDate::compareTo).orElse(null);
        List<SeriesPoint> points = new ArrayList<>();
        if (start == null || end == null) {
            return points;
        }
        Figure previous = null;
        for (String code : codes(kind, start, end)) {
            Optional<ProvincePeriod> stated = timeline.at(code);
            Period period = stated.map(ProvincePeriod::getPeriod).orElseGet(() -> Period.from(PeriodCode.parse(code)));
            Figure figure = stated.flatMap(pp -> value(pp, flow, commodity, market)).orElse(null);
            points.add(new SeriesPoint(period, figure == null ? null : figure.amount(), figure,
                    TradeArithmetic.change(previous, figure)));
            previous = figure;
        }
        return points;
    }

    private static Optional<Figure> value(ProvincePeriod pp, Flow flow, String commodity, String market) {
        return TradeArithmetic.headline(TradeSlice.exactly(pp.getFigures(), commodity, market, null), flow);
    }

    /** Codes of the periods of a kind that lie wholly between two days. */
    private static List<String> codes(PeriodKind kind, LocalDate start, LocalDate end) {
        List<String> codes = new ArrayList<>();
        switch (kind) {
            case YEAR -> {
                for (Year y = Year.from(start.minusDays(1)).plusYears(1); !y.atMonth(12).atEndOfMonth().isAfter(end); y = y.plusYears(1)) {
                    codes.add(y.toString());
                }
            }
            case MONTH -> {
                for (YearMonth m = YearMonth.from(start.minusDays(1)).plusMonths(1); !m.atEndOfMonth().isAfter(end); m = m.plusMonths(1)) {
                    codes.add(m.toString());
                }
            }
            case QUARTER -> {
                YearMonth m = YearMonth.from(start.minusDays(1)).plusMonths(1);
                while ((m.getMonthValue() - 1) % 3 != 0) {
                    m = m.plusMonths(1);
                }
                for (; !m.plusMonths(2).atEndOfMonth().isAfter(end); m = m.plusMonths(3)) {
                    codes.add(m.getYear() + "-Q" + ((m.getMonthValue() - 1) / 3 + 1));
                }
            }
            default -> throw new IllegalArgumentException(kind + " periods do not form a series");
        }
        return codes;
    }
}
