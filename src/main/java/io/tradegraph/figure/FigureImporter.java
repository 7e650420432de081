package io.tradegraph.figure;

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

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError.InvalidImport.Problem;
import io.tradegraph.core.ClientError;
import io.tradegraph.figure.FigureRepository.Revision;
import io.tradegraph.figure.FigureRepository.StoredRevision;
import io.tradegraph.measure.Bounds;
import io.tradegraph.persistence.Transactions;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.PeriodCode;
import io.tradegraph.reference.PeriodEntity;
import io.tradegraph.reference.PeriodRepository;
import io.tradegraph.reference.Snapshot;
import io.tradegraph.reference.SourceEntity;

/**
 * The one way figures are written: imports (an editor's, a CSV file's, the seed's at start), revisions and
 * retractions. Each runs in a transaction ({@link Transactions}), checks every row in memory first ({@link FigureRules}: sizes
 * before anything is computed, then the rules) and then writes all of it or nothing, set-based: a few statements
 * for thousands of rows. No value is overwritten: a changed figure gets a new revision and its predecessor is
 * marked superseded, guarded so that of two writers revising the same revision only one succeeds.
 */
@ApplicationScoped
public class FigureImporter {

    /** Periods one import may add: a year of months, quarters and years to date is 28. */
    private static final int NEW_PERIODS = 100;
    private static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[!-~]{1,200}");

    private final FigureRepository figures;
    private final PeriodRepository periods;
    private final Catalog catalog;
    private final Transactions transactions;

    public FigureImporter(FigureRepository figures, PeriodRepository periods, Catalog catalog, Transactions transactions) {
        this.figures = figures;
        this.periods = periods;
        this.catalog = catalog;
        this.transactions = transactions;
    }

    /**
     * Adds the figures not stored yet, revises those stored with other values and leaves the rest, in a transaction
     * (of its own, or the caller's). Under an idempotency key, the same rows again get the first report and the key with other rows is
     * refused.
     *
     * @param source the source of rows that name none (null when every row names its own)
     * @param reason why figures stored with other values are revised; null to keep them as they are (the seed's
     *        file, which must not undo editors' revisions of the figures it once added)
     */
    public Uni<ImportReport> importFigures(String source, List<FigureInput> input, String idempotencyKey, String author,
            String reason) {
        return catalog.ready().chain(() -> transactions.run(() -> importInTransaction(source, input, idempotencyKey,
                author, reason)));
    }

    private Uni<ImportReport> importInTransaction(String source, List<FigureInput> input, String idempotencyKey,
            String author, String reason) {
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
     * Records a new revision of one figure, built from the one in force, which must be the revision the editor read,
     * in a transaction (of its own, or the caller's).
     */
    public Uni<Void> revise(String code, int readRevision, Function<FigureInput, FigureInput> change,
            boolean retract, String author, String reason) {
        return catalog.ready().chain(() -> transactions.run(() -> reviseInTransaction(code, readRevision, change,
                retract, author, reason)));
    }

    private Uni<Void> reviseInTransaction(String code, int readRevision, Function<FigureInput, FigureInput> change,
            boolean retract, String author, String reason) {
        return figures.inForce(Set.of(code)).chain(found -> {
            StoredRevision current = found.get(code);
            if (current == null) {
                throw unknownFigure(code);
            }
            if (current.revision() != readRevision) {
                throw conflict(code, current.revision(), readRevision);
            }
            if (retract && current.retracted()) {
                throw new ClientError.InvalidArgument("Figure " + code + " is retracted already.");
            }
            FigureInput changed = change.apply(current.figure());
            if (!retract) {
                // What the editor sent; a retraction keeps the values stored, whatever rules they were stored under.
                requireBounded(List.of(changed));
            }
            FigureInput revised = changed.complete(current.figure().source());
            if (!revised.code().equals(code)) {
                throw new ClientError.InvalidArgument("A revision keeps the figure's code: '" + code + "', not '"
                        + revised.code() + "'.");
            }
            return checked(List.of(revised)).chain(() -> ensurePeriods(List.of(revised)))
                    .chain(() -> figures.supersede(List.of(current)))
                    .chain(() -> figures.insert(List.of(new Revision(revised, current.revision() + 1, reason, retract)), author));
        });
    }

    /**
     * Checks the rows against the catalog (read before the transaction) and the sources as this
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
        return ensurePeriods(rows).chain(() -> figures.inForce(codes)).chain(current -> {
            List<String> added = new ArrayList<>();
            List<String> revised = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            List<StoredRevision> superseded = new ArrayList<>();
            List<Revision> written = new ArrayList<>();
            for (FigureInput row : rows) {
                StoredRevision stored = current.get(row.code());
                if (stored == null) {
                    added.add(row.code());
                    written.add(new Revision(row, 1, null, false));
                } else if (reason == null || (!stored.retracted() && FigureColumns.same(row, stored.figure()))) {
                    unchanged.add(row.code());
                } else {
                    revised.add(row.code());
                    superseded.add(stored);
                    written.add(new Revision(row, stored.revision() + 1, reason, false));
                }
            }
            ImportReport report = new ImportReport(added, revised, unchanged, false);
            return figures.supersede(superseded).chain(() -> figures.insert(written, author)).replaceWith(report);
        });
    }

    /** Refuses rows whose numbers or texts are out of bounds, before anything is computed from them. */
    private static void requireBounded(List<FigureInput> rows) {
        List<Problem> problems = FigureRules.unbounded(rows);
        if (!problems.isEmpty()) {
            throw new ClientError.InvalidImport(problems);
        }
    }

    /** No figure has the code (UNKNOWN_CODE). */
    public static ClientError.UnknownCode unknownFigure(String code) {
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

    /**
     * The rows as the import states them, so that the same key with the same rows is recognised: each field it
     * states, by name. A field added to the description later, which these rows leave null, changes nothing.
     */
    private static String digest(String source, List<FigureInput> rows) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(source).getBytes(StandardCharsets.UTF_8));
            for (FigureInput row : rows) {
                StringBuilder stated = new StringBuilder("\n");
                for (FigureColumns.Field field : FigureColumns.ALL) {
                    Object value = field.of(row);
                    if (value != null) {
                        stated.append(field.name()).append('=')
                                .append(value instanceof BigDecimal number ? number.toPlainString() : value).append(';');
                    }
                }
                sha.update(stated.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
