package io.tradegraph.persistence;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The one way data are written: in one Hibernate Reactive transaction, all or nothing, and once it has committed,
 * every {@link AfterCommit} listener is told (the catalog reads itself again, so that the writer's next read sees the
 * write; other replicas hear of it through PostgreSQL's notifications). Work that runs inside a transaction already
 * (the seed's, which adds sources and figures at once) joins it. Two writers adding the same thing at once is a
 * conflict for the second, not an error of the service.
 */
@ApplicationScoped
public class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class);
    /** Set on the request's context while its transaction runs. */
    private static final String OPEN = "tradegraph.transaction";

    /** Told once a transaction has committed; a failure is logged, never reported as the write's. */
    public interface AfterCommit {
        Uni<?> committed();
    }

    private final Database database;
    private final Instance<AfterCommit> listeners;

    public Transactions(Database database, Instance<AfterCommit> listeners) {
        this.database = database;
        this.listeners = listeners;
    }

    /**
     * Runs the work in a transaction of its own, or in the one it is called from. The mark that a transaction is
     * open is set and removed on the context the write began on, whichever context a cancellation arrives on.
     */
    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        Context context = Vertx.currentContext();
        if (context == null || !VertxContext.isDuplicatedContext(context)) {
            return Uni.createFrom().failure(new IllegalStateException("A write runs on a request's own Vert.x context"));
        }
        if (context.getLocal(OPEN) != null) {
            return Uni.createFrom().deferred(work::get);
        }
        // A race lost to a concurrent writer (the same new code, the same idempotency key) is run again once: it
        // then sees what the other wrote, and answers as if it had come second (unchanged, replayed, or a conflict
        // of revisions with a message that says which).
        return Uni.createFrom().deferred(() -> {
            context.putLocal(OPEN, Boolean.TRUE);
            return Panache.withTransaction(work);
        }).eventually(() -> context.removeLocal(OPEN))
                .onFailure(Database::lostRace).retry().atMost(1)
                .onFailure().transform(database::classify)
                .call(this::committed);
    }

    /** The write has committed: it must not be reported failed because a listener failed just then. */
    private Uni<Void> committed() {
        Uni<Void> told = Uni.createFrom().voidItem();
        for (AfterCommit listener : listeners) {
            told = told.call(() -> Uni.createFrom().deferred(listener::committed).onFailure().recoverWithItem(failure -> {
                LOG.warnf("A write committed, but %s failed after it (%s)", listener.getClass().getSimpleName(),
                        failure.getMessage());
                return null;
            }));
        }
        return told;
    }
}
