package io.tradegraph.figure;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.tradegraph.measure.Bounds;
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
    /** The columns a file must have; the others may be left out (a seed file has no magnitude-free precision). */
    private static final List<String> REQUIRED_COLUMNS = List.of("code", "source", "paragraph", "area", "period",
            "flow", "amount", "unit", "status", "quote");
    /** What an export adds: the precision in whole units, and which revision it is, recorded when. */
    static final List<String> EXPORT_COLUMNS = List.of("precision", "revision", "recorded_at");
    public static final String MEDIA_TYPE = "text/csv";
    /** Characters of a number cell: 20 digits, a point, decimals and a sign, with room to spare. */
    private static final int NUMBER_LENGTH = 40;

    private FigureCsv() {
    }

    /** The header line of an export. */
    static String header() {
        return row(java.util.stream.Stream.concat(COLUMNS.stream(), EXPORT_COLUMNS.stream()).map(c -> (Object) c).toList());
    }

    /** A figure as a line of an export, amounts in whole units. */
    static String line(Figure f) {
        Figure.Growth growth = f.growth();
        return row(java.util.Arrays.asList(cell(f.code()), cell(f.source().code()), f.paragraph(), cell(f.province().code()),
                cell(f.period().code()), f.flow(), f.commodity() == null ? null : cell(f.commodity().code()),
                f.market() == null ? null : cell(f.market().code()), plain(f.amount()),
                plain(f.range() == null ? null : f.range().low()), plain(f.range() == null ? null : f.range().high()),
                null, f.unit(), f.qualifier(), f.status(), plain(growth == null ? null : growth.percent()),
                plain(growth == null ? null : growth.low()), plain(growth == null ? null : growth.high()),
                growth == null ? null : growth.qualifier(), growth == null ? null : growth.basis(), f.rank(),
                plain(f.share() == null ? null : f.share().percent()), f.share() == null ? null : f.share().qualifier(),
                cell(f.quote()), cell(f.note()), f.mention(), plain(f.precision()), f.revision(), f.recordedAt()));
    }

    /**
     * A text cell that no spreadsheet evaluates: one that starts with a character that starts a formula ({@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return, OWASP's list) gets an apostrophe in front, and so
     * does one that starts with an apostrophe, so that {@link #text} can take exactly one off and an export imported
     * again reads what was stored.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static final String FORMULA_STARTS = "=+-@\t\r'";

    /** A text cell as written ({@link #cell} undone), or null where it is empty; codes without surrounding spaces. */
    private static String text(CSVRecord r, String column, boolean exact) {
        String value = r.isSet(column) ? r.get(column) : null;
        if (value == null || value.isEmpty() || (!exact && value.isBlank())) {
            return null;
        }
        String unescaped = value.startsWith("'") ? value.substring(1) : value;
        return exact ? unescaped : unescaped.strip();
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
        return CsvFile.read(csv, REQUIRED_COLUMNS, FigureCsv::row);
    }

    private static FigureInput row(CSVRecord r) {
        try {
            BigDecimal scale = magnitude(CsvFile.text(r, "magnitude"));
            BigDecimal amount = decimal(r, "amount");
            BigDecimal low = decimal(r, "low");
            BigDecimal precision = r.isSet("precision") && CsvFile.text(r, "precision") != null
                    ? decimal(r, "precision") : precision(amount != null ? amount : low, scale);
            return new FigureInput(text(r, "code", false), text(r, "source", false), paragraph(r),
                    text(r, "area", false), text(r, "period", false), enumOrNull(Flow.class, "flow", CsvFile.text(r, "flow")),
                    text(r, "commodity", false), text(r, "market", false),
                    scaled(amount, scale), scaled(low, scale), scaled(decimal(r, "high"), scale),
                    precision,
                    enumOrNull(MeasureUnit.class, "unit", CsvFile.text(r, "unit")),
                    enumOrNull(Qualifier.class, "qualifier", CsvFile.text(r, "qualifier")), enumOrNull(Status.class, "status", CsvFile.text(r, "status")),
                    decimal(r, "growth"), decimal(r, "growth_low"), decimal(r, "growth_high"),
                    enumOrNull(Qualifier.class, "growth_qualifier", CsvFile.text(r, "growth_qualifier")),
                    enumOrNull(GrowthBasis.class, "growth_basis", CsvFile.text(r, "growth_basis")),
                    CsvFile.text(r, "rank") == null ? null : Integer.valueOf(CsvFile.text(r, "rank")), decimal(r, "share"),
                    enumOrNull(Qualifier.class, "share_qualifier", CsvFile.text(r, "share_qualifier")), text(r, "quote", true),
                    text(r, "note", true),
                    r.isSet("mention") && CsvFile.text(r, "mention") != null
                            ? Boolean.valueOf(CsvFile.text(r, "mention")) : null).complete(null);
        } catch (RuntimeException e) {
            // The header is line 1, the first figure line 2 (for a file whose cells hold no line breaks).
            throw new IllegalArgumentException("Line " + (r.getRecordNumber() + 1) + " of the figures file: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A number as written, bounded before anything is computed from it (it is scaled by its magnitude next): at most
     * 20 integer digits and a few decimal places, so that {@code 1e1000000} is refused, not expanded.
     */
    private static BigDecimal decimal(CSVRecord r, String column) {
        String value = CsvFile.text(r, column);
        if (value == null) {
            return null;
        }
        if (value.length() > NUMBER_LENGTH) {
            throw new IllegalArgumentException(column + " is longer than " + NUMBER_LENGTH + " characters");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + shortened(value) + "'");
        }
        String unbounded = Bounds.size(number, Bounds.AMOUNT_DIGITS, Bounds.PERCENT_SCALE);
        if (unbounded != null) {
            throw new IllegalArgumentException(column + " " + unbounded);
        }
        return number;
    }

    /** A cell as a message quotes it: 20 characters at most, and none that display otherwise than they read. */
    private static String shortened(String value) {
        String start = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        return Bounds.text(start, 21, false) == null ? start : "(a text with control characters)";
    }

    private static int paragraph(CSVRecord r) {
        String value = CsvFile.text(r, "paragraph");
        if (value == null || !value.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("paragraph is a number from 1, not '" + shortened(value) + "'");
        }
        return Integer.parseInt(value);
    }

    /** A value of an enumeration by its name, with the names allowed in the message where it is none of them. */
    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String column, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(column + " is one of " + java.util.Arrays.toString(type.getEnumConstants())
                + ", not '" + shortened(value) + "'");
    }

    private static BigDecimal magnitude(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word) {
            case "thousand" -> BigDecimal.TEN.pow(3);
            case "million" -> BigDecimal.TEN.pow(6);
            case "billion" -> BigDecimal.TEN.pow(9);
            default -> throw new IllegalArgumentException("magnitude is thousand, million or billion, not '"
                    + shortened(word) + "'");
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
