package io.tradegraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodCodeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024            | YEAR         | 2024-01-01 | 2024-12-31 | 2024",
            "2025-09         | MONTH        | 2025-09-01 | 2025-09-30 | September 2025",
            "2024-02         | MONTH        | 2024-02-01 | 2024-02-29 | February 2024",
            "2025-Q3         | QUARTER      | 2025-07-01 | 2025-09-30 | Q3 2025",
            "2025-01/2025-09 | YEAR_TO_DATE | 2025-01-01 | 2025-09-30 | January–September 2025",
            "2021/2025       | MULTI_YEAR   | 2021-01-01 | 2025-12-31 | 2021–2025" })
    void codesBecomePeriodsWithTheirDays(String code, PeriodKind kind, LocalDate first, LocalDate last, String label) {
        PeriodEntity period = PeriodCode.parse(code);

        assertEquals(code, period.code);
        assertEquals(kind, period.kind);
        assertEquals(first, period.firstDay);
        assertEquals(last, period.lastDay);
        assertEquals(label, period.label);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-13", "2025-Q5", "2025-02/2025-09", "2024-01/2025-03", "2025/2021", "2025/2025", "24", "" })
    void malformedCodesAreRejected(String code) {
        assertThrows(RuntimeException.class, () -> PeriodCode.parse(code));
    }
}
