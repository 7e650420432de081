package io.tradegraph.reference;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVRecord;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.measure.Bounds;
import io.tradegraph.persistence.CsvFile;
import io.tradegraph.persistence.Transactions;

/**
 * Writes sources: those an editor adds, and those of the seed's CSV file (code, seed_file, publisher, attributed_to,
 * title, published_on) not yet stored.
 */
@ApplicationScoped
public class SourceImporter {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");
    /** An article's text: the longest the press publishes is a few tens of thousands of characters. */
    private static final int TEXT_LENGTH = 200_000;

    private final SourceRepository sources;
    private final Transactions transactions;
    private final Catalog catalog;

    public SourceImporter(SourceRepository sources, Transactions transactions, Catalog catalog) {
        this.sources = sources;
        this.transactions = transactions;
        this.catalog = catalog;
    }

    public static List<SourceEntity> read(Reader csv) {
        return CsvFile.read(csv, SourceImporter::source);
    }

    /**
     * Adds a source an editor gives, or finds it stored alike (so that sending it again changes nothing), in a
     * transaction.
     */
    public Uni<Void> add(SourceInput input, String author) {
        List<String> problems = new ArrayList<>();
        if (!CODE.matcher(input.code()).matches()) {
            problems.add("'code' is letters, digits and underscores, 1 to 40 of them");
        }
        if (input.title().isBlank()) {
            problems.add("'title' is empty");
        }
        check(problems, "title", Bounds.text(input.title(), 500, false));
        check(problems, "publisher", Bounds.text(input.publisher(), 200, false));
        check(problems, "attributedTo", Bounds.text(input.attributedTo(), 200, false));
        check(problems, "url", Bounds.text(input.url(), 2000, false));
        check(problems, "text", Bounds.text(input.text(), TEXT_LENGTH, true));
        check(problems, "publishedOn", Bounds.date(input.publishedOn()));
        if (input.url() != null && !input.url().matches("https?://\\S+")) {
            problems.add("'url' must be an http or https URL");
        }
        if (input.text().isBlank()) {
            problems.add("'text' is empty: figures are checked against it");
        }
        if (!problems.isEmpty()) {
            throw new ClientError.InvalidArgument("The source cannot be added: " + String.join("; ", problems) + ".");
        }
        // The catalog first, as every write: the answer reads the source from it once the write has committed.
        return catalog.ready().chain(() -> transactions.run(() -> sources.findById(input.code()).chain(stored -> {
            if (stored != null) {
                if (!sameAs(stored, input)) {
                    throw new ClientError.Conflict("CONFLICT", "A source with the code '" + input.code() + "' is stored "
                            + "already with other details; choose another code.");
                }
                return Uni.createFrom().voidItem();
            }
            SourceEntity source = new SourceEntity();
            source.code = input.code();
            source.publisher = input.publisher();
            source.attributedTo = input.attributedTo();
            source.title = input.title();
            source.publishedOn = input.publishedOn();
            source.url = input.url();
            source.body = input.text();
            source.recordedBy = author;
            return sources.persist(source).replaceWithVoid();
        })));
    }

    private static void check(List<String> problems, String field, String reason) {
        if (reason != null) {
            problems.add("'" + field + "' " + reason);
        }
    }

    private static boolean sameAs(SourceEntity stored, SourceInput input) {
        return Objects.equals(stored.publisher, input.publisher()) && Objects.equals(stored.attributedTo, input.attributedTo())
                && stored.title.equals(input.title()) && Objects.equals(stored.publishedOn, input.publishedOn())
                && Objects.equals(stored.url, input.url()) && Objects.equals(stored.body, input.text());
    }

    /** Adds the sources not stored yet, in a transaction (the seed's); returns the number added. */
    public Uni<Integer> importMissing(List<SourceEntity> rows) {
        return transactions.run(() -> sources.listAll().flatMap(existing -> {
            Set<String> known = existing.stream().map(s -> s.code).collect(Collectors.toSet());
            List<SourceEntity> missing = rows.stream().filter(s -> !known.contains(s.code)).toList();
            return Panache.getSession().chain(session -> session.persistAll(missing.toArray())).replaceWith(missing.size());
        }));
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
