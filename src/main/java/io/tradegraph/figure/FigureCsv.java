package io.tradegraph.figure;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.tradegraph.measure.Bounds;
import io.tradegraph.persistence.CsvFile;

/**
 * The layout of {@code data/figures.csv}: one figure a row, amounts as the article writes them with a magnitude
 * word (34.5 and billion), from which the precision written is known, or in whole units with the precision in a
 * column of its own, as the export writes them. Exported files add the revision and when it was recorded
 * (provenance, which an import ignores), so that an export imported again changes nothing.
 */
public final class FigureCsv {

    private static final String PRECISION = "precision";
    private static final String MAGNITUDE = "magnitude";
    /**
     * The columns of a file, in its order: a field of {@link FigureInput} each, named in snake case, where a seed file
     * writes the magnitude word of its amounts in the place of the precision (which the magnitude implies).
     */
    public static final List<String> COLUMNS = FigureColumns.ALL.stream()
            .map(field -> field.name().equals(PRECISION) ? MAGNITUDE : field.csv()).toList();
    /** The columns a file must have; the others may be left out (a seed file has no magnitude-free precision). */
    private static final List<String> REQUIRED_COLUMNS = List.of("code", "source", "paragraph", "area", "period",
            "flow", "amount", "unit", "status", "quote");
    /** What an export adds: the precision in whole units, and which revision it is, recorded when. */
    static final List<String> EXPORT_COLUMNS = List.of(PRECISION, "revision", "recorded_at");

    public static final String MEDIA_TYPE = "text/csv";
    /** Characters of a number cell: 18 digits, a point, decimals and a sign, with room to spare. */
    private static final int NUMBER_LENGTH = 40;

    private FigureCsv() {
    }

    /** The header line of an export. */
    public static String header() {
        return row(java.util.stream.Stream.concat(COLUMNS.stream(), EXPORT_COLUMNS.stream()).map(c -> (Object) c).toList());
    }

    /** A stored revision as a line of an export, amounts in whole units (no magnitude), text cells escaped. */
    public static String line(FigureRepository.Stated stated) {
        List<Object> cells = new java.util.ArrayList<>(COLUMNS.size() + EXPORT_COLUMNS.size());
        for (FigureColumns.Field field : FigureColumns.ALL) {
            Object value = field.name().equals(PRECISION) ? null : field.of(stated.figure());
            cells.add(value instanceof String text ? cell(text) : value instanceof BigDecimal number ? plain(number) : value);
        }
        cells.add(plain(stated.figure().precision()));
        cells.add(stated.revision());
        cells.add(stated.recordedAt());
        return row(cells);
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

    /**
     * A line as the figure it states, each field from its column by its type: texts as written (codes without
     * surrounding spaces), numbers bounded before amounts are scaled by the magnitude, names of enumerations checked.
     */
    private static FigureInput row(CSVRecord r) {
        try {
            BigDecimal scale = magnitude(CsvFile.text(r, MAGNITUDE));
            Object[] values = new Object[FigureColumns.ALL.size()];
            for (FigureColumns.Field field : FigureColumns.ALL) {
                values[field.index()] = cell(r, field, scale);
            }
            FigureColumns.Field precision = FigureColumns.field(PRECISION);
            if (values[precision.index()] == null) {
                BigDecimal written = decimal(r, "amount") != null ? decimal(r, "amount") : decimal(r, "low");
                values[precision.index()] = precision(written, scale);
            }
            return FigureColumns.construct(values).complete(null);
        } catch (RuntimeException e) {
            // The header is line 1, the first figure line 2 (for a file whose cells hold no line breaks).
            throw new IllegalArgumentException("Line " + (r.getRecordNumber() + 1) + " of the figures file: "
                    + e.getMessage(), e);
        }
    }

    /** A field's cell; an amount scaled by the line's magnitude, the precision (in whole units) as written. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object cell(CSVRecord r, FigureColumns.Field field, BigDecimal scale) {
        String column = field.csv();
        Class<?> type = field.type();
        if (type == String.class) {
            return text(r, column, field.provenance());
        }
        if (type == BigDecimal.class) {
            BigDecimal number = r.isSet(column) ? decimal(r, column) : null;
            return field.bound() == Column.Bound.AMOUNT && !field.name().equals(PRECISION) ? scaled(number, scale) : number;
        }
        if (type == int.class) {
            return count(r, column);
        }
        String value = r.isSet(column) ? CsvFile.text(r, column) : null;
        if (value == null) {
            return null;
        }
        if (type == Integer.class) {
            return count(r, column);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(value);
        }
        return enumOrNull((Class) type, column, value);
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

    /** A count (a paragraph, a rank), bounded by its digits before it is parsed. */
    private static int count(CSVRecord r, String column) {
        String value = r.isSet(column) ? CsvFile.text(r, column) : null;
        if (value == null || !value.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException(column + " is a number from 1, not '" + shortened(value) + "'");
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
