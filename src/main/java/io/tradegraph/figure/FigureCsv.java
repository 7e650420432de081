package io.tradegraph.figure;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.persistence.CsvFile;

/**
 * The layout of {@code data/figures.csv}: one figure a row, amounts as the article writes them with a magnitude
 * word (34.5 and billion), from which the precision written is known, or in whole units with the precision in a
 * column of its own, as the export writes them. Exported files add the revision and when it was recorded
 * (provenance, which an import ignores), so that an export imported again changes nothing.
 */
public final class FigureCsv {

    /** The columns of the seed file, in its order. */
    static final List<String> COLUMNS = List.of("code", "source", "paragraph", "area", "period", "flow", "commodity",
            "market", "amount", "low", "high", "magnitude", "unit", "qualifier", "status", "growth", "growth_low",
            "growth_high", "growth_qualifier", "growth_basis", "rank", "share", "share_qualifier", "quote", "note", "mention");
    /** What an export adds: the precision in whole units, and which revision it is, recorded when. */
    static final List<String> EXPORT_COLUMNS = List.of("precision", "revision", "recorded_at");
    public static final String MEDIA_TYPE = "text/csv";

    private FigureCsv() {
    }

    /** The header line of an export. */
    static String header() {
        return row(java.util.stream.Stream.concat(COLUMNS.stream(), EXPORT_COLUMNS.stream()).map(c -> (Object) c).toList());
    }

    /** A figure as a line of an export, amounts in whole units. */
    static String line(Figure f) {
        Figure.Growth growth = f.growth();
        return row(java.util.Arrays.asList(f.code(), f.source().code(), f.paragraph(), f.province().code(),
                f.period().code(), f.flow(), f.commodity() == null ? null : f.commodity().code(),
                f.market() == null ? null : f.market().code(), plain(f.amount()),
                plain(f.range() == null ? null : f.range().low()), plain(f.range() == null ? null : f.range().high()),
                null, f.unit(), f.qualifier(), f.status(), plain(growth == null ? null : growth.percent()),
                plain(growth == null ? null : growth.low()), plain(growth == null ? null : growth.high()),
                growth == null ? null : growth.qualifier(), growth == null ? null : growth.basis(), f.rank(),
                plain(f.share() == null ? null : f.share().percent()), f.share() == null ? null : f.share().qualifier(),
                f.quote(), f.note(), f.mention(), plain(f.precision()), f.revision(), f.recordedAt()));
    }

    private static String row(List<Object> values) {
        StringBuilder line = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(line, CSVFormat.RFC4180)) {
            printer.printRecord(values);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return line.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    public static List<FigureInput> read(Reader csv) {
        return CsvFile.read(csv, FigureCsv::row);
    }

    private static FigureInput row(CSVRecord r) {
        try {
            BigDecimal scale = magnitude(CsvFile.text(r, "magnitude"));
            BigDecimal amount = decimal(r, "amount");
            BigDecimal low = decimal(r, "low");
            BigDecimal precision = r.isSet("precision") && CsvFile.text(r, "precision") != null
                    ? decimal(r, "precision") : precision(amount != null ? amount : low, scale);
            return new FigureInput(r.get("code"), r.get("source"), Integer.parseInt(r.get("paragraph")), r.get("area"),
                    r.get("period"), Flow.valueOf(r.get("flow")), CsvFile.text(r, "commodity"), CsvFile.text(r, "market"),
                    scaled(amount, scale), scaled(low, scale), scaled(decimal(r, "high"), scale),
                    precision,
                    enumOrNull(MeasureUnit.class, CsvFile.text(r, "unit")),
                    enumOrNull(Qualifier.class, CsvFile.text(r, "qualifier")), Status.valueOf(r.get("status")),
                    decimal(r, "growth"), decimal(r, "growth_low"), decimal(r, "growth_high"),
                    enumOrNull(Qualifier.class, CsvFile.text(r, "growth_qualifier")),
                    enumOrNull(GrowthBasis.class, CsvFile.text(r, "growth_basis")),
                    CsvFile.text(r, "rank") == null ? null : Integer.valueOf(r.get("rank")), decimal(r, "share"),
                    enumOrNull(Qualifier.class, CsvFile.text(r, "share_qualifier")), r.get("quote"),
                    CsvFile.text(r, "note"),
                    r.isSet("mention") && CsvFile.text(r, "mention") != null
                            ? Boolean.valueOf(CsvFile.text(r, "mention")) : null).complete(null);
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
