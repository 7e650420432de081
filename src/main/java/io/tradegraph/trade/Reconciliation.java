package io.tradegraph.trade;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.tradegraph.balance.Derived.StatedValue;
import io.tradegraph.balance.Derived;
import io.tradegraph.balance.TradeArithmetic;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Quantity;
import io.tradegraph.measure.Verdict;
import io.tradegraph.reference.PeriodKind;
import io.tradegraph.trade.Finding.Kind;

/** The findings of one province-period: every comparison its figures allow, each with a verdict. */
final class Reconciliation {

    private static final List<Flow> ADDITIVE = List.of(Flow.EXPORT, Flow.IMPORT, Flow.TOTAL);

    private final ProvincePeriod provincePeriod;
    private final List<Finding> findings = new ArrayList<>();

    private Reconciliation(ProvincePeriod provincePeriod) {
        this.provincePeriod = provincePeriod;
    }

    static List<Finding> of(ProvincePeriod provincePeriod) {
        Reconciliation reconciliation = new Reconciliation(provincePeriod);
        reconciliation.slices().forEach(reconciliation::check);
        reconciliation.monthsAgainstYearToDate();
        return reconciliation.findings;
    }

    /** The province-period and every commodity and market scope within it. */
    private Stream<TradeSlice> slices() {
        List<CommodityTrade> commodities = provincePeriod.commodities(null, null);
        return Stream.of(Stream.<TradeSlice> of(provincePeriod), commodities.stream(),
                commodities.stream().flatMap(c -> c.markets(null, null).stream()),
                provincePeriod.markets(null, null).stream()).flatMap(s -> s);
    }

    private void check(TradeSlice slice) {
        compared(slice, Kind.BALANCE_VS_FLOWS, Flow.BALANCE, slice.getBalance(), "exports − imports");
        compared(slice, Kind.TOTAL_VS_FLOWS, Flow.TOTAL, slice.getTurnover(), "exports + imports");
        compared(slice, Kind.CLAIMED_SHARE, Flow.EXPORT, slice.getExportShare(), "the computed share of exports");
        compared(slice, Kind.CLAIMED_SHARE, Flow.IMPORT, slice.getImportShare(), "the computed share of imports");
        conflictingStatements(slice);
    }

    private void compared(TradeSlice slice, Kind kind, Flow flow, Derived computed, String what) {
        for (StatedValue stated : computed.stated()) {
            if (stated.verdict() != Verdict.UNKNOWN) {
                List<Figure> figures = Stream.concat(Stream.of(stated.figure()), computed.inputs().stream()).toList();
                Qualifier qualifier = kind == Kind.CLAIMED_SHARE ? stated.figure().share().qualifier() : stated.figure().qualifier();
                add(kind, stated.verdict(), slice, flow, stated.value(), computed.computed(), computed.unit(), figures,
                        "%s states %s; %s gives %s".formatted(stated.figure().code(), said(qualifier, stated.value()), what,
                                plain(computed.computed())));
            }
        }
    }

    /** Pairs of statements of the same value (amounts, or claimed shares) that differ in number or qualifier. */
    private void conflictingStatements(TradeSlice slice) {
        for (Flow flow : Flow.values()) {
            List<Figure> amounts = slice.exactScope().stream()
                    .filter(f -> f.flow() == flow && f.amount() != null && f.status().isOutturn()).toList();
            pairs(amounts, (a, b) -> a.unit() == b.unit() && differ(a.amount(), a.qualifier(), b.amount(), b.qualifier()),
                    (a, b) -> add(Kind.CONFLICTING_STATEMENTS,
                            TradeArithmetic.quantity(a).compareWith(TradeArithmetic.quantity(b)), slice, flow,
                            a.amount(), b.amount(), a.unit(), List.of(a, b), "%s states %s; %s states %s".formatted(
                                    a.code(), said(a.qualifier(), a.amount()), b.code(), said(b.qualifier(), b.amount()))));
            List<Figure> shares = slice.exactScope().stream().filter(f -> f.flow() == flow && f.share() != null).toList();
            pairs(shares, (a, b) -> differ(a.share().percent(), a.share().qualifier(), b.share().percent(), b.share().qualifier()),
                    (a, b) -> add(Kind.CONFLICTING_STATEMENTS,
                            share(a).compareWith(share(b)), slice, flow, a.share().percent(), b.share().percent(),
                            MeasureUnit.PERCENT, List.of(a, b), "%s claims a share of %s%%; %s claims %s%%".formatted(
                                    a.code(), said(a.share().qualifier(), a.share().percent()), b.code(),
                                    said(b.share().qualifier(), b.share().percent()))));
        }
    }

    /** A year to date against its months: equal when every month is stated, never less than the months stated. */
    private void monthsAgainstYearToDate() {
        var period = provincePeriod.getPeriod();
        if (period.kind() != PeriodKind.YEAR_TO_DATE) {
            return;
        }
        long spanned = ChronoUnit.MONTHS.between(period.firstDay().withDayOfMonth(1), period.lastDay().withDayOfMonth(1)) + 1;
        List<ProvincePeriod> months = provincePeriod.timeline().monthsWithin(period);
        for (Flow flow : ADDITIVE) {
            Optional<Figure> yearToDate = TradeArithmetic.headline(provincePeriod.exactScope(), flow);
            List<Figure> monthly = months.stream()
                    .flatMap(m -> TradeArithmetic.headline(m.exactScope(), flow).stream()).toList();
            if (yearToDate.isEmpty() || monthly.isEmpty()) {
                continue;
            }
            Quantity sum = monthly.stream().map(TradeArithmetic::quantity).reduce(Quantity::plus).orElseThrow();
            Quantity stated = TradeArithmetic.quantity(yearToDate.get());
            boolean complete = monthly.size() == spanned;
            Verdict verdict = complete ? stated.compareWith(sum)
                    : sum.low().compareTo(stated.high()) > 0 ? Verdict.CONTRADICTION : Verdict.CONSISTENT_BUT_INCOMPLETE;
            List<Figure> figures = Stream.concat(Stream.of(yearToDate.get()), monthly.stream()).toList();
            add(Kind.MONTHS_VS_YEAR_TO_DATE, verdict, provincePeriod, flow, yearToDate.get().amount(), sum.value(),
                    yearToDate.get().unit(), figures, "%s states %s for the year to date; months stated: %d of %d, summing to %s"
                            .formatted(yearToDate.get().code(), said(yearToDate.get().qualifier(), yearToDate.get().amount()),
                                    monthly.size(), spanned, plain(sum.value())));
        }
    }

    private void add(Kind kind, Verdict verdict, TradeSlice slice, Flow flow, BigDecimal stated, BigDecimal compared,
            MeasureUnit unit, List<Figure> figures, String explanation) {
        Figure any = figures.get(0);
        findings.add(new Finding(kind, verdict, provincePeriod.getProvince(), provincePeriod.getPeriod(), flow,
                slice == provincePeriod ? null : any.commodity(), slice == provincePeriod ? null : any.market(),
                stated, compared, stated == null || compared == null ? null : stated.subtract(compared), unit, figures,
                explanation + ": " + words(verdict)));
    }

    private static boolean differ(BigDecimal a, Object qualifierA, BigDecimal b, Object qualifierB) {
        return a.compareTo(b) != 0 || qualifierA != qualifierB;
    }

    private static Quantity share(Figure figure) {
        return Quantity.stated(figure.share().percent(), null, figure.share().qualifier());
    }

    private static void pairs(List<Figure> figures, java.util.function.BiPredicate<Figure, Figure> differ,
            java.util.function.BiConsumer<Figure, Figure> report) {
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                if (differ.test(figures.get(i), figures.get(j))) {
                    report.accept(figures.get(i), figures.get(j));
                }
            }
        }
    }

    /** A number with its qualifier in words, as the article put it: "nearly 10000000000". */
    private static String said(Qualifier qualifier, BigDecimal value) {
        String words = switch (qualifier) {
            case EXACT -> "";
            case ABOUT -> "about ";
            case NEARLY -> "nearly ";
            case MORE_THAN -> "more than ";
        };
        return words + plain(value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "nothing" : value.toPlainString();
    }

    private static String words(Verdict verdict) {
        return switch (verdict) {
            case MATCH -> "they match";
            case WITHIN_ROUNDING -> "they differ within the rounding of the digits written";
            case CONSISTENT_WITH_QUALIFIER -> "consistent with the qualifiers ('nearly', 'more than', 'about')";
            case CONSISTENT_BUT_INCOMPLETE -> "not contradicted, but incomplete";
            case CONTRADICTION -> "they contradict each other";
            case UNKNOWN -> "cannot be compared";
        };
    }
}
