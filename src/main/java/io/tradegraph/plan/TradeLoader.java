package io.tradegraph.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.tradegraph.balance.TradeArithmetic;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.FigureRepository.Columns;
import io.tradegraph.figure.FigureRepository.Scopes;
import io.tradegraph.figure.FigureRepository;
import io.tradegraph.figure.Flow;
import io.tradegraph.measure.Verdict;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.Snapshot;
import io.tradegraph.trade.Finding;
import io.tradegraph.trade.Geography;
import io.tradegraph.trade.ProvincePeriod;
import io.tradegraph.trade.Rebuild;
import io.tradegraph.trade.Series;
import io.tradegraph.trade.SeriesPoint;
import io.tradegraph.trade.Timeline;
import io.tradegraph.trade.TradeSlice;

/**
 * Loads what the traversal reads: the figures of a batch of provinces in one statement, grouped into a timeline per
 * area, each period linked to its area's other periods and to the nation's; with the merged provinces of 2025
 * rebuilt from their members when asked. Everything below a period is then cut from these figures in memory.
 */
@ApplicationScoped
public class TradeLoader {

    static final String NATION = "VN";

    /** By area, period, kind and flow, then by the figures involved: the same answer every time. */
    private static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.province().code())
            .thenComparing(f -> f.period().firstDay()).thenComparing(f -> f.period().lastDay())
            .thenComparing(Finding::kind).thenComparing(Finding::flow)
            .thenComparing(f -> f.figures().stream().map(Figure::code).collect(Collectors.joining(",")));

    private static final Comparator<Figure> BY_CODE = Comparator.comparing(Figure::code);

    private static final Comparator<Period> CHRONOLOGICAL = Comparator.comparing(Period::firstDay)
            .thenComparing(Period::lastDay).thenComparing(Period::code);

    private final FigureRepository figures;
    private final Catalog catalog;

    public TradeLoader(FigureRepository figures, Catalog catalog) {
        this.figures = figures;
        this.catalog = catalog;
    }

    /** The arguments of a periods call, and what its selection needs loaded. */
    public record PeriodsArguments(PeriodKind kind, LocalDate from, LocalDate to, Geography geography, LoadPlan plan,
            OffsetDateTime asOf) {
    }

    public record SeriesArguments(Flow flow, PeriodKind kind, LocalDate from, LocalDate to, String commodity, String market,
            OffsetDateTime asOf) {
    }

    /** The periods of every province in a batch: one statement, whatever the number of provinces. */
    public Uni<List<List<ProvincePeriod>>> periods(List<Province> provinces, PeriodsArguments arguments) {
        PeriodKind kind = arguments.kind();
        LocalDate from = arguments.from();
        LocalDate to = arguments.to();
        Geography geography = arguments.geography();
        LoadPlan plan = arguments.plan();
        Snapshot known = catalog.current();
        List<Province> memberList = geography == Geography.PROVINCES_2025 ? membersOf(provinces, known) : List.of();
        List<String> codes = Stream.of(provinces.stream().map(Province::code), memberList.stream().map(Province::code),
                plan.nation() ? Stream.of(NATION) : Stream.<String> empty()).flatMap(s -> s).distinct().toList();
        LocalDate loadFrom = from == null || !plan.yearBefore() ? from : from.minusYears(1);
        PeriodKind loadKind = plan.everyKind() ? null : kind;
        // Every period the catalog lists for an area is there, even when the figures loaded for the selection
        // (say, totals only) include none of it. The catalog lists the periods as they are now: at an earlier
        // instant, the periods are those with figures then, all of which are read to know them.
        Predicate<Period> listed = arguments.asOf() != null ? null : period -> visible(period, loadKind, loadFrom, to);
        Scopes scopes = arguments.asOf() != null ? Scopes.ALL : plan.scopes();
        return figures.forAreas(codes, periodCodes(known, loadKind, loadFrom, to), scopes, plan.columns(), arguments.asOf())
                .map(rows -> {
            Map<String, Timeline> timelines = timelines(rows, codes.stream().map(known::area).toList(), known, listed);
            if (geography == Geography.PROVINCES_2025) {
                provinces.stream().distinct().forEach(province -> rebuild(province, memberList, timelines));
            }
            return provinces.stream().map(province -> timelines.get(province.code()).periods().stream()
                    .filter(pp -> visible(pp.getPeriod(), kind, from, to))
                    .toList()).toList();
        });
    }

    /** The series of every province in a batch: one statement. */
    public Uni<List<List<SeriesPoint>>> series(List<Province> provinces, SeriesArguments arguments) {
        List<String> codes = provinces.stream().map(Province::code).toList();
        Scopes scopes = arguments.commodity() == null && arguments.market() == null ? Scopes.TOTALS : Scopes.ALL;
        return figures.forAreas(codes, periodCodes(catalog.current(), arguments.kind(), arguments.from(), arguments.to()),
                scopes, Columns.ALL, arguments.asOf()).map(rows -> {
            Map<String, Timeline> timelines = timelines(rows, provinces, catalog.current(), null);
            return provinces.stream().map(province -> Series.of(timelines.get(province.code()), arguments.flow(),
                    arguments.kind(), arguments.from(), arguments.to(), arguments.commodity(), arguments.market())).toList();
        });
    }

    /** The findings of one area (every area when null), with the nation's figures to check shares against. */
    public Uni<List<Finding>> checks(String area, Finding.Kind kind, Verdict verdict, OffsetDateTime asOf) {
        Snapshot known = catalog.current();
        List<Province> provinces = area == null ? known.areas()
                : Stream.of(known.area(area), known.area(NATION)).distinct().toList();
        return figures.forAreas(area == null ? null : List.of(area, NATION), null, Scopes.ALL, Columns.ALL,
                asOf)
                .map(rows -> timelines(rows, provinces, known, null).entrySet().stream()
                        .filter(e -> area == null || e.getKey().equals(area))
                        .flatMap(e -> e.getValue().periods().stream())
                        .flatMap(pp -> pp.getChecks().stream())
                        .filter(f -> kind == null || f.kind() == kind)
                        .filter(f -> verdict == null || f.verdict() == verdict)
                        .sorted(FINDING_ORDER)
                        .toList());
    }

    /**
     * The codes of the catalog's periods of a kind between two days, or null (every period) when nothing limits them.
     * A period written since the catalog was read is not among them: its figures are read once this replica has
     * heard of the write, as the data version says (Catalog).
     */
    private static List<String> periodCodes(Snapshot known, PeriodKind kind, LocalDate from, LocalDate to) {
        if (kind == null && from == null && to == null) {
            return null;
        }
        return known.periods().stream().filter(period -> visible(period, kind, from, to)).map(Period::code).toList();
    }

    /** The units that merged into the given provinces on 1 July 2025, in code order. */
    private static List<Province> membersOf(List<Province> provinces, Snapshot known) {
        return provinces.stream().map(Province::code).distinct().flatMap(code -> known.membersOf(code).stream())
                .sorted(Comparator.comparing(Province::code)).toList();
    }

    /**
     * Groups figures into a timeline per area (the areas given, and any other the figures are about), and links each
     * period to its area's timeline and the nation's. A timeline holds the periods with figures loaded, and, when
     * {@code listed} is given, every period of the area that the catalog lists and it accepts.
     */
    private static Map<String, Timeline> timelines(List<Figure> rows, Collection<Province> areas, Snapshot known,
            Predicate<Period> listed) {
        Map<String, Province> byCode = new LinkedHashMap<>();
        areas.forEach(area -> byCode.putIfAbsent(area.code(), area));
        // Rows come in no order: periods are put in order below, and the figures of each period by code.
        Map<String, Map<String, List<Figure>>> byAreaAndPeriod = new HashMap<>();
        for (Figure figure : rows) {
            byCode.putIfAbsent(figure.province().code(), figure.province());
            byAreaAndPeriod.computeIfAbsent(figure.province().code(), code -> new LinkedHashMap<>())
                    .computeIfAbsent(figure.period().code(), code -> new ArrayList<>()).add(figure);
        }
        // Within a period, figures in code order, as every list of figures is.
        byAreaAndPeriod.values().forEach(periods -> periods.values().forEach(figures -> figures.sort(BY_CODE)));
        Map<String, Timeline> timelines = new HashMap<>();
        for (Province area : byCode.values()) {
            Map<String, List<Figure>> loaded = byAreaAndPeriod.getOrDefault(area.code(), Map.of());
            Timeline timeline = new Timeline(area);
            if (listed == null) {
                loaded.values().stream().sorted(Comparator.comparing(periodFigures -> periodFigures.get(0).period(),
                        CHRONOLOGICAL)).forEach(periodFigures -> timeline.add(new ProvincePeriod(area,
                                periodFigures.get(0).period(), periodFigures)));
            } else {
                listedPeriods(known.periodsOf(area.code()), listed, loaded).forEach(period -> timeline
                        .add(new ProvincePeriod(area, period, loaded.getOrDefault(period.code(), List.of()))));
            }
            timelines.put(area.code(), timeline);
        }
        Timeline nation = timelines.computeIfAbsent(NATION, code -> new Timeline(null));
        timelines.values().forEach(timeline -> timeline.link(nation));
        return timelines;
    }

    /**
     * The periods the catalog lists that are accepted, and any with figures loaded that it does not list yet (written
     * since it was read), chronologically.
     */
    private static List<Period> listedPeriods(List<Period> catalogued, Predicate<Period> listed,
            Map<String, List<Figure>> loaded) {
        List<Period> periods = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Period period : catalogued) {
            if (listed.test(period) || loaded.containsKey(period.code())) {
                periods.add(period);
                codes.add(period.code());
            }
        }
        boolean added = false;
        for (List<Figure> periodFigures : loaded.values()) {
            Period period = periodFigures.get(0).period();
            if (codes.add(period.code())) {
                periods.add(period);
                added = true;
            }
        }
        if (added) {
            periods.sort(CHRONOLOGICAL);
        }
        return periods;
    }

    /** Adds to a merged unit's timeline its members' periods from before it existed, rebuilt from their figures. */
    private static void rebuild(Province province, List<Province> allMembers, Map<String, Timeline> timelines) {
        List<Province> members = allMembers.stream().filter(m -> province.code().equals(m.successorCode())).toList();
        if (members.isEmpty()) {
            return;
        }
        Timeline timeline = timelines.get(province.code());
        Map<String, Period> periods = new LinkedHashMap<>();
        members.forEach(m -> timelines.get(m.code()).periods().stream().map(ProvincePeriod::getPeriod)
                .filter(p -> province.validFrom() == null || p.lastDay().isBefore(province.validFrom()))
                .forEach(p -> periods.putIfAbsent(p.code(), p)));
        List<ProvincePeriod> all = new ArrayList<>(timeline.periods());
        for (Period period : periods.values()) {
            ProvincePeriod pp = timeline.at(period.code()).orElseGet(() -> {
                ProvincePeriod created = new ProvincePeriod(province, period, List.of());
                all.add(created);
                return created;
            });
            List<List<Figure>> scopes = members.stream().map(m -> timelines.get(m.code()).at(period.code())
                    .map(TradeSlice::exactScope).orElse(List.of())).toList();
            TradeArithmetic.Rebuilt rebuilt = TradeArithmetic.rebuild(scopes, members.stream().map(Province::name).toList());
            pp.rebuiltAs(new Rebuild(members, rebuilt.exports(), rebuilt.imports(), rebuilt.balance(), rebuilt.turnover(),
                    rebuilt.coverage()));
        }
        Timeline rebuiltTimeline = new Timeline(province);
        all.stream().sorted(Comparator.comparing((ProvincePeriod pp) -> pp.getPeriod().firstDay())
                .thenComparing(pp -> pp.getPeriod().lastDay())).forEach(rebuiltTimeline::add);
        rebuiltTimeline.link(timelines.get(NATION));
        timelines.put(province.code(), rebuiltTimeline);
    }

    static boolean visible(Period period, PeriodKind kind, LocalDate from, LocalDate to) {
        return (kind == null || period.kind() == kind) && (from == null || !period.firstDay().isBefore(from))
                && (to == null || !period.lastDay().isAfter(to));
    }

}
