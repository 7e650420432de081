package io.tradegraph.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Data files: RFC 4180 CSV with a header row, read by column name. */
public final class CsvFile {

    private CsvFile() {
    }

    public static <T> List<T> read(Reader csv, Function<CSVRecord, T> row) {
        return read(csv, List.of(), row);
    }

    /**
     * The rows of a file whose header line must name the columns given (IllegalArgumentException, naming those it
     * lacks, before any row is read).
     */
    public static <T> List<T> read(Reader csv, List<String> columns, Function<CSVRecord, T> row) {
        try {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv);
            List<String> missing = columns.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("the header line (line 1) lacks the columns " + String.join(", ",
                        missing));
            }
            return parser.stream().map(row).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column's text, or null where the cell is empty. */
    public static String text(CSVRecord row, String column) {
        // A column a file may leave out is read as empty.
        String value = row.isSet(column) ? row.get(column) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}
