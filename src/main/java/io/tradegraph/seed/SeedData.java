package io.tradegraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.figure.FigureColumns;
import io.tradegraph.figure.FigureCsv;
import io.tradegraph.figure.FigureImporter;
import io.tradegraph.figure.FigureInput;
import io.tradegraph.measure.Status;
import io.tradegraph.persistence.CsvFile;
import io.tradegraph.persistence.Transactions;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.SourceEntity;
import io.tradegraph.reference.SourceImporter;

/**
 * Loads the figures of the articles ({@code data/sources.csv}, {@code data/figures.csv}) at start, through the
 * import editors use, adding the figures not stored yet: starting again adds nothing, and a figure stored is never
 * changed by the file (editors may have revised it since). Then applies {@code data/corrections.csv}, each once: they
 * are revisions, so each figure's history shows what the article was first read as, and why that changed.
 */
@ApplicationScoped
public class SeedData {

    private static final Logger LOG = Logger.getLogger(SeedData.class);
    /** Serialises loaders when several replicas start against one empty database. */
    private static final long LOCK_KEY = 0x7472616465L;
    /** The author of the seed's revisions. */
    private static final String AUTHOR = "seed";

    private final SourceImporter sources;
    private final FigureImporter figures;
    private final Catalog catalog;
    private final Transactions transactions;
    private final boolean enabled;

    public SeedData(SourceImporter sources, FigureImporter figures, Catalog catalog, Transactions transactions,
            @ConfigProperty(name = "tradegraph.seed.enabled") boolean enabled) {
        this.sources = sources;
        this.figures = figures;
        this.catalog = catalog;
        this.transactions = transactions;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (enabled) {
            Loaded loaded = load();
            LOG.infof("Seed data: %d sources and %d figures added (figures stored already are kept as they are)",
                    loaded.sources(), loaded.figures());
        }
    }

    public record Loaded(int sources, int figures) {
    }

    /**
     * Blocks until the data are stored and the catalog read again (which moves the data version on, like every
     * write); call it from a worker or the main thread, never from the event loop.
     */
    public Loaded load() throws Throwable {
        List<SourceEntity> sourceRows = read("data/sources.csv", SourceImporter::read);
        List<FigureInput> figureRows = read("data/figures.csv", FigureCsv::read);
        List<Correction> corrections = read("data/corrections.csv", csv -> CsvFile.read(csv, Correction::of));
        return VertxContextSupport.subscribeAndAwait(() -> catalog.ready().chain(() -> transactions.run(() -> lock()
                .chain(() -> sources.importMissing(sourceRows))
                .flatMap(addedSources -> figures.importFigures(null, figureRows, null, AUTHOR, null)
                        .call(() -> correct(corrections))
                        .map(report -> new Loaded(addedSources, report.added().size()))))));
    }

    /**
     * A correction of a seed figure found when the data were read against the articles: a retraction, or a new
     * status, made to the revision first recorded, so that its history shows what was stated and why it changed.
     */
    record Correction(String code, int revision, boolean retract, Status status, String reason) {
        static Correction of(CSVRecord row) {
            String status = CsvFile.text(row, "status");
            return new Correction(row.get("code"), Integer.parseInt(row.get("revision")),
                    switch (row.get("action")) {
                        case "RETRACT" -> true;
                        case "REVISE" -> false;
                        default -> throw new IllegalArgumentException("Correction of " + row.get("code")
                                + ": the action is RETRACT or REVISE, not " + row.get("action"));
                    }, status == null ? null : Status.valueOf(status), row.get("reason"));
        }

        FigureInput applyTo(FigureInput figure) {
            return status == null ? figure : FigureColumns.with(figure, "status", status);
        }
    }

    /** Applies each correction once: a figure no longer at the revision it corrects has had it (or a later one). */
    private Uni<Void> correct(List<Correction> corrections) {
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (Correction correction : corrections) {
            applied = applied.chain(() -> figures.revise(correction.code(), correction.revision(), correction::applyTo,
                    correction.retract(), AUTHOR, correction.reason())
                    .onFailure(ClientError.Conflict.class).recoverWithNull().replaceWithVoid());
        }
        return applied;
    }

    private static Uni<Object> lock() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(" + LOCK_KEY + ")) as locked")
                .getSingleResult());
    }

    private static <T> List<T> read(String resource, Function<Reader, List<T>> parser) {
        try (InputStream in = SeedData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return parser.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
