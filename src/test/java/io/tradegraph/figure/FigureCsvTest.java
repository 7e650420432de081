package io.tradegraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import io.tradegraph.measure.Qualifier;

class FigureCsvTest {

    private static final String HEADER = "code,source,paragraph,area,period,flow,commodity,market,amount,low,high,"
            + "magnitude,unit,qualifier,status,growth,growth_low,growth_high,growth_qualifier,growth_basis,rank,share,"
            + "share_qualifier,quote,note\n";

    @Test
    void amountsAreScaledToWholeUnitsExactly() {
        FigureInput row = read("x-1,000,1,VN-57,2024,EXPORT,,,34.5,,,billion,USD,NEARLY,ESTIMATE,13.8,,,,,,,,"
                + "\"gần 34,5 tỷ USD\",").get(0);

        assertEquals("34500000000", row.amount().toPlainString());
        assertEquals(Qualifier.NEARLY, row.qualifier());
        assertEquals(new BigDecimal("13.8"), row.growth());
        assertEquals(GrowthBasis.YEAR_ON_YEAR, row.growthBasis(), "a growth without basis compares with a year earlier");
        assertEquals(Qualifier.EXACT, row.growthQualifier());
        assertEquals("gần 34,5 tỷ USD", row.quote());
    }

    @Test
    void rangesAndPlainQuantitiesKeepTheirDigits() {
        FigureInput row = read("x-2,000,1,VN-57,2025,EXPORT,LYCHEE,,78200,70000,80000.5,,TONNE,,REPORTED,,9,10,,,,,,q,").get(0);

        assertEquals("78200", row.amount().toPlainString());
        assertEquals("80000.5", row.high().toPlainString());
        assertEquals(new BigDecimal("9"), row.growthLow());
        assertEquals(Qualifier.EXACT, row.qualifier(), "an empty qualifier is exact");
        assertNull(row.market());
    }

    @Test
    void aBadRowIsReportedWithItsLine() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> read("x-3,000,1,VN-57,2024,EXPORTS,,,1,,,,USD,,REPORTED,,,,,,,,,q,"));

        assertTrue(error.getMessage().startsWith("Line 2 of the figures file"), error.getMessage()); // the header is line 1
    }

    @Test
    void theShippedDataFileParses() {
        List<FigureInput> rows = FigureCsv.read(new java.io.InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("data/figures.csv"), java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(58, rows.size());
        assertEquals(rows.size(), rows.stream().map(FigureInput::code).distinct().count(), "codes are unique");
    }

    private static List<FigureInput> read(String lines) {
        return FigureCsv.read(new StringReader(HEADER + lines));
    }
}
