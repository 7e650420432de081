package io.tradegraph.balance;

import static io.tradegraph.balance.FigureBuilder.billions;
import static io.tradegraph.balance.FigureBuilder.figure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.measure.Verdict;

class TradeArithmeticTest {

    @Test
    void balanceIsExportsMinusImportsExactly() {
        Derived balance = TradeArithmetic.balance(List.of(billions("e", Flow.EXPORT, "34.5"), billions("i", Flow.IMPORT, "24.45")));

        assertEquals(new BigDecimal("10050000000"), balance.computed());
        assertEquals(MeasureUnit.USD, balance.unit());
        assertEquals(Status.ESTIMATE, balance.status());
        assertEquals(List.of("e", "i"), balance.inputs().stream().map(Figure::code).toList());
    }

    @Test
    void balanceIsNullWhenImportsAreUnknown() {
        Derived balance = TradeArithmetic.balance(List.of(billions("e", Flow.EXPORT, "7.9")));

        assertNull(balance.computed());
        assertNull(balance.unit());
        assertEquals("not computed: no article states imports", balance.note());
        assertEquals(List.of("e"), balance.inputs().stream().map(Figure::code).toList());
    }

    @Test
    void statedBalanceIsKeptWithItsDifferenceAndVerdict() {
        Derived balance = TradeArithmetic.balance(List.of(billions("e", Flow.EXPORT, "65.7"), billions("i", Flow.IMPORT, "63.5"),
                billions("b", Flow.BALANCE, "2.5"), billions("c", Flow.BALANCE, "2.3")));

        assertEquals(2, balance.stated().size());
        assertEquals(new BigDecimal("300000000"), balance.stated().get(0).difference());
        assertEquals(Verdict.CONTRADICTION, balance.stated().get(0).verdict(), "2.45–2.55 is outside 2.1–2.3");
        assertEquals(Verdict.WITHIN_ROUNDING, balance.stated().get(1).verdict(), "2.25–2.35 touches 2.1–2.3");
    }

    @Test
    void statedBalanceWithoutComputedOneCannotBeJudged() {
        Derived balance = TradeArithmetic.balance(List.of(billions("b", Flow.BALANCE, "10")));

        assertNull(balance.computed());
        assertNull(balance.stated().get(0).difference());
        assertEquals(Verdict.UNKNOWN, balance.stated().get(0).verdict());
    }

    @Test
    void turnoverIsExportsPlusImportsAndARoundedTotalIsWithinRounding() {
        Derived turnover = TradeArithmetic.turnover(List.of(billions("e", Flow.EXPORT, "8.46"), billions("i", Flow.IMPORT, "8.6"),
                billions("t", Flow.TOTAL, "17.1")));

        assertEquals(new BigDecimal("17060000000"), turnover.computed());
        assertEquals(new BigDecimal("40000000"), turnover.stated().get(0).difference());
        assertEquals(Verdict.WITHIN_ROUNDING, turnover.stated().get(0).verdict());
    }

    @Test
    void targetsAndQuantitiesTakeNoPartInTheArithmetic() {
        Figure target = figure("t", Flow.IMPORT).billions("20").status(Status.TARGET).build();
        Figure tonnes = figure("q", Flow.IMPORT).billions("78.2").unit(MeasureUnit.TONNE).build();

        Derived balance = TradeArithmetic.balance(List.of(billions("e", Flow.EXPORT, "10"), target, tonnes));

        assertNull(balance.computed());
        assertTrue(TradeArithmetic.headline(List.of(target, tonnes), Flow.IMPORT).isEmpty());
    }

    @Test
    void headlinePrefersReportedThenPlainThenNewer() {
        Figure estimate = figure("a", Flow.EXPORT).billions("1").published(LocalDate.of(2025, 3, 1)).build();
        Figure reportedNearly = figure("b", Flow.EXPORT).billions("2").status(Status.REPORTED).qualifier(Qualifier.NEARLY)
                .published(LocalDate.of(2025, 3, 1)).build();
        Figure reportedOld = figure("c", Flow.EXPORT).billions("3").status(Status.REPORTED).published(LocalDate.of(2024, 1, 1)).build();
        Figure reportedNew = figure("d", Flow.EXPORT).billions("4").status(Status.REPORTED).published(LocalDate.of(2025, 1, 1)).build();
        Figure reportedUndated = figure("e", Flow.EXPORT).billions("5").status(Status.REPORTED).build();

        assertEquals("d", TradeArithmetic.headline(List.of(estimate, reportedNearly, reportedOld, reportedUndated, reportedNew),
                Flow.EXPORT).orElseThrow().code());
        assertEquals("c", TradeArithmetic.headline(List.of(estimate, reportedNearly, reportedOld), Flow.EXPORT).orElseThrow().code());
        assertEquals("b", TradeArithmetic.headline(List.of(estimate, reportedNearly), Flow.EXPORT).orElseThrow().code());
    }

    @Test
    void coverageIsRoundedHalfEvenToFourPlaces() {
        assertEquals(new BigDecimal("1.4082"),
                TradeArithmetic.coverage(List.of(billions("e", Flow.EXPORT, "34.5"), billions("i", Flow.IMPORT, "24.5"))));
        assertNull(TradeArithmetic.coverage(List.of(billions("e", Flow.EXPORT, "1"))));
    }

    @Test
    void aClaimedShareIsComparedWithTheShareOfTheWhole() {
        List<Figure> province = List.of(billions("e", Flow.EXPORT, "34.5"),
                figure("claim", Flow.EXPORT).share("10", Qualifier.MORE_THAN).build());
        List<Figure> nation = List.of(billions("n", Flow.EXPORT, "403.7"));

        Derived share = TradeArithmetic.share(province, nation, Flow.EXPORT, "Việt Nam");

        assertEquals(new BigDecimal("8.5459"), share.computed());
        assertEquals(MeasureUnit.PERCENT, share.unit());
        assertEquals(Verdict.CONTRADICTION, share.stated().get(0).verdict(), "more than 10% against 8.55%");
        assertEquals(List.of("e", "n"), share.inputs().stream().map(Figure::code).toList());
    }

    @Test
    void aShareOfAnUnknownWholeIsUnknownButTheClaimIsKept() {
        Derived share = TradeArithmetic.share(List.of(figure("claim", Flow.EXPORT).share("94.1", Qualifier.EXACT).build()),
                List.of(), Flow.EXPORT, "Việt Nam");

        assertNull(share.computed());
        assertEquals(Verdict.UNKNOWN, share.stated().get(0).verdict());
    }

    @Test
    void reportedGrowthImpliesAnInferredYearEarlierRange() {
        Figure exports = figure("e", Flow.EXPORT).billions("34.5").growth("13", Qualifier.EXACT).build();

        Derived earlier = TradeArithmetic.impliedEarlier(exports).orElseThrow();

        assertTrue(earlier.inferred());
        assertEquals(new BigDecimal("30530973451"), earlier.computed(), "34.5 / 1.13");
        assertEquals(new BigDecimal("30352422907"), earlier.low(), "34.45 / 1.135");
        assertEquals(new BigDecimal("30711111112"), earlier.high(), "34.55 / 1.125");
        assertTrue(TradeArithmetic.impliedEarlier(billions("x", Flow.EXPORT, "1")).isEmpty(), "no growth, nothing implied");
    }

    @Test
    void computedGrowthNeedsTheYearEarlierValueAndIsComparedWithTheReportedOne() {
        Figure now = figure("now", Flow.EXPORT).billions("34.5").growth("13", Qualifier.EXACT).build();

        Derived unknown = TradeArithmetic.growth(now, null);
        Derived computed = TradeArithmetic.growth(now, billions("then", Flow.EXPORT, "30.5"));

        assertNull(unknown.computed());
        assertEquals(Verdict.UNKNOWN, unknown.stated().get(0).verdict());
        assertEquals(new BigDecimal("13.1148"), computed.computed());
        assertEquals(Verdict.WITHIN_ROUNDING, computed.stated().get(0).verdict());
    }

    @Test
    void aGrowthTargetBecomesAnAbsoluteRangeFromItsBase() {
        Figure target = figure("t", Flow.EXPORT).status(Status.TARGET).growthRange("9", "10", Qualifier.EXACT).build();

        Derived range = TradeArithmetic.targetRange(target, Optional.of(billions("base", Flow.EXPORT, "34.5")));

        assertEquals(new BigDecimal("37550500000"), range.low(), "34.45 × 1.09");
        assertEquals(new BigDecimal("38005000000"), range.high(), "34.55 × 1.10");
        assertEquals(Optional.of(-1), TradeArithmetic.attainment(range, Optional.of(billions("o", Flow.EXPORT, "37"))));
        assertEquals(Optional.of(0), TradeArithmetic.attainment(range, Optional.of(billions("o", Flow.EXPORT, "37.8"))));
        assertEquals(Optional.of(1), TradeArithmetic.attainment(range, Optional.of(billions("o", Flow.EXPORT, "39"))));
        assertEquals(Optional.empty(), TradeArithmetic.attainment(range, Optional.empty()));
    }

    @Test
    void anOpenEndedTargetHasOnlyAFloor() {
        Figure target = figure("t", Flow.BALANCE).billions("20").qualifier(Qualifier.MORE_THAN).status(Status.TARGET).build();

        Derived range = TradeArithmetic.targetRange(target, Optional.empty());

        assertEquals(new BigDecimal("20000000000"), range.low());
        assertNull(range.high());
        assertEquals(Optional.of(0), TradeArithmetic.attainment(range, Optional.of(billions("o", Flow.BALANCE, "24.1"))));
    }

    @Test
    void aRebuildWithAMemberMissingIsPartialAndRecomputesFromTheSums() {
        List<Figure> first = List.of(billions("a-e", Flow.EXPORT, "34.5"), billions("a-i", Flow.IMPORT, "24.5"));
        List<Figure> second = List.of(billions("b-e", Flow.EXPORT, "5.5"));

        TradeArithmetic.Rebuilt rebuilt = TradeArithmetic.rebuild(List.of(first, second), List.of("A", "B"));

        assertEquals(new BigDecimal("40000000000"), rebuilt.exports().computed());
        assertFalse(rebuilt.exports().partial());
        assertTrue(rebuilt.imports().partial());
        assertEquals("partial: no imports stated for B", rebuilt.imports().note());
        assertEquals(new BigDecimal("15500000000"), rebuilt.balance().computed());
        assertTrue(rebuilt.balance().partial());
        assertEquals(new BigDecimal("1.6327"), rebuilt.coverage().computed(), "40 / 24.5, not an average of ratios");
    }

    @Test
    void changeBetweenPointsIsNullAcrossAGap() {
        assertEquals(new BigDecimal("800000000"),
                TradeArithmetic.change(billions("jul", Flow.EXPORT, "7.9"), billions("aug", Flow.EXPORT, "8.7")).computed());
        assertNull(TradeArithmetic.change(null, billions("aug", Flow.EXPORT, "8.7")).computed());
    }
}
