package io.tradegraph.figure;

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

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.catalog.Catalog;
import io.tradegraph.catalog.Snapshot;
import io.tradegraph.commodity.CommodityEntity;
import io.tradegraph.graphql.ClientError;
import io.tradegraph.graphql.ClientError.InvalidImport.Problem;
import io.tradegraph.market.MarketEntity;
import io.tradegraph.period.PeriodCode;
import io.tradegraph.period.PeriodEntity;
import io.tradegraph.period.PeriodRepository;
import io.tradegraph.province.AreaEntity;
import io.tradegraph.source.SourceEntity;

/**
 * The one way figures are written: imports (an editor's, a CSV file's, the seed's at start), revisions and
 * retractions. Each runs in the caller's transaction, checks every row first ({@link FigureRules}) and then writes
 * all of it or nothing. No value is overwritten: a changed figure gets a new revision and its predecessor is marked
 * superseded, guarded so that of two writers revising the same revision only one succeeds.
 */
@ApplicationScoped
public class FigureImporter {

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
    public Uni<FigureEntity> revise(String code, int readRevision, Function<FigureInput, FigureInput> change,
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
            FigureInput revised = change.apply(FigureInput.of(current)).complete(current.source.code);
            if (!revised.code().equals(code)) {
                throw new ClientError.InvalidArgument("A revision keeps the figure's code: '" + code + "', not '"
                        + revised.code() + "'.");
            }
            return checked(List.of(revised)).chain(() -> ensurePeriods(List.of(revised)))
                    .chain(() -> supersede(List.of(current)))
                    .chain(() -> Panache.getSession())
                    .chain(session -> {
                        FigureEntity next = entity(session, revised, current.revision + 1, author, reason);
                        next.retracted = retract;
                        return session.persist(next).replaceWith(next);
                    });
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
            for (FigureInput row : rows) {
                FigureEntity stored = current.get(row.code());
                if (stored == null) {
                    added.add(row.code());
                } else if (reason == null || (!stored.retracted && row.statesTheSameAs(FigureInput.of(stored)))) {
                    unchanged.add(row.code());
                } else {
                    revised.add(row.code());
                    superseded.add(stored);
                }
            }
            ImportReport report = new ImportReport(added, revised, unchanged, false);
            return supersede(superseded).chain(() -> Panache.getSession()).chain(session -> {
                List<FigureEntity> written = new ArrayList<>();
                for (FigureInput row : rows) {
                    FigureEntity stored = current.get(row.code());
                    if (stored == null) {
                        written.add(entity(session, row, 1, author, null));
                    } else if (revised.contains(row.code())) {
                        written.add(entity(session, row, stored.revision + 1, author, reason));
                    }
                }
                return session.persistAll(written.toArray()).replaceWith(report);
            });
        });
    }

    /** The revisions in force of the given figures, retracted ones included, with their references read. */
    private Uni<Map<String, FigureEntity>> inForce(Set<String> codes) {
        return figures.list("from FigureEntity f join fetch f.area join fetch f.period left join fetch f.commodity "
                + "left join fetch f.market join fetch f.source where f.code in ?1 and f.supersededAt is null", codes)
                .map(list -> list.stream().collect(Collectors.toMap(f -> f.code, Function.identity())));
    }

    /**
     * Marks revisions superseded now, each only if it still is in force: another writer who got there first leaves
     * one unmarked, and then this write fails whole with a conflict.
     */
    private Uni<Void> supersede(List<FigureEntity> revisions) {
        if (revisions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Long> ids = revisions.stream().map(f -> f.id).toList();
        return figures.update("supersededAt = current_timestamp where id in ?1 and supersededAt is null", ids)
                .invoke(marked -> {
                    if (marked != ids.size()) {
                        FigureEntity first = revisions.get(0);
                        throw new ClientError.Conflict("CONFLICT", "Another editor revised figure " + first.code
                                + (revisions.size() > 1 ? " (or another of this write's figures)" : "") + " while this "
                                + "write ran; nothing was written. Read the figures again and redo the change.");
                    }
                }).replaceWithVoid();
    }

    /** No figure has the code (UNKNOWN_CODE). */
    static ClientError.UnknownCode unknownFigure(String code) {
        return new ClientError.UnknownCode("figure", code, "Figure codes are the source's code and a number, e.g. 000-01.");
    }

    private static ClientError.Conflict conflict(String code, int current, int read) {
        return new ClientError.Conflict("CONFLICT", "Figure " + code + " is at revision " + current + ", not at revision "
                + read + " that this change was made to: someone revised it since. Read it again and redo the change.");
    }

    private Uni<Void> ensurePeriods(List<FigureInput> rows) {
        Set<String> codes = rows.stream().map(FigureInput::period).collect(Collectors.toSet());
        return periods.findByCodes(codes).chain(existing -> {
            Set<String> known = existing.stream().map(p -> p.code).collect(Collectors.toSet());
            List<PeriodEntity> created = codes.stream().filter(c -> !known.contains(c)).map(PeriodCode::parse).toList();
            return created.isEmpty() ? Uni.createFrom().voidItem()
                    : Panache.getSession().chain(session -> session.persistAll(created.toArray()));
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

    /** A new revision; the references are the rows' codes, checked against the catalog already. */
    private static FigureEntity entity(Mutiny.Session session, FigureInput row, int revision, String author, String reason) {
        FigureEntity f = new FigureEntity();
        f.code = row.code();
        f.revision = revision;
        f.recordedBy = author;
        f.reason = reason;
        f.area = session.getReference(AreaEntity.class, row.area());
        f.period = session.getReference(PeriodEntity.class, row.period());
        f.flow = row.flow();
        f.commodity = row.commodity() == null ? null : session.getReference(CommodityEntity.class, row.commodity());
        f.market = row.market() == null ? null : session.getReference(MarketEntity.class, row.market());
        f.amount = row.amount();
        f.amountLow = row.low();
        f.amountHigh = row.high();
        f.amountPrecision = row.precision();
        f.unit = row.unit();
        f.qualifier = row.qualifier();
        f.status = row.status();
        f.growthPct = row.growth();
        f.growthLow = row.growthLow();
        f.growthHigh = row.growthHigh();
        f.growthQualifier = row.growthQualifier();
        f.growthBasis = row.growthBasis();
        f.rank = row.rank();
        f.sharePct = row.share();
        f.shareQualifier = row.shareQualifier();
        f.source = session.getReference(SourceEntity.class, row.source());
        f.paragraph = row.paragraph();
        f.quote = row.quote();
        f.note = row.note();
        f.mention = Boolean.TRUE.equals(row.mention());
        return f;
    }
}
