package io.tradegraph.operations;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops one known false alarm: when acquiring a pooled connection fails (PostgreSQL down), the Vert.x SQL client
 * leaves its acquisition timer running, and when it fires it fails an already failed promise, which Vert.x logs
 * as an uncaught exception with its trace (eclipse-vertx/vertx-sql-client#1706). The caller has had its answer
 * (UNAVAILABLE) by then. Remove this filter once the client cancels the timer. Installed by
 * {@code quarkus.log.console.filter}.
 */
@LoggingFilter(name = "pool-timer-noise")
public final class PoolTimerNoise implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        return !(thrown instanceof IllegalStateException
                && "Result is already complete".equals(thrown.getMessage())
                && thrown.getStackTrace().length > 1
                && thrown.getStackTrace()[1].getClassName().equals("io.vertx.sqlclient.impl.pool.SqlConnectionPool"));
    }
}
