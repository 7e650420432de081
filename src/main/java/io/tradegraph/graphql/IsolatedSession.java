package io.tradegraph.graphql;

import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs database work in a Vert.x context and Hibernate Reactive session of its own, and reports unexpected
 * failures as {@link ServerError} (logged here, never shown to the client).
 * <p>
 * Why: graphql-java resolves sibling fields concurrently on one Vert.x context, and Hibernate Reactive keeps one
 * session per context, so two aliased root fields would otherwise share a session that is not safe for concurrent
 * use (quarkusio/quarkus#32870).
 */
public final class IsolatedSession {

    private static final Logger LOG = Logger.getLogger(IsolatedSession.class);

    private IsolatedSession() {
    }

    public static <T> Uni<T> run(String what, Supplier<Uni<T>> work) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return withOwnSession(what, work);
        }
        Context isolated = VertxContext.createNewDuplicatedContext(caller);
        VertxContextSafetyToggle.setContextSafe(isolated, true);
        return Uni.createFrom().<T> emitter(emitter -> isolated.runOnContext(ignored -> withOwnSession(what, work)
                .subscribe().with(emitter::complete, emitter::fail)))
                .emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    /**
     * Runs work that reads through the SQL client only, outside any session (see {@link Resolver#session()}),
     * reporting failures like {@link #run}.
     */
    public static <T> Uni<T> withoutSession(String what, Supplier<Uni<T>> work) {
        return reported(what, Uni.createFrom().<T> deferred(work::get));
    }

    private static <T> Uni<T> withOwnSession(String what, Supplier<Uni<T>> work) {
        return reported(what, Panache.withSession(() -> Uni.createFrom().<T> deferred(work::get)));
    }

    private static <T> Uni<T> reported(String what, Uni<T> work) {
        return work.onFailure(failure -> !(failure instanceof ClientError || failure instanceof ServerError)).transform(failure -> {
            LOG.errorf(failure, "GraphQL resolver %s failed", what);
            return new ServerError();
        });
    }
}
