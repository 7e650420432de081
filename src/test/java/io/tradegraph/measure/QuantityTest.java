package io.tradegraph.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class QuantityTest {

    private static Quantity stated(String value, String precision, Qualifier qualifier) {
        return Quantity.stated(new BigDecimal(value), new BigDecimal(precision), qualifier);
    }

    @Test
    void anExactNumberAllowsHalfItsLastDigitEitherSide() {
        Quantity q = stated("34.5", "0.1", Qualifier.EXACT);

        assertEquals(new BigDecimal("34.45"), q.low());
        assertEquals(new BigDecimal("34.55"), q.high());
        assertEquals(Qualifier.EXACT, q.qualifier());
    }

    @Test
    void halfAPrecisionIsWrittenAsADivisionWritesIt() {
        // Powers of ten come from a table; the bounds must not change by a digit or a scale (34450000000, not
        // 34450000000.0), since they are shown and compared as written.
        for (String precision : new String[] { "1", "10", "1000000000", "1" + "0".repeat(18), "250", "0.1", "1E+3", "5" }) {
            BigDecimal p = new BigDecimal(precision);
            Quantity q = Quantity.stated(new BigDecimal("34500000000"), p, Qualifier.EXACT);
            assertEquals(new BigDecimal("34500000000").subtract(p.divide(BigDecimal.valueOf(2))), q.low(), precision);
            assertEquals(new BigDecimal("34500000000").add(p.divide(BigDecimal.valueOf(2))), q.high(), precision);
        }
    }

    @Test
    void nearlyLiesJustBelowAndMoreThanJustAbove() {
        Quantity nearly = stated("10", "1", Qualifier.NEARLY);
        Quantity moreThan = stated("10", "1", Qualifier.MORE_THAN);

        assertEquals(new BigDecimal("9"), nearly.low());
        assertTrue(nearly.highOpen(), "nearly 10 is below 10");
        assertTrue(moreThan.lowOpen(), "more than 10 is above 10");
        assertEquals(new BigDecimal("11"), moreThan.high());
    }

    @Test
    void nearlyTenAndMoreThanTenContradictEachOther() {
        assertEquals(Verdict.CONTRADICTION,
                stated("10", "1", Qualifier.NEARLY).compareWith(stated("10", "1", Qualifier.MORE_THAN)));
    }

    @Test
    void differencesCarryTheWorstCaseOfTheirInputs() {
        Quantity balance = stated("34.5", "0.1", Qualifier.EXACT).minus(stated("24.5", "0.1", Qualifier.EXACT));

        assertEquals(0, new BigDecimal("10.0").compareTo(balance.value()));
        assertEquals(0, new BigDecimal("9.9").compareTo(balance.low()));
        assertEquals(0, new BigDecimal("10.1").compareTo(balance.high()));
    }

    @Test
    void aStatementIsJudgedAgainstTheIntervalOfTheComputation() {
        Quantity computed = stated("34.5", "0.1", Qualifier.EXACT).minus(stated("24.5", "0.1", Qualifier.EXACT));

        assertEquals(Verdict.MATCH, stated("10.0", "0.1", Qualifier.EXACT).compareWith(computed));
        assertEquals(Verdict.CONSISTENT_WITH_QUALIFIER, stated("10", "1", Qualifier.NEARLY).compareWith(computed));
        assertEquals(Verdict.CONSISTENT_WITH_QUALIFIER, stated("10", "1", Qualifier.MORE_THAN).compareWith(computed));
        assertEquals(Verdict.CONTRADICTION, stated("12", "1", Qualifier.EXACT).compareWith(computed));
    }

    @Test
    void roundedDigitsThatDifferAreWithinRounding() {
        Quantity sum = stated("8.46", "0.01", Qualifier.EXACT).plus(stated("8.6", "0.1", Qualifier.EXACT));

        assertEquals(Verdict.WITHIN_ROUNDING, stated("17.1", "0.1", Qualifier.EXACT).compareWith(sum));
        assertEquals(Verdict.CONTRADICTION, stated("17.3", "0.1", Qualifier.EXACT).compareWith(sum));
    }

    @Test
    void touchingIntervalsOverlapOnlyWhereBothEndsAreClosed() {
        assertTrue(stated("10", "1", Qualifier.ABOUT).overlaps(stated("12", "1", Qualifier.ABOUT)), "[9,11] and [11,13]");
        assertFalse(stated("10", "1", Qualifier.NEARLY).overlaps(stated("10", "2", Qualifier.MORE_THAN)), "[9,10) and (10,12]");
    }

    @Test
    void ratiosBoundTheirIntervalFromOppositeEnds() {
        Quantity share = stated("34.5", "0.1", Qualifier.EXACT).percentOf(stated("403.7", "0.1", Qualifier.EXACT)).rounded(4);

        assertEquals(new BigDecimal("8.5459"), share.value());
        assertEquals(new BigDecimal("8.5325"), share.low(), "34.45 / 403.75");
        assertEquals(new BigDecimal("8.5594"), share.high(), "34.55 / 403.65");
    }

    @Test
    void aQualifiedResultSaysWhereItsIntervalLies() {
        Quantity above = stated("19", "1", Qualifier.MORE_THAN).minus(stated("1", "0.1", Qualifier.EXACT));

        assertEquals(Qualifier.ABOUT, above.qualifier(), "(19, 20] − [0.95, 1.05] lies on both sides of 18");
        assertEquals(Qualifier.MORE_THAN, stated("19", "1", Qualifier.MORE_THAN).plus(Quantity.exactly(BigDecimal.ONE)).qualifier());
        assertEquals(Qualifier.NEARLY, Quantity.exactly(BigDecimal.TEN).minus(stated("1", "1", Qualifier.MORE_THAN)).qualifier());
    }

    @Test
    void aGrowthRangeBecomesAFactorRange() {
        Quantity factor = Quantity.range(new BigDecimal("9"), new BigDecimal("10"), Qualifier.EXACT).asGrowthFactor();

        assertEquals(0, new BigDecimal("1.09").compareTo(factor.low()));
        assertEquals(0, new BigDecimal("1.10").compareTo(factor.high()));
    }
}
