package io.tradegraph.trade;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import io.tradegraph.reference.ScopeKind;
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
        List<CommodityTrade> commodities = provincePeriod.commodities(null, null);
        reconciliation.slices(commodities).forEach(reconciliation::check);
        reconciliation.monthsAgainstYearToDate();
        reconciliation.sectorsAgainstWhole();
        reconciliation.membersAgainstRegion(provincePeriod.markets(null, null));
        commodities.forEach(c -> reconciliation.membersAgainstRegion(c.markets(null, null)));
        return reconciliation.findings;
    }

    /** The province-period and every commodity, market and sector or part within it. */
    private Stream<TradeSlice> slices(List<CommodityTrade> commodities) {
        return Stream.of(Stream.<TradeSlice> of(provincePeriod), commodities.stream(),
                commodities.stream().flatMap(c -> c.markets(null, null).stream()),
                provincePeriod.markets(null, null).stream(), provincePeriod.scopes(null, null).stream()).flatMap(s -> s);
    }

    private void check(TradeSlice slice) {
        compared(slice, Kind.BALANCE_VS_FLOWS, Flow.BALANCE, slice.getBalance(), "exports − imports");
        compared(slice, Kind.TOTAL_VS_FLOWS, Flow.TOTAL, slice.getTurnover(), "exports + imports");
        compared(slice, Kind.CLAIMED_SHARE, Flow.EXPORT, slice.getExportShare(), "the computed share of exports");
        compared(slice, Kind.CLAIMED_SHARE, Flow.IMPORT, slice.getImportShare(), "the computed share of imports");
        for (Target target : slice.getTargets()) {
            compared(slice, Kind.ATTAINMENT_VS_PLAN, target.figure().flow(), target.percentReached(),
                    "the outturn as a percent of " + target.figure().code());
        }
        conflictingStatements(slice);
    }

    private void compared(TradeSlice slice, Kind kind, Flow flow, Derived computed, String what) {
        for (StatedValue stated : computed.stated()) {
            if (stated.verdict() != Verdict.UNKNOWN) {
                // The statement may be an input too (an outturn stating its percent of the plan): listed once.
                List<Figure> figures = Stream.concat(Stream.of(stated.figure()), computed.inputs().stream()).distinct().toList();
                Qualifier qualifier = switch (kind) {
                    case CLAIMED_SHARE -> stated.figure().share().qualifier();
                    case ATTAINMENT_VS_PLAN -> Qualifier.EXACT;
                    default -> stated.figure().qualifier();
                };
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
            List<Figure> monthly = months.stream().flatMap(m -> m.headline(flow).stream()).toList();
            partsAgainstWhole(Kind.MONTHS_VS_YEAR_TO_DATE, provincePeriod, flow, monthly, monthly.size() == spanned,
                    "for the year to date; months stated: %d of %d".formatted(monthly.size(), spanned));
        }
    }

    /**
     * The sectors that divide the whole (or a sector) against it: equal when every one is stated, never more than it
     * otherwise. A restriction (excluding crude oil) divides nothing and is not checked so.
     */
    private void sectorsAgainstWhole() {
        List<ScopeTrade> sectors = provincePeriod.scopes(ScopeKind.SECTOR, null);
        Map<String, List<ScopeTrade>> byParent = new LinkedHashMap<>();
        for (ScopeTrade sector : sectors) {
            byParent.computeIfAbsent(String.valueOf(sector.getScope().parentCode()), parent -> new ArrayList<>()).add(sector);
        }
        for (List<ScopeTrade> parts : byParent.values()) {
            String parentCode = parts.get(0).getScope().parentCode();
            Optional<? extends TradeSlice> whole = parentCode == null ? Optional.of(provincePeriod)
                    : sectors.stream().filter(s -> s.getScope().code().equals(parentCode)).findFirst();
            List<String> partition = parts.get(0).getScope().partition();
            for (Flow flow : ADDITIVE) {
                List<Figure> stated = parts.stream().flatMap(p -> p.headline(flow).stream()).toList();
                whole.ifPresent(w -> partsAgainstWhole(Kind.SECTORS_VS_WHOLE, w, flow, stated,
                        stated.size() == partition.size(), "for %s; sectors stated: %d of %d (%s)".formatted(
                                parentCode == null ? "the whole trade" : parentCode, stated.size(), partition.size(),
                                String.join(", ", partition))));
            }
        }
    }

    /**
     * A region's or bloc's value against those of its members stated beside it: never less than their sum. Never
     * complete: the catalog names only some of a region's countries.
     */
    private void membersAgainstRegion(List<MarketTrade> markets) {
        for (MarketTrade region : markets) {
            if (region.getMarket().memberCodes().isEmpty()) {
                continue;
            }
            List<MarketTrade> members = markets.stream()
                    .filter(m -> region.getMarket().memberCodes().contains(m.getMarket().code())).toList();
            for (Flow flow : ADDITIVE) {
                List<Figure> stated = members.stream().flatMap(m -> m.headline(flow).stream()).toList();
                partsAgainstWhole(Kind.MEMBERS_VS_REGION, region, flow, stated, false,
                        "for %s; members stated: %s".formatted(region.getMarket().nameEn(), stated.stream()
                                .map(f -> f.market().code()).collect(java.util.stream.Collectors.joining(", "))));
            }
        }
    }

    /**
     * A whole's stated value against the sum of its parts': compared when every part is stated, otherwise a
     * contradiction only if the parts stated already exceed it. Nothing when either side is unstated.
     */
    private void partsAgainstWhole(Kind kind, TradeSlice slice, Flow flow, List<Figure> parts, boolean complete,
            String what) {
        Optional<Figure> whole = slice.headline(flow);
        if (whole.isEmpty() || parts.isEmpty() || parts.stream().anyMatch(p -> p.unit() != whole.get().unit())) {
            return;
        }
        Quantity sum = parts.stream().map(TradeArithmetic::quantity).reduce(Quantity::plus).orElseThrow();
        Quantity stated = TradeArithmetic.quantity(whole.get());
        Verdict verdict = complete ? stated.compareWith(sum)
                : sum.low().compareTo(stated.high()) > 0 ? Verdict.CONTRADICTION : Verdict.CONSISTENT_BUT_INCOMPLETE;
        List<Figure> figures = Stream.concat(Stream.of(whole.get()), parts.stream()).toList();
        add(kind, verdict, slice, flow, whole.get().amount(), sum.value(), whole.get().unit(), figures,
                "%s states %s %s, summing to %s".formatted(whole.get().code(), said(whole.get().qualifier(),
                        whole.get().amount()), what, plain(sum.value())));
    }

    private void add(Kind kind, Verdict verdict, TradeSlice slice, Flow flow, BigDecimal stated, BigDecimal compared,
            MeasureUnit unit, List<Figure> figures, String explanation) {
        Figure any = figures.get(0);
        findings.add(new Finding(kind, verdict, provincePeriod.getProvince(), provincePeriod.getPeriod(), flow,
                slice == provincePeriod ? null : any.commodity(), slice == provincePeriod ? null : any.market(),
                slice == provincePeriod ? null : any.scope(), stated, compared, stated == null || compared == null ? null : stated.subtract(compared), unit, figures,
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
