package io.tradegraph.figure;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;


import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.catalog.Catalog;
import io.tradegraph.catalog.Snapshot;
import io.tradegraph.graphql.ClientError;
import io.tradegraph.graphql.ClientError.InvalidImport.Problem;
import io.tradegraph.measure.Bounds;
import io.tradegraph.period.PeriodCode;
import io.tradegraph.period.PeriodEntity;
import io.tradegraph.period.PeriodRepository;
import io.tradegraph.source.SourceEntity;

/**
 * The one way figures are written: imports (an editor's, a CSV file's, the seed's at start), revisions and
 * retractions. Each runs in the caller's transaction, checks every row in memory first ({@link FigureRules}: sizes
 * before anything is computed, then the rules) and then writes all of it or nothing, set-based: a few statements
 * for thousands of rows. No value is overwritten: a changed figure gets a new revision and its predecessor is
 * marked superseded, guarded so that of two writers revising the same revision only one succeeds.
 */
@ApplicationScoped
public class FigureImporter {

    /** Codes one statement looks up, or revisions it marks superseded: a list of parameters, one each. */
    static final int ROWS_PER_STATEMENT = 1000;
    /** Periods one import may add: a year of months, quarters and years to date is 28. */
    private static final int NEW_PERIODS = 100;
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[!-~]{1,200}");

    private final FigureRepository figures;
    private final PeriodRepository periods;
    private final Catalog catalog;

    public FigureImporter(FigureRepository figures, PeriodRepository periods, Catalog catalog) {
        this.figures = figures;
        this.periods = periods;
        this.catalog = catalog;
    }

    /**
     * Adds the figures not stored yet, revises those stored with other values and leaves the rest; must run inside a
     * transaction. Under an idempotency key, the same rows again get the first report and the key with other rows is
     * refused.
     *
     * @param source the source of rows that name none (null when every row names its own)
     * @param reason why figures stored with other values are revised; null to keep them as they are (the seed's
     *        file, which must not undo editors' revisions of the figures it once added)
     */
    public Uni<ImportReport> importFigures(String source, List<FigureInput> input, String idempotencyKey, String author,
            String reason) {
        String unfitSource = Bounds.text(source, FigureRules.CODE_LENGTH, false);
        if (unfitSource != null) {
            throw new ClientError.InvalidArgument("'source' " + unfitSource + ".");
        }
        requireBounded(input);
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw new ClientError.InvalidArgument("'idempotencyKey' is 1 to 200 visible ASCII characters (letters, "
                    + "digits, punctuation; no spaces), e.g. a UUID.");
        }
        List<FigureInput> rows = input.stream().map(row -> row.complete(source)).toList();
        String digest = digest(source, rows);
        Uni<FigureImportEntity> earlier = idempotencyKey == null ? Uni.createFrom().nullItem()
                : Panache.getSession().chain(session -> session.find(FigureImportEntity.class, idempotencyKey));
        return earlier.chain(previous -> {
            if (previous != null) {
                if (!previous.digest.equals(digest)) {
                    throw new ClientError.Conflict("IDEMPOTENCY_KEY_REUSED", "The idempotency key '" + idempotencyKey
                            + "' was used for an import with other rows; use a new key for a new import.");
                }
                return Uni.createFrom().item(ImportReport.fromJson(previous.report).asReplayed());
            }
            return checked(rows).chain(() -> write(rows, author, reason))
                    .call(report -> idempotencyKey == null ? Uni.createFrom().voidItem()
                            : remember(idempotencyKey, digest, report, author));
        });
    }

    /**
     * Records a new revision of one figure, built from the one in force, which must be the revision the editor read;
     * must run inside a transaction.
     */
    public Uni<Void> revise(String code, int readRevision, Function<FigureInput, FigureInput> change,
            boolean retract, String author, String reason) {
        return inForce(Set.of(code)).chain(found -> {
            FigureEntity current = found.get(code);
            if (current == null) {
                throw unknownFigure(code);
            }
            if (current.revision != readRevision) {
                throw conflict(code, current.revision, readRevision);
            }
            if (retract && current.retracted) {
                throw new ClientError.InvalidArgument("Figure " + code + " is retracted already.");
            }
            FigureInput changed = change.apply(FigureInput.of(current));
            if (!retract) {
                // What the editor sent; a retraction keeps the values stored, whatever rules they were stored under.
                requireBounded(List.of(changed));
            }
            FigureInput revised = changed.complete(current.source.code);
            if (!revised.code().equals(code)) {
                throw new ClientError.InvalidArgument("A revision keeps the figure's code: '" + code + "', not '"
                        + revised.code() + "'.");
            }
            return checked(List.of(revised)).chain(() -> ensurePeriods(List.of(revised)))
                    .chain(() -> supersede(List.of(current)))
                    .chain(() -> insert(List.of(new Revision(revised, current.revision + 1, reason, retract)), author));
        });
    }

    /**
     * Checks the rows against the catalog (read before the transaction, see Writes) and the sources as this
     * transaction sees them (the seed adds its own).
     */
    private Uni<Void> checked(List<FigureInput> rows) {
        Set<String> sourceCodes = rows.stream().map(FigureInput::source).filter(c -> c != null).collect(Collectors.toSet());
        Snapshot known = catalog.current();
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery("from SourceEntity where code in :codes", SourceEntity.class)
                        .setParameter("codes", sourceCodes.isEmpty() ? Set.of("") : sourceCodes).getResultList())
                .invoke(sources -> {
                    Map<String, String> texts = new HashMap<>();
                    sources.forEach(source -> texts.put(source.code, source.body == null ? "" : source.body));
                    List<Problem> problems = FigureRules.problems(rows, known, texts);
                    if (!problems.isEmpty()) {
                        throw new ClientError.InvalidImport(problems);
                    }
                }).replaceWithVoid();
    }

    private Uni<ImportReport> write(List<FigureInput> rows, String author, String reason) {
        Set<String> codes = rows.stream().map(FigureInput::code).collect(Collectors.toSet());
        return ensurePeriods(rows).chain(() -> inForce(codes)).chain(current -> {
            List<String> added = new ArrayList<>();
            List<String> revised = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<FigureEntity> superseded = new ArrayList<>();
            List<Revision> written = new ArrayList<>();
            for (FigureInput row : rows) {
                FigureEntity stored = current.get(row.code());
                if (stored == null) {
                    added.add(row.code());
                    written.add(new Revision(row, 1, null, false));
                } else if (reason == null || (!stored.retracted && row.statesTheSameAs(FigureInput.of(stored)))) {
                    unchanged.add(row.code());
                } else {
                    revised.add(row.code());
                    superseded.add(stored);
                    written.add(new Revision(row, stored.revision + 1, reason, false));
                }
            }
            ImportReport report = new ImportReport(added, revised, unchanged, false);
            return supersede(superseded).chain(() -> insert(written, author)).replaceWith(report);
        });
    }

    /**
     * The revisions in force of the given figures, retracted ones included, with their references read: which of the
     * codes are stored is asked in one statement (the codes as one JSON parameter), and only those are read whole.
     * An import of new figures, the common case, costs one statement, not one per thousand codes.
     */
    private Uni<Map<String, FigureEntity>> inForce(Set<String> codes) {
        if (codes.size() == 1) {
            return read(codes);
        }
        JsonArrayBuilder list = JSON.createArrayBuilder();
        codes.forEach(list::add);
        return Panache.getSession().chain(session -> session.createNativeQuery("select code from figure where "
                + "superseded_at is null and code in (select jsonb_array_elements_text(cast(cast(?1 as text) as jsonb)))",
                String.class).setParameter(1, list.build().toString()).getResultList())
                .chain(stored -> read(Set.copyOf(stored)));
    }

    /** The revisions in force of figures known to be stored, read whole a thousand at a time. */
    private Uni<Map<String, FigureEntity>> read(Set<String> codes) {
        Map<String, FigureEntity> found = new HashMap<>();
        Uni<Void> read = Uni.createFrom().voidItem();
        for (List<String> chunk : chunks(List.copyOf(codes), ROWS_PER_STATEMENT)) {
            read = read.chain(() -> figures.list("from FigureEntity f join fetch f.area join fetch f.period left join "
                    + "fetch f.commodity left join fetch f.market join fetch f.source where f.code in ?1 and "
                    + "f.supersededAt is null", chunk).invoke(list -> list.forEach(f -> found.put(f.code, f)))
                    .replaceWithVoid());
        }
        return read.replaceWith(found);
    }

    /**
     * Marks revisions superseded now, each only if it still is in force: another writer who got there first leaves
     * one unmarked, and then this write fails whole with a conflict.
     */
    private Uni<Void> supersede(List<FigureEntity> revisions) {
        Uni<Void> marked = Uni.createFrom().voidItem();
        for (List<FigureEntity> chunk : chunks(revisions, ROWS_PER_STATEMENT)) {
            List<Long> ids = chunk.stream().map(f -> f.id).toList();
            marked = marked.chain(() -> figures.update("supersededAt = current_timestamp where id in ?1 and "
                    + "supersededAt is null", ids).invoke(count -> {
                        if (count != ids.size()) {
                            throw new ClientError.Conflict("CONFLICT", "Another editor revised figure " + chunk.get(0).code
                                    + (revisions.size() > 1 ? " (or another of this write's figures)" : "") + " while "
                                    + "this write ran; nothing was written. Read the figures again and redo the change.");
                        }
                    }).replaceWithVoid());
        }
        return marked;
    }

    /** A revision to record: a figure's values, its number, why it was made (null for a first) and whether it retracts. */
    private record Revision(FigureInput row, int number, String reason, boolean retracted) {
    }

    /**
     * The statement that inserts revisions, all of a chunk at once: they travel as one JSON parameter, which
     * PostgreSQL unpacks into rows (numbers as strings, so that each keeps its digits and scale exactly). One
     * statement shape and one parameter whatever the number of rows: one row a statement took 39,000 round trips
     * for a large file, and a parameter a value strained Hibernate's handling of parameters. The parameter is text,
     * cast: a parameter PostgreSQL takes for jsonb, the reactive client would send as one JSON string.
     */
    private static final String INSERT = "insert into figure (code, revision, recorded_by, reason, retracted, area_code, "
            + "period_code, flow, commodity_code, market_code, amount, amount_low, amount_high, amount_precision, unit, "
            + "qualifier, status, growth_pct, growth_low, growth_high, growth_qualifier, growth_basis, rank, share_pct, "
            + "share_qualifier, source_code, paragraph, quote, note, mention) "
            + "select code, revision, ?2, reason, retracted, area_code, period_code, flow, commodity_code, market_code, "
            + "amount, amount_low, amount_high, amount_precision, unit, qualifier, status, growth_pct, growth_low, "
            + "growth_high, growth_qualifier, growth_basis, rank, share_pct, share_qualifier, source_code, paragraph, "
            + "quote, note, mention from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as r(code text, revision integer, "
            + "reason text, retracted boolean, area_code text, period_code text, flow text, commodity_code text, "
            + "market_code text, amount numeric, amount_low numeric, amount_high numeric, amount_precision numeric, "
            + "unit text, qualifier text, status text, growth_pct numeric, growth_low numeric, growth_high numeric, "
            + "growth_qualifier text, growth_basis text, rank integer, share_pct numeric, share_qualifier text, "
            + "source_code text, paragraph integer, quote text, note text, mention boolean)";
    /** Rows one INSERT takes: its JSON stays near a megabyte, its run well within the statement timeout. */
    static final int ROWS_PER_INSERT = 5000;
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Inserts revisions set-based ({@link #INSERT}), in the session's transaction. */
    private static Uni<Void> insert(List<Revision> revisions, String author) {
        Uni<Void> inserted = Uni.createFrom().voidItem();
        for (List<Revision> chunk : chunks(revisions, ROWS_PER_INSERT)) {
            inserted = inserted.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                    .setParameter(1, json(chunk)).setParameter(2, author).executeUpdate()).replaceWithVoid());
        }
        return inserted;
    }

    /** The revisions as the JSON array {@link #INSERT} unpacks: an object a row, with the table's column names. */
    private static String json(List<Revision> revisions) {
        StringWriter text = new StringWriter(revisions.size() * 400);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            for (Revision revision : revisions) {
                FigureInput row = revision.row();
                json.writeStartObject().write("code", row.code()).write("revision", revision.number())
                        .write("retracted", revision.retracted()).write("paragraph", row.paragraph())
                        .write("mention", Boolean.TRUE.equals(row.mention()));
                text(json, "reason", revision.reason());
                text(json, "area_code", row.area());
                text(json, "period_code", row.period());
                text(json, "flow", row.flow());
                text(json, "commodity_code", row.commodity());
                text(json, "market_code", row.market());
                number(json, "amount", row.amount());
                number(json, "amount_low", row.low());
                number(json, "amount_high", row.high());
                number(json, "amount_precision", row.precision());
                text(json, "unit", row.unit());
                text(json, "qualifier", row.qualifier());
                text(json, "status", row.status());
                number(json, "growth_pct", row.growth());
                number(json, "growth_low", row.growthLow());
                number(json, "growth_high", row.growthHigh());
                text(json, "growth_qualifier", row.growthQualifier());
                text(json, "growth_basis", row.growthBasis());
                if (row.rank() != null) {
                    json.write("rank", row.rank().intValue());
                }
                number(json, "share_pct", row.share());
                text(json, "share_qualifier", row.shareQualifier());
                text(json, "source_code", row.source());
                text(json, "quote", row.quote());
                text(json, "note", row.note());
                json.writeEnd();
            }
            json.writeEnd();
        }
        return text.toString();
    }

    /** A text or a name, left out where null (a column the JSON leaves out is null). */
    private static void text(JsonGenerator json, String column, Object value) {
        if (value != null) {
            json.write(column, value instanceof Enum<?> name ? name.name() : value.toString());
        }
    }

    /** A number as its digits, exactly as held: toPlainString, never an exponent. */
    private static void number(JsonGenerator json, String column, BigDecimal value) {
        if (value != null) {
            json.write(column, value.toPlainString());
        }
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** Refuses rows whose numbers or texts are out of bounds, before anything is computed from them. */
    private static void requireBounded(List<FigureInput> rows) {
        List<Problem> problems = FigureRules.unbounded(rows);
        if (!problems.isEmpty()) {
            throw new ClientError.InvalidImport(problems);
        }
    }

    /** No figure has the code (UNKNOWN_CODE). */
    static ClientError.UnknownCode unknownFigure(String code) {
        return new ClientError.UnknownCode("figure", code, "Figure codes are the source's code and a number, e.g. 000-01.");
    }

    private static ClientError.Conflict conflict(String code, int current, int read) {
        return new ClientError.Conflict("CONFLICT", "Figure " + code + " is at revision " + current + ", not at revision "
                + read + " that this change was made to: someone revised it since. Read it again and redo the change.");
    }

    /** Adds the periods the rows name that are not stored yet; two writers adding the same one both go on. */
    private Uni<Void> ensurePeriods(List<FigureInput> rows) {
        Set<String> codes = rows.stream().map(FigureInput::period).collect(Collectors.toSet());
        return periods.findByCodes(codes).chain(existing -> {
            Set<String> known = existing.stream().map(p -> p.code).collect(Collectors.toSet());
            if (codes.size() - known.size() > NEW_PERIODS) {
                throw new ClientError.InvalidArgument("The import names " + (codes.size() - known.size()) + " periods "
                        + "not stored yet; one import may add at most " + NEW_PERIODS + ". Split it.");
            }
            Uni<Void> added = Uni.createFrom().voidItem();
            for (String code : codes) {
                if (!known.contains(code)) {
                    PeriodEntity period = PeriodCode.parse(code);
                    added = added.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                            "insert into period (code, kind, first_day, last_day, label) values (?1, ?2, ?3, ?4, ?5) "
                                    + "on conflict do nothing")
                            .setParameter(1, period.code).setParameter(2, period.kind.name())
                            .setParameter(3, period.firstDay).setParameter(4, period.lastDay)
                            .setParameter(5, period.label).executeUpdate()).replaceWithVoid());
                }
            }
            return added;
        });
    }

    private static Uni<Void> remember(String key, String digest, ImportReport report, String author) {
        FigureImportEntity run = new FigureImportEntity();
        run.idempotencyKey = key;
        run.digest = digest;
        run.report = report.toJson();
        run.recordedBy = author;
        return Panache.getSession().chain(session -> session.persist(run));
    }

    /** The rows as the import states them, so that the same key with the same rows is recognised. */
    private static String digest(String source, List<FigureInput> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(source).getBytes(StandardCharsets.UTF_8));
            rows.forEach(row -> sha.update(row.toString().getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
