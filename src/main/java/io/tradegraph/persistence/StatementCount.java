package io.tradegraph.persistence;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;

/**
 * The SQL statements a request has sent, counted on the request's own Vert.x context: {@link Database} counts each
 * statement, the edge starts the count when a request arrives and the metrics read it when it is answered.
 */
public final class StatementCount {

    private static final String KEY = "tradegraph.statements";

    private StatementCount() {
    }

    /** Starts counting the statements of the request being handled (on its own Vert.x context). */
    public static void begin() {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(KEY, new AtomicInteger());
        }
    }

    /** Counts a statement against the request whose context it runs on, if any (not at start, not health checks). */
    static void sent() {
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.<AtomicInteger> get(KEY).ifPresent(AtomicInteger::incrementAndGet);
        }
    }

    /** The statements the current request has sent, if it is counting. */
    public static OptionalInt current() {
        if (!VertxContext.isOnDuplicatedContext()) {
            return OptionalInt.empty();
        }
        return ContextLocals.<AtomicInteger> get(KEY).map(count -> OptionalInt.of(count.get())).orElse(OptionalInt.empty());
    }
}
