package io.tradegraph.figure;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.persistence.CsvFile;

/**
 * The layout of {@code data/figures.csv}: one figure a row, amounts as the article writes them with a magnitude
 * word (34.5 and billion), from which the precision written is known.
 */
public final class FigureCsv {

    private FigureCsv() {
    }

    public static List<FigureInput> read(Reader csv) {
        return CsvFile.read(csv, FigureCsv::row);
    }

    private static FigureInput row(CSVRecord r) {
        try {
            BigDecimal scale = magnitude(CsvFile.text(r, "magnitude"));
            BigDecimal amount = decimal(r, "amount");
            BigDecimal low = decimal(r, "low");
            return new FigureInput(r.get("code"), r.get("source"), Integer.parseInt(r.get("paragraph")), r.get("area"),
                    r.get("period"), Flow.valueOf(r.get("flow")), CsvFile.text(r, "commodity"), CsvFile.text(r, "market"),
                    scaled(amount, scale), scaled(low, scale), scaled(decimal(r, "high"), scale),
                    precision(amount != null ? amount : low, scale),
                    enumOrNull(MeasureUnit.class, CsvFile.text(r, "unit")),
                    enumOrNull(Qualifier.class, CsvFile.text(r, "qualifier")), Status.valueOf(r.get("status")),
                    decimal(r, "growth"), decimal(r, "growth_low"), decimal(r, "growth_high"),
                    enumOrNull(Qualifier.class, CsvFile.text(r, "growth_qualifier")),
                    enumOrNull(GrowthBasis.class, CsvFile.text(r, "growth_basis")),
                    CsvFile.text(r, "rank") == null ? null : Integer.valueOf(r.get("rank")), decimal(r, "share"),
                    enumOrNull(Qualifier.class, CsvFile.text(r, "share_qualifier")), r.get("quote"),
                    CsvFile.text(r, "note")).complete(null);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Line " + r.getRecordNumber() + " of the figures file: " + e.getMessage(), e);
        }
    }

    private static BigDecimal decimal(CSVRecord r, String column) {
        String value = CsvFile.text(r, column);
        return value == null ? null : new BigDecimal(value);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static BigDecimal magnitude(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word) {
            case "thousand" -> BigDecimal.TEN.pow(3);
            case "million" -> BigDecimal.TEN.pow(6);
            case "billion" -> BigDecimal.TEN.pow(9);
            default -> throw new IllegalArgumentException("unknown magnitude '" + word + "'");
        };
    }

    /** The unit of the last digit written: 34.5 billion was written to the nearest 100000000. */
    private static BigDecimal precision(BigDecimal written, BigDecimal magnitude) {
        return written == null ? null : scaled(BigDecimal.ONE.scaleByPowerOfTen(-written.scale()), magnitude);
    }

    /** 34.5 billion becomes 34500000000 exactly, written without an exponent. */
    private static BigDecimal scaled(BigDecimal value, BigDecimal magnitude) {
        return value == null ? null : FigureInput.whole(value.multiply(magnitude));
    }
}
