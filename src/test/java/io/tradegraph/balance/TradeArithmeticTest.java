package io.tradegraph.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradegraph.figure.Figure;
import io.tradegraph.figure.Flow;
import io.tradegraph.figure.MeasureUnit;
import io.tradegraph.figure.Qualifier;
import io.tradegraph.figure.Status;
import io.tradegraph.period.Period;
import io.tradegraph.period.PeriodKind;
import io.tradegraph.province.AreaLevel;
import io.tradegraph.province.Province;
import io.tradegraph.source.Source;

class TradeArithmeticTest {

    @Test
    void balanceIsExportsMinusImportsExactly() {
        Derived balance = TradeArithmetic.balance(List.of(usd("e", Flow.EXPORT, "34.5"), usd("i", Flow.IMPORT, "24.45")));

        assertEquals(new BigDecimal("10.05"), balance.computed());
        assertEquals(MeasureUnit.USD, balance.unit());
        assertEquals(List.of("e", "i"), balance.inputs().stream().map(Figure::code).toList());
    }

    @Test
    void balanceIsNullWhenImportsAreUnknown() {
        Derived balance = TradeArithmetic.balance(List.of(usd("e", Flow.EXPORT, "7.9")));

        assertNull(balance.computed());
        assertNull(balance.unit());
        assertEquals(List.of("e"), balance.inputs().stream().map(Figure::code).toList());
    }

    @Test
    void statedBalanceIsKeptWithItsDifferenceFromTheComputedOne() {
        Derived balance = TradeArithmetic.balance(List.of(usd("e", Flow.EXPORT, "65.7"), usd("i", Flow.IMPORT, "63.5"),
                usd("b", Flow.BALANCE, "2.3")));

        assertEquals(1, balance.stated().size());
        assertEquals(new BigDecimal("0.1"), balance.stated().get(0).difference());
    }

    @Test
    void statedBalanceWithoutComputedOneHasNoDifference() {
        Derived balance = TradeArithmetic.balance(List.of(usd("b", Flow.BALANCE, "10")));

        assertNull(balance.computed());
        assertNull(balance.stated().get(0).difference());
    }

    @Test
    void turnoverIsExportsPlusImports() {
        Derived turnover = TradeArithmetic.turnover(List.of(usd("e", Flow.EXPORT, "8.46"), usd("i", Flow.IMPORT, "8.6"),
                usd("t", Flow.TOTAL, "17.1")));

        assertEquals(new BigDecimal("17.06"), turnover.computed());
        assertEquals(new BigDecimal("0.04"), turnover.stated().get(0).difference());
    }

    @Test
    void targetsAndQuantitiesTakeNoPartInTheArithmetic() {
        Figure target = figure("t", Flow.IMPORT, "20", MeasureUnit.USD, Status.TARGET, Qualifier.EXACT, null);
        Figure tonnes = figure("q", Flow.IMPORT, "78200", MeasureUnit.TONNE, Status.REPORTED, Qualifier.EXACT, null);

        Derived balance = TradeArithmetic.balance(List.of(usd("e", Flow.EXPORT, "10"), target, tonnes));

        assertNull(balance.computed());
        assertTrue(TradeArithmetic.headline(List.of(target, tonnes), Flow.IMPORT).isEmpty());
    }

    @Test
    void headlinePrefersReportedThenPlainThenNewer() {
        Figure estimate = figure("a", Flow.EXPORT, "1", MeasureUnit.USD, Status.ESTIMATE, Qualifier.EXACT, LocalDate.of(2025, 3, 1));
        Figure reportedNearly = figure("b", Flow.EXPORT, "2", MeasureUnit.USD, Status.REPORTED, Qualifier.NEARLY, LocalDate.of(2025, 3, 1));
        Figure reportedOld = figure("c", Flow.EXPORT, "3", MeasureUnit.USD, Status.REPORTED, Qualifier.EXACT, LocalDate.of(2024, 1, 1));
        Figure reportedNew = figure("d", Flow.EXPORT, "4", MeasureUnit.USD, Status.REPORTED, Qualifier.EXACT, LocalDate.of(2025, 1, 1));
        Figure reportedUndated = figure("e", Flow.EXPORT, "5", MeasureUnit.USD, Status.REPORTED, Qualifier.EXACT, null);

        List<Figure> all = List.of(estimate, reportedNearly, reportedOld, reportedUndated, reportedNew);

        assertEquals("d", TradeArithmetic.headline(all, Flow.EXPORT).orElseThrow().code());
        assertEquals("c", TradeArithmetic.headline(List.of(estimate, reportedNearly, reportedOld), Flow.EXPORT).orElseThrow().code());
        assertEquals("b", TradeArithmetic.headline(List.of(estimate, reportedNearly), Flow.EXPORT).orElseThrow().code());
    }

    @Test
    void coverageIsRoundedHalfEvenToFourPlaces() {
        assertEquals(new BigDecimal("1.4082"),
                TradeArithmetic.coverage(List.of(usd("e", Flow.EXPORT, "34.5"), usd("i", Flow.IMPORT, "24.5"))));
        assertEquals(new BigDecimal("0.3333"),
                TradeArithmetic.coverage(List.of(usd("e", Flow.EXPORT, "1"), usd("i", Flow.IMPORT, "3"))));
    }

    @Test
    void coverageIsNullWhenASideIsUnknownOrImportsAreZero() {
        assertNull(TradeArithmetic.coverage(List.of(usd("e", Flow.EXPORT, "1"))));
        assertNull(TradeArithmetic.coverage(List.of(usd("e", Flow.EXPORT, "1"), usd("i", Flow.IMPORT, "0"))));
    }

    private static Figure usd(String code, Flow flow, String amount) {
        return figure(code, flow, amount, MeasureUnit.USD, Status.ESTIMATE, Qualifier.EXACT, null);
    }

    private static Figure figure(String code, Flow flow, String amount, MeasureUnit unit, Status status,
            Qualifier qualifier, LocalDate published) {
        Province area = new Province("VN-57", "Bình Dương", "Binh Duong", AreaLevel.PROVINCE, null, "VN-57", "74", null, null, null);
        Period year = new Period("2024", PeriodKind.YEAR, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "2024");
        Source source = new Source("s-" + code, null, null, "title", published, "file.txt");
        return new Figure(code, area, year, flow, null, null, new BigDecimal(amount), unit, qualifier, null, status,
                null, null, null, source, 1, "quote", null);
    }
}
