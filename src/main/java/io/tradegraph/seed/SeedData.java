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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.tradegraph.catalog.Writes;
import io.tradegraph.figure.FigureCsv;
import io.tradegraph.figure.FigureInput;
import io.tradegraph.figure.FigureImporter;
import io.tradegraph.source.SourceEntity;
import io.tradegraph.source.SourceImporter;

/**
 * Loads the figures of the articles ({@code data/sources.csv}, {@code data/figures.csv}) at start, through the
 * import editors use: figures stored alike are left alone, so starting again adds nothing, and a figure the file
 * states otherwise than stored gets a revision.
 */
@ApplicationScoped
public class SeedData {

    private static final Logger LOG = Logger.getLogger(SeedData.class);
    /** Serialises loaders when several replicas start against one empty database. */
    private static final long LOCK_KEY = 0x7472616465L;
    /** The author of the seed's revisions. */
    private static final String AUTHOR = "seed";
    private static final String REVISED = "The seed data file states it otherwise";

    private final SourceImporter sources;
    private final FigureImporter figures;
    private final Writes writes;
    private final boolean enabled;

    public SeedData(SourceImporter sources, FigureImporter figures, Writes writes,
            @ConfigProperty(name = "tradegraph.seed.enabled") boolean enabled) {
        this.sources = sources;
        this.figures = figures;
        this.writes = writes;
        this.enabled = enabled;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        if (enabled) {
            Loaded loaded = load();
            LOG.infof("Seed data: %d sources and %d figures added, %d figures revised (rows stored alike are kept)",
                    loaded.sources(), loaded.figures(), loaded.revisedFigures());
        }
    }

    public record Loaded(int sources, int figures, int revisedFigures) {
    }

    /**
     * Blocks until the data are stored and the catalog read again (which moves the data version on, like every
     * write); call it from a worker or the main thread, never from the event loop.
     */
    public Loaded load() throws Throwable {
        List<SourceEntity> sourceRows = read("data/sources.csv", SourceImporter::read);
        List<FigureInput> figureRows = read("data/figures.csv", FigureCsv::read);
        return VertxContextSupport.subscribeAndAwait(() -> writes.transaction(() -> lock()
                .chain(() -> sources.importMissing(sourceRows))
                .flatMap(addedSources -> figures.importFigures(null, figureRows, null, AUTHOR, REVISED)
                        .map(report -> new Loaded(addedSources, report.added().size(), report.revised().size())))));
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
