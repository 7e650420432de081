package io.tradegraph.source;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Adds the sources of a CSV file (code, seed_file, publisher, attributed_to, title, published_on) not yet stored. */
@ApplicationScoped
public class SourceImporter {

    private final SourceRepository sources;

    public SourceImporter(SourceRepository sources) {
        this.sources = sources;
    }

    public static List<SourceEntity> read(Reader csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv).stream()
                    .map(SourceImporter::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Must run inside a transaction; returns the number of sources added. */
    public Uni<Integer> importMissing(List<SourceEntity> rows) {
        return sources.listAll().flatMap(existing -> {
            Set<String> known = existing.stream().map(s -> s.code).collect(Collectors.toSet());
            List<SourceEntity> missing = rows.stream().filter(s -> !known.contains(s.code)).toList();
            return Panache.getSession().chain(session -> session.persistAll(missing.toArray())).replaceWith(missing.size());
        });
    }

    private static SourceEntity source(CSVRecord row) {
        SourceEntity source = new SourceEntity();
        source.code = row.get("code");
        source.seedFile = row.get("seed_file");
        source.publisher = blankToNull(row.get("publisher"));
        source.attributedTo = blankToNull(row.get("attributed_to"));
        source.title = row.get("title");
        String published = blankToNull(row.get("published_on"));
        source.publishedOn = published == null ? null : LocalDate.parse(published);
        return source;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
