package io.tradegraph.trade;

import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tradegraph.reference.Period;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.reference.Province;

/**
 * The periods of one area that a request loaded, in chronological order, so that a period can find the same
 * kind of period a year earlier, or the months inside a year to date.
 */
public final class Timeline {

    private final Map<String, ProvincePeriod> byPeriod = new LinkedHashMap<>();
    /** The area, when the request named it; null for an area known only through its figures. */
    private final Province province;
    private Timeline nation;

    public Timeline(Province province) {
        this.province = province;
    }

    /** Links every period to this timeline and to the nation's, for growth, shares and checks. */
    public void link(Timeline nationTimeline) {
        this.nation = nationTimeline;
        byPeriod.values().forEach(pp -> pp.placeIn(this, nationTimeline));
    }

    public void add(ProvincePeriod period) {
        byPeriod.put(period.getPeriod().code(), period);
    }

    public Collection<ProvincePeriod> periods() {
        return byPeriod.values();
    }

    public Optional<ProvincePeriod> at(String periodCode) {
        return Optional.ofNullable(byPeriod.get(periodCode));
    }

    Optional<ProvincePeriod> yearBefore(Period period) {
        YearMonth first = YearMonth.from(period.firstDay()).minusYears(1);
        YearMonth last = YearMonth.from(period.lastDay()).minusYears(1);
        return byPeriod.values().stream().map(ProvincePeriod::getPeriod)
                .filter(p -> p.kind() == period.kind() && YearMonth.from(p.firstDay()).equals(first)
                        && YearMonth.from(p.lastDay()).equals(last))
                .findFirst().map(p -> byPeriod.get(p.code()));
    }

    /** The months within a period, those loaded; the caller compares their number with the months it spans. */
    List<ProvincePeriod> monthsWithin(Period period) {
        return byPeriod.values().stream()
                .filter(p -> p.getPeriod().kind() == PeriodKind.MONTH
                        && !p.getPeriod().firstDay().isBefore(period.firstDay())
                        && !p.getPeriod().lastDay().isAfter(period.lastDay()))
                .toList();
    }
}
