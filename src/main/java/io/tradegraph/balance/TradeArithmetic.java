package io.tradegraph.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

import io.tradegraph.balance.Derived.StatedValue;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Figure.Growth;
import io.tradegraph.figure.Flow;
import io.tradegraph.figure.GrowthBasis;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Quantity;
import io.tradegraph.measure.Status;
import io.tradegraph.measure.Verdict;

/**
 * The arithmetic of the computed trade fields, over the figures of one scope (an area and period, optionally one
 * commodity and one market). Only outturns in USD take part: plans and targets say what was aimed at, and
 * quantities in tonnes cannot be added to money. Every result says what it was made from ({@link Derived}).
 */
public final class TradeArithmetic {

    public static final int COVERAGE_SCALE = 4;
    /** Shares and growth rates in percent, to this many places. */
    public static final int PERCENT_SCALE = 4;

    /**
     * When several articles state the same flow, the headline is the most final statement: a reported outturn
     * before an estimate, a plain number before a qualified one, a newer article before an older one.
     */
    static final Comparator<Figure> PREFERENCE = Comparator
            .comparing((Figure f) -> f.status() == Status.REPORTED ? 0 : 1)
            .thenComparing(Figure::qualifier)
            .thenComparing(f -> f.source().publishedOn(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Figure::code);

    private TradeArithmetic() {
    }

    /** The figure that stands for a flow of the scope, if any article states an amount for it. */
    public static Optional<Figure> headline(List<Figure> scope, Flow flow) {
        // A loop, not a stream: this runs for every slice a query lists, and again while slices are ranked.
        Figure best = null;
        for (Figure figure : scope) {
            if (isStated(figure, flow) && (best == null || PREFERENCE.compare(figure, best) < 0)) {
                best = figure;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Exports − imports, with the balances the articles state. */
    public static Derived balance(List<Figure> scope) {
        return combine(scope, "exports − imports", Flow.BALANCE, Quantity::minus);
    }

    /** Exports + imports, with the totals the articles state. */
    public static Derived turnover(List<Figure> scope) {
        return combine(scope, "exports + imports", Flow.TOTAL, Quantity::plus);
    }

    /** Exports / imports, rounded half-even to {@value #COVERAGE_SCALE} places; null when either is unknown or imports are zero. */
    public static BigDecimal coverage(List<Figure> scope) {
        Optional<Figure> exports = headline(scope, Flow.EXPORT);
        Optional<Figure> imports = headline(scope, Flow.IMPORT);
        if (exports.isEmpty() || imports.isEmpty() || imports.get().amount().signum() == 0) {
            return null;
        }
        return exports.get().amount().divide(imports.get().amount(), COVERAGE_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * The scope's flow as a percentage of the same flow of an enclosing scope (the nation, or the province for a
     * commodity or market), next to the shares the articles claim for it.
     */
    public static Derived share(List<Figure> scope, List<Figure> whole, Flow flow, String wholeName) {
        String formula = "100 × " + name(flow) + " / " + name(flow) + " of " + wholeName;
        Optional<Figure> part = headline(scope, flow);
        Optional<Figure> total = headline(whole, flow);
        List<Figure> claims = scope.stream().filter(f -> f.flow() == flow && f.share() != null).sorted(PREFERENCE).toList();
        List<Figure> inputs = present(part, total);
        if (part.isEmpty() || total.isEmpty() || total.get().amount().signum() <= 0) {
            return Derived.unknown(formula, inputs, missing(part.isEmpty() ? "this " + name(flow) : name(flow) + " of " + wholeName),
                    claims.stream().map(f -> claimed(f, null)).toList());
        }
        Quantity share = quantity(part.get()).percentOf(quantity(total.get())).rounded(PERCENT_SCALE);
        return Derived.of(share, MeasureUnit.PERCENT, formula, inputs, false, false, null,
                claims.stream().map(f -> claimed(f, share)).toList());
    }

    /**
     * The value a year earlier that a reported year-on-year growth implies, amount / (1 + growth / 100): never
     * stated, so marked inferred, and an interval wherever the amount or the growth is rounded or qualified.
     */
    public static Optional<Derived> impliedEarlier(Figure figure) {
        Growth growth = figure.growth();
        if (figure.amount() == null || growth == null || growth.basis() != GrowthBasis.YEAR_ON_YEAR) {
            return Optional.empty();
        }
        Quantity rate = growth.percent() != null ? Quantity.stated(growth.percent(), null, growth.qualifier())
                : Quantity.range(growth.low(), growth.high(), growth.qualifier());
        Quantity earlier = quantity(figure).dividedBy(rate.asGrowthFactor()).rounded(0);
        return Optional.of(Derived.of(earlier, figure.unit(), "amount / (1 + growth / 100)", List.of(figure), true,
                false, "implied by the growth the article reports; no article states it", List.of()));
    }

    /** Growth in percent from the same kind of period a year earlier, next to the growth the article reports. */
    public static Derived growth(Figure current, Figure yearEarlier) {
        String formula = "100 × (amount / amount a year earlier − 1)";
        if (current == null || yearEarlier == null || yearEarlier.amount().signum() <= 0) {
            List<Figure> inputs = Stream.of(current, yearEarlier).filter(f -> f != null).toList();
            return Derived.unknown(formula, inputs, missing(current == null ? "this period's value" : "the value a year earlier"),
                    reportedGrowth(current, null));
        }
        Quantity growth = quantity(current).percentChangeFrom(quantity(yearEarlier)).rounded(PERCENT_SCALE);
        return Derived.of(growth, MeasureUnit.PERCENT, formula, List.of(current, yearEarlier), false, false, null,
                reportedGrowth(current, growth));
    }

    /** The change from one point of a series to the next, in the unit of the series. */
    public static Derived change(Figure previous, Figure current) {
        String formula = "amount − previous amount";
        if (previous == null || current == null) {
            List<Figure> inputs = Stream.of(previous, current).filter(f -> f != null).toList();
            return Derived.unknown(formula, inputs, missing(previous == null ? "the previous value" : "this value"), List.of());
        }
        return Derived.of(quantity(current).minus(quantity(previous)), current.unit(), formula, List.of(previous, current),
                false, false, null, List.of());
    }

    /**
     * A plan or target in absolute terms: base × (1 + growth / 100) for a growth target, the stated amount for a
     * value target; an open-ended target ('trên 20 tỷ') has no upper end.
     */
    public static Derived targetRange(Figure target, Optional<Figure> base) {
        if (target.amount() != null) {
            Quantity stated = quantity(target);
            boolean floorOnly = target.qualifier() == io.tradegraph.measure.Qualifier.MORE_THAN;
            return new Derived(target.amount(), floorOnly ? target.amount() : stated.low(), floorOnly ? null : stated.high(),
                    target.unit(), floorOnly ? "at least the stated amount" : "the stated amount", List.of(target),
                    target.status(), target.qualifier(), false, false, null, List.of());
        }
        String formula = "base × (1 + growth / 100)";
        Growth growth = target.growth();
        if (growth == null || base.isEmpty()) {
            return Derived.unknown(formula, List.of(target), missing("the outturn the target grows from"), List.of());
        }
        Quantity rate = growth.percent() != null ? Quantity.stated(growth.percent(), null, growth.qualifier())
                : Quantity.range(growth.low(), growth.high(), growth.qualifier());
        Quantity absolute = quantity(base.get()).times(rate.asGrowthFactor()).rounded(0);
        return Derived.of(absolute, base.get().unit(), formula, List.of(target, base.get()), false, false, null, List.of());
    }

    /**
     * The outturn as a percent of a target stated as an amount, next to the percents of the plan the articles state
     * with the outturn («đạt 76% kế hoạch»), each with a verdict. Unknown for a target stated as a growth: the
     * articles' percents are of the plan's amount, which they do not give.
     */
    public static Derived percentOfTarget(Figure target, Optional<Figure> outturn, List<Figure> scope) {
        String formula = "100 × outturn / target";
        List<Figure> statements = scope.stream()
                .filter(f -> f.flow() == target.flow() && f.planPercent() != null && f.status().isOutturn()).toList();
        List<Figure> inputs = Stream.concat(Stream.of(target), outturn.stream()).toList();
        if (target.amount() == null || target.amount().signum() <= 0 || target.qualifier() == Qualifier.MORE_THAN
                || outturn.isEmpty()) {
            return Derived.unknown(formula, inputs, missing(outturn.isEmpty() ? "the outturn" : "the target as an amount"),
                    statements.stream().map(f -> new StatedValue(f, f.planPercent(), null, Verdict.UNKNOWN)).toList());
        }
        Quantity percent = quantity(outturn.get()).percentOf(quantity(target)).rounded(PERCENT_SCALE);
        return Derived.of(percent, MeasureUnit.PERCENT, formula, inputs, false, false, null, statements.stream()
                .map(f -> new StatedValue(f, f.planPercent(), f.planPercent().subtract(percent.value()),
                        Quantity.stated(f.planPercent(), null, Qualifier.EXACT).compareWith(percent)))
                .toList());
    }

    /** Where an outturn stands against a target range: -1 below, 0 within, 1 above; empty when either is unknown. */
    public static Optional<Integer> attainment(Derived range, Optional<Figure> outturn) {
        if (outturn.isEmpty() || (range.low() == null && range.high() == null)) {
            return Optional.empty();
        }
        Quantity actual = quantity(outturn.get());
        if (range.high() != null && actual.low().compareTo(range.high()) > 0) {
            return Optional.of(1);
        }
        if (range.low() != null && actual.high().compareTo(range.low()) < 0) {
            return Optional.of(-1);
        }
        return Optional.of(0);
    }

    /** A merged unit's flows rebuilt from its members' statements, and what follows from the sums. */
    public record Rebuilt(Derived exports, Derived imports, Derived balance, Derived turnover, Derived coverage) {
    }

    /**
     * Sums each flow over the members' scopes; a member that states nothing for a flow makes that flow partial
     * (never a sum with a zero). Balance, turnover and coverage come from the sums.
     */
    public static Rebuilt rebuild(List<List<Figure>> memberScopes, List<String> memberNames) {
        Summed exports = sum(memberScopes, memberNames, Flow.EXPORT);
        Summed imports = sum(memberScopes, memberNames, Flow.IMPORT);
        List<Figure> inputs = Stream.concat(exports.derived.inputs().stream(), imports.derived.inputs().stream()).toList();
        boolean partial = exports.derived.partial() || imports.derived.partial();
        String note = partial ? Stream.of(exports.derived.note(), imports.derived.note()).filter(n -> n != null)
                .distinct().reduce((a, b) -> a + "; " + b).orElse(null) : null;
        if (exports.quantity == null || imports.quantity == null) {
            return new Rebuilt(exports.derived, imports.derived,
                    Derived.unknown("rebuilt exports − rebuilt imports", inputs, note, List.of()),
                    Derived.unknown("rebuilt exports + rebuilt imports", inputs, note, List.of()),
                    Derived.unknown("rebuilt exports / rebuilt imports", inputs, note, List.of()));
        }
        return new Rebuilt(exports.derived, imports.derived,
                Derived.of(exports.quantity.minus(imports.quantity), MeasureUnit.USD, "rebuilt exports − rebuilt imports",
                        inputs, false, partial, note, List.of()),
                Derived.of(exports.quantity.plus(imports.quantity), MeasureUnit.USD, "rebuilt exports + rebuilt imports",
                        inputs, false, partial, note, List.of()),
                Derived.of(exports.quantity.dividedBy(imports.quantity).rounded(COVERAGE_SCALE), null,
                        "rebuilt exports / rebuilt imports", inputs, false, partial, note, List.of()));
    }

    private record Summed(Quantity quantity, Derived derived) {
    }

    private static Summed sum(List<List<Figure>> memberScopes, List<String> memberNames, Flow flow) {
        String formula = "sum of the members' " + name(flow);
        List<Figure> parts = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < memberScopes.size(); i++) {
            Optional<Figure> part = headline(memberScopes.get(i), flow);
            if (part.isPresent()) {
                parts.add(part.get());
            } else {
                missing.add(memberNames.get(i));
            }
        }
        if (parts.isEmpty()) {
            return new Summed(null, Derived.unknown(formula, parts, missing("the " + name(flow) + " of any member"), List.of()));
        }
        Quantity total = parts.stream().map(TradeArithmetic::quantity).reduce(Quantity::plus).orElseThrow();
        String note = missing.isEmpty() ? null : "partial: no " + name(flow) + " stated for " + String.join(", ", missing);
        return new Summed(total, Derived.of(total, MeasureUnit.USD, formula, parts, false, !missing.isEmpty(), note, List.of()));
    }

    /** The exact sum of some figures' amounts, with the interval their precision and qualifiers allow. */
    public static Derived sum(List<Figure> figures) {
        Quantity total = figures.stream().map(TradeArithmetic::quantity).reduce(Quantity::plus).orElseThrow();
        return Derived.of(total, figures.get(0).unit(), "sum of " + figures.size() + (figures.size() == 1 ? " figure" : " figures"), figures, false, false,
                null, List.of());
    }

    /** The interval of true values a figure's amount allows. */
    public static Quantity quantity(Figure figure) {
        return figure.amount() != null ? Quantity.stated(figure.amount(), figure.precision(), figure.qualifier())
                : Quantity.range(figure.range().low(), figure.range().high(), figure.qualifier());
    }

    private static Derived combine(List<Figure> scope, String formula, Flow statedFlow, BinaryOperator<Quantity> operator) {
        Optional<Figure> exports = headline(scope, Flow.EXPORT);
        Optional<Figure> imports = headline(scope, Flow.IMPORT);
        List<Figure> inputs = present(exports, imports);
        // Without streams, and nothing allocated for the statements most scopes do not have: this runs for every
        // slice a query lists.
        List<Figure> statements = statements(scope, statedFlow);
        List<StatedValue> stated = statements.isEmpty() ? List.of() : new ArrayList<>(statements.size());
        if (exports.isEmpty() || imports.isEmpty()) {
            for (Figure statement : statements) {
                stated.add(new StatedValue(statement, statement.amount(), null, Verdict.UNKNOWN));
            }
            return Derived.unknown(formula, inputs, missing(exports.isEmpty() ? "exports" : "imports"), stated);
        }
        Quantity computed = operator.apply(quantity(exports.get()), quantity(imports.get()));
        for (Figure statement : statements) {
            stated.add(new StatedValue(statement, statement.amount(), statement.amount().subtract(computed.value()),
                    quantity(statement).compareWith(computed)));
        }
        return Derived.of(computed, MeasureUnit.USD, formula, inputs, false, false, null, stated);
    }

    private static List<Figure> present(Optional<Figure> one, Optional<Figure> other) {
        if (one.isPresent() && other.isPresent()) {
            return List.of(one.get(), other.get());
        }
        return one.or(() -> other).map(List::of).orElse(List.of());
    }

    /** The figures of a scope that state an amount of a flow, most final first. */
    private static List<Figure> statements(List<Figure> scope, Flow flow) {
        List<Figure> found = List.of();
        for (Figure figure : scope) {
            if (isStated(figure, flow)) {
                if (found.isEmpty()) {
                    found = new ArrayList<>(2);
                }
                found.add(figure);
            }
        }
        if (found.size() > 1) {
            found.sort(PREFERENCE);
        }
        return found;
    }

    private static StatedValue claimed(Figure figure, Quantity computed) {
        BigDecimal claim = figure.share().percent();
        if (computed == null) {
            return new StatedValue(figure, claim, null, Verdict.UNKNOWN);
        }
        return new StatedValue(figure, claim, claim.subtract(computed.value()),
                Quantity.stated(claim, null, figure.share().qualifier()).compareWith(computed));
    }

    private static List<StatedValue> reportedGrowth(Figure current, Quantity computed) {
        Growth reported = current == null ? null : current.growth();
        if (reported == null || reported.percent() == null || reported.basis() != GrowthBasis.YEAR_ON_YEAR) {
            return List.of();
        }
        BigDecimal percent = reported.percent();
        if (computed == null) {
            return List.of(new StatedValue(current, percent, null, Verdict.UNKNOWN));
        }
        return List.of(new StatedValue(current, percent, percent.subtract(computed.value()),
                Quantity.stated(percent, null, reported.qualifier()).compareWith(computed)));
    }

    private static boolean isStated(Figure figure, Flow flow) {
        return figure.flow() == flow && figure.amount() != null && figure.unit() == MeasureUnit.USD
                && figure.status().isOutturn();
    }

    private static String missing(String what) {
        return "not computed: no article states " + what;
    }

    static String name(Flow flow) {
        return switch (flow) {
            case EXPORT -> "exports";
            case IMPORT -> "imports";
            case TOTAL -> "total trade";
            case BALANCE -> "the balance";
        };
    }
}
