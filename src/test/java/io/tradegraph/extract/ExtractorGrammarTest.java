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
            "năm ngoái|2024",
            "tính chung 10 tháng, xuất khẩu|2025-01/2025-10",
            "tính chung 10 tháng năm 2024|2024-01/2024-10",
            "lũy kế 7 tháng|2025-01/2025-07",
            "tính đến hết quý II/2024|2024-01/2024-06",
            "đến hết quý III|2025-01/2025-09",
            "đến hết tháng 10|2025-01/2025-10",
            "hết tháng 5/2024|2024-01/2024-05",
            "tính đến cuối tháng 4|2025-01/2025-04",
            "xuất khẩu 6 tháng|2025-01/2025-06",
            "nửa đầu năm|2025-01/2025-06",
            "lũy kế từ đầu năm đến nay|since-january:2025" })
    void periodsAreReadInTheYearBeingTold(String words, String code) {
        List<Periods.Found> found = Periods.find(Lexicon.fold(words), 2025);
        assertEquals(List.of(code), found.stream().map(Periods.Found::code).toList());
    }

    @Test
    void aYearAGrowthComparesWithIsNotAPeriodOfTheFigure() {
        assertEquals(List.of("2024"), Periods.find(Lexicon.fold("năm 2024 tăng 15% so với năm 2023"), 0).stream()
                .map(Periods.Found::code).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "đạt 76% kế hoạch năm 2023",
            "bằng 80,5% so với kế hoạch năm 2024",
            "tăng 3% so với tháng 5/2024",
            "so với cùng thời điểm năm 2023",
            "tăng 9 tháng liên tiếp",
            "trong 3 tháng cuối năm" })
    void periodsOfPlansComparisonsAndDurationsAreNotTheFiguresPeriod(String words) {
        assertEquals(List.of(), Periods.find(Lexicon.fold(words), 2025).stream()
                .filter(period -> !period.code().equals("2025")).map(Periods.Found::code).toList());
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
