package io.tradegraph.catalog;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.persistence.Database;

/**
 * The one way data are written: in one Hibernate Reactive transaction, all or nothing, and once it has committed,
 * with the catalog read again, so that the writer's next read sees the write (other replicas hear of it through
 * {@link ChangeListener}). Two writers adding the same thing at once is a conflict for the second, not an error of
 * the service.
 */
@ApplicationScoped
public class Writes {

    private static final Logger LOG = Logger.getLogger(Writes.class);

    private final Catalog catalog;
    private final Database database;

    public Writes(Catalog catalog, Database database) {
        this.catalog = catalog;
        this.database = database;
    }

    /**
     * Runs the work in a transaction. The catalog, which writes check their rows against, is read before the
     * transaction takes its connection, never while it holds one.
     */
    public <T> Uni<T> transaction(Supplier<Uni<T>> work) {
        // A race lost to a concurrent writer (the same new code, the same idempotency key) is run again once: it
        // then sees what the other wrote, and answers as if it had come second (unchanged, replayed, or a conflict
        // of revisions with a message that says which).
        return catalog.ready().chain(() -> Panache.withTransaction(work))
                .onFailure(Database::lostRace).retry().atMost(1)
                .onFailure().transform(database::classify)
                .call(this::refreshAfterCommit);
    }

    /**
     * The write has committed: it must not be reported failed because the catalog could not be read again just then
     * (the listener reads it again once PostgreSQL answers, see ChangeListener).
     */
    private Uni<Snapshot> refreshAfterCommit() {
        return catalog.refresh().onFailure().recoverWithItem(failure -> {
            LOG.warnf("A write committed, but the catalog could not be read again (%s); it will be when PostgreSQL "
                    + "answers", failure.getMessage());
            return null;
        });
    }

}
