package io.tradegraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parts of the grammar that need no catalog: Vietnamese numbers and the periods a sentence names. */
class ExtractorGrammarTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "34,5|34.5", "78.200|78200", "1.234.567,89|1234567.89", "13|13", "0,25|0.25" })
    void numbersAreWrittenWithADecimalCommaAndAThousandsDot(String written, String value) {
        assertEquals(new BigDecimal(value), Extractor.number(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kim ngạch xuất khẩu năm 2024|2024",
            "tháng 9 của tỉnh|2025-09",
            "tháng 10/2024|2024-10",
            "9 tháng đầu năm 2025|2025-01/2025-09",
            "10 tháng đầu năm|2025-01/2025-10",
            "giai đoạn 2021–2025|2021/2025",
            "quý III/2024|2024-Q3",
            "quý 2|2025-Q2",
            "năm nay|2025",
            "năm ngoái|2024" })
    void periodsAreReadInTheYearBeingTold(String words, String code) {
        List<Periods.Found> found = Periods.find(Lexicon.fold(words), 2025);
        assertEquals(List.of(code), found.stream().map(Periods.Found::code).toList());
    }

    @Test
    void aYearAGrowthComparesWithIsNotAPeriodOfTheFigure() {
        assertEquals(List.of("2024"), Periods.find(Lexicon.fold("năm 2024 tăng 15% so với năm 2023"), 0).stream()
                .map(Periods.Found::code).toList());
    }

    @Test
    void withoutAYearMonthsNameNoPeriod() {
        assertEquals(List.of(), Periods.find(Lexicon.fold("tháng 9"), 0));
    }

    @Test
    void foldingKeepsEveryCharacterInItsPlace() {
        String text = "Đồng Nai ước đạt 25,2 tỷ USD";
        assertEquals("dong nai uoc dat 25,2 ty usd", Lexicon.fold(text));
        assertEquals(text.length(), Lexicon.fold(text).length());
    }
}
