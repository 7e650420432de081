package io.tradegraph.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

import io.tradegraph.balance.Derived.StatedValue;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.figure.MeasureUnit;
import io.tradegraph.figure.Status;

/**
 * The arithmetic of the computed trade fields, over the figures of one scope (an area and period, optionally one
 * commodity and one market). Only outturns in USD take part: plans and targets say what was aimed at, and
 * quantities in tonnes cannot be added to money.
 */
public final class TradeArithmetic {

    public static final int COVERAGE_SCALE = 4;

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
        return stated(scope, flow).stream().min(PREFERENCE);
    }

    /** Exports − imports, with the balances the articles state. */
    public static Derived balance(List<Figure> scope) {
        return combine(scope, "exports − imports", Flow.BALANCE, BigDecimal::subtract);
    }

    /** Exports + imports, with the totals the articles state. */
    public static Derived turnover(List<Figure> scope) {
        return combine(scope, "exports + imports", Flow.TOTAL, BigDecimal::add);
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

    private static Derived combine(List<Figure> scope, String formula, Flow statedFlow, BinaryOperator<BigDecimal> operator) {
        Optional<Figure> exports = headline(scope, Flow.EXPORT);
        Optional<Figure> imports = headline(scope, Flow.IMPORT);
        List<Figure> inputs = Stream.of(exports, imports).flatMap(Optional::stream).toList();
        BigDecimal computed = exports.isPresent() && imports.isPresent()
                ? operator.apply(exports.get().amount(), imports.get().amount())
                : null;
        List<StatedValue> stated = stated(scope, statedFlow).stream().sorted(PREFERENCE)
                .map(f -> new StatedValue(f, computed == null ? null : f.amount().subtract(computed)))
                .toList();
        return new Derived(computed, computed == null ? null : MeasureUnit.USD, formula, inputs, stated);
    }

    private static List<Figure> stated(List<Figure> scope, Flow flow) {
        return scope.stream()
                .filter(f -> f.flow() == flow && f.amount() != null && f.unit() == MeasureUnit.USD && f.status().isOutturn())
                .toList();
    }
}
