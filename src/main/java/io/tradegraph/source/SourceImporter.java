package io.tradegraph.source;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVRecord;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.persistence.CsvFile;

/** Adds the sources of a CSV file (code, seed_file, publisher, attributed_to, title, published_on) not yet stored. */
@ApplicationScoped
public class SourceImporter {

    private final SourceRepository sources;

    public SourceImporter(SourceRepository sources) {
        this.sources = sources;
    }

    public static List<SourceEntity> read(Reader csv) {
        return CsvFile.read(csv, SourceImporter::source);
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
        source.publisher = CsvFile.text(row, "publisher");
        source.attributedTo = CsvFile.text(row, "attributed_to");
        source.title = row.get("title");
        String published = CsvFile.text(row, "published_on");
        source.publishedOn = published == null ? null : LocalDate.parse(published);
        return source;
    }
}
