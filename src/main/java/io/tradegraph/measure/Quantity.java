package io.tradegraph.measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A number as an article states it: its value and the interval of true values that the digits written and the
 * qualifier allow. The interval follows the number through sums, differences and ratios, so that a computed value
 * can be compared honestly with a stated one.
 * <ul>
 * <li>exact, written to a precision p: [v − p/2, v + p/2] (34,5 means 34.45 to 34.55);
 * <li>about (khoảng): [v − p, v + p];
 * <li>nearly (gần): [v − p, v), a bit below;
 * <li>more than (hơn, trên): (v, v + p], a bit above.
 * </ul>
 * A value may be null when only an interval is known (a range such as "9–10%").
 */
public record Quantity(BigDecimal value, BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen,
        boolean qualified) {

    private static final MathContext DIVISION = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A stated number; the precision defaults to the last digit of the value as stored. */
    public static Quantity stated(BigDecimal value, BigDecimal precision, Qualifier qualifier) {
        BigDecimal p = precision != null ? precision : BigDecimal.ONE.scaleByPowerOfTen(-value.scale());
        return switch (qualifier) {
            case EXACT -> {
                BigDecimal half = half(p);
                yield new Quantity(value, value.subtract(half), false, value.add(half), false, false);
            }
            case ABOUT -> new Quantity(value, value.subtract(p), false, value.add(p), false, true);
            case NEARLY -> new Quantity(value, value.subtract(p), false, value, true, true);
            case MORE_THAN -> new Quantity(value, value, true, value.add(p), false, true);
        };
    }

    /**
     * Half a precision, as {@code p.divide(2)} gives it: the usual precisions, whole powers of ten, from a table, since
     * an exact division allocates a context and a quotient, and a dashboard states thousands of numbers.
     */
    private static BigDecimal half(BigDecimal precision) {
        int digits = precision.precision();
        if (precision.scale() == 0 && digits <= POWERS_OF_TEN.length && precision.compareTo(POWERS_OF_TEN[digits - 1]) == 0) {
            return HALVES[digits - 1];
        }
        return precision.divide(TWO);
    }

    /** 1, 10, 100 … 10^18, and their halves. */
    private static final BigDecimal[] POWERS_OF_TEN = new BigDecimal[19];
    private static final BigDecimal[] HALVES = new BigDecimal[POWERS_OF_TEN.length];

    static {
        for (int k = 0; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = BigDecimal.TEN.pow(k);
            HALVES[k] = POWERS_OF_TEN[k].divide(TWO);
        }
    }

    /** A stated range, such as a growth target of "9–10%"; "trên 10–12%" opens its lower end. */
    public static Quantity range(BigDecimal low, BigDecimal high, Qualifier qualifier) {
        return new Quantity(null, low, qualifier == Qualifier.MORE_THAN, high, qualifier == Qualifier.NEARLY,
                qualifier != Qualifier.EXACT);
    }

    /** A number known exactly, such as a constant in a formula. */
    public static Quantity exactly(BigDecimal value) {
        return new Quantity(value, value, false, value, false, false);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(combine(value, other.value, BigDecimal::add), low.add(other.low), lowOpen || other.lowOpen,
                high.add(other.high), highOpen || other.highOpen, qualified || other.qualified);
    }

    public Quantity minus(Quantity other) {
        return new Quantity(combine(value, other.value, BigDecimal::subtract), low.subtract(other.high),
                lowOpen || other.highOpen, high.subtract(other.low), highOpen || other.lowOpen, qualified || other.qualified);
    }

    /** This / other, for a positive divisor (a trade value, a growth factor). */
    public Quantity dividedBy(Quantity other) {
        requirePositive(other);
        // A negative bound grows in size when divided by the smaller divisor, a positive one by the larger.
        BigDecimal lowDivisor = low.signum() >= 0 ? other.high : other.low;
        BigDecimal highDivisor = high.signum() >= 0 ? other.low : other.high;
        return new Quantity(combine(value, other.value, (a, b) -> a.divide(b, DIVISION)),
                low.divide(lowDivisor, DIVISION), lowOpen || (low.signum() >= 0 ? other.highOpen : other.lowOpen),
                high.divide(highDivisor, DIVISION), highOpen || (high.signum() >= 0 ? other.lowOpen : other.highOpen),
                qualified || other.qualified);
    }

    /** This × other, for positive quantities. */
    public Quantity times(Quantity other) {
        requirePositive(this);
        requirePositive(other);
        return new Quantity(combine(value, other.value, BigDecimal::multiply), low.multiply(other.low),
                lowOpen || other.lowOpen, high.multiply(other.high), highOpen || other.highOpen, qualified || other.qualified);
    }

    /** A percentage (13 for 13%) as the factor it multiplies by (1.13). */
    public Quantity asGrowthFactor() {
        return exactly(BigDecimal.ONE).plus(dividedBy(exactly(HUNDRED)));
    }

    /** The relative change from an earlier quantity to this one, in percent. */
    public Quantity percentChangeFrom(Quantity earlier) {
        return minus(earlier).percentOf(earlier);
    }

    /** This as a percentage of a whole. */
    public Quantity percentOf(Quantity whole) {
        Quantity ratio = dividedBy(whole);
        return new Quantity(ratio.value == null ? null : ratio.value.multiply(HUNDRED), ratio.low.multiply(HUNDRED),
                ratio.lowOpen, ratio.high.multiply(HUNDRED), ratio.highOpen, ratio.qualified);
    }

    /** Rounded for display: the value half-even, the interval outwards so that it never shrinks. */
    public Quantity rounded(int scale) {
        return new Quantity(value == null ? null : value.setScale(scale, RoundingMode.HALF_EVEN),
                low.setScale(scale, RoundingMode.FLOOR), lowOpen, high.setScale(scale, RoundingMode.CEILING), highOpen,
                qualified);
    }

    /** True when some true value is allowed by both quantities. */
    public boolean overlaps(Quantity other) {
        int lows = low.compareTo(other.low);
        BigDecimal from = lows >= 0 ? low : other.low;
        boolean fromOpen = lows > 0 ? lowOpen : lows < 0 ? other.lowOpen : lowOpen || other.lowOpen;
        int highs = high.compareTo(other.high);
        BigDecimal to = highs <= 0 ? high : other.high;
        boolean toOpen = highs < 0 ? highOpen : highs > 0 ? other.highOpen : highOpen || other.highOpen;
        int span = from.compareTo(to);
        return span < 0 || (span == 0 && !fromOpen && !toOpen);
    }

    /** How this quantity, as the comparison of a statement with a computation, should be judged. */
    public Verdict compareWith(Quantity computed) {
        if (!qualified && !computed.qualified && value != null && computed.value != null
                && value.compareTo(computed.value) == 0) {
            return Verdict.MATCH;
        }
        if (!overlaps(computed)) {
            return Verdict.CONTRADICTION;
        }
        return qualified || computed.qualified ? Verdict.CONSISTENT_WITH_QUALIFIER : Verdict.WITHIN_ROUNDING;
    }

    /** The qualifier a person would put on this quantity: above, below or around its value. */
    public Qualifier qualifier() {
        if (!qualified) {
            return Qualifier.EXACT;
        }
        if (value == null) {
            return Qualifier.ABOUT;
        }
        if (low.compareTo(value) >= 0) {
            return Qualifier.MORE_THAN;
        }
        if (high.compareTo(value) <= 0) {
            return Qualifier.NEARLY;
        }
        return Qualifier.ABOUT;
    }

    private static void requirePositive(Quantity quantity) {
        if (quantity.low.signum() <= 0) {
            throw new ArithmeticException("a ratio needs positive quantities, got " + quantity);
        }
    }

    private static BigDecimal combine(BigDecimal a, BigDecimal b, java.util.function.BinaryOperator<BigDecimal> operator) {
        return a == null || b == null ? null : operator.apply(a, b);
    }
}
