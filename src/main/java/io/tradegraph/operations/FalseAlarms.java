package io.tradegraph.operations;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;
import io.vertx.core.http.HttpClosedException;

/**
 * Drops the warnings of libraries about things that are not problems, so that a warning in this service's log is
 * worth reading. Installed by {@code quarkus.log.console.filter}; each case says when it can go.
 * <ul>
 * <li>A client that goes away: a browser tab closed with a subscription open ends its WebSocket without a closing
 * frame, and SmallRye GraphQL warns "Error in websocket" with Vert.x's {@link HttpClosedException} for each. The
 * socket is gone and its subscription ended either way; HTTP requests whose client went away are logged as such by
 * {@link RequestLog#clientGone}.</li>
 * <li>When acquiring a pooled connection fails (PostgreSQL down), the Vert.x SQL client leaves its acquisition timer
 * running, and when it fires it fails an already failed promise, which Vert.x logs as an uncaught exception with its
 * trace (eclipse-vertx/vertx-sql-client#1706). The caller has had its answer (UNAVAILABLE) by then. Remove this case
 * once the client cancels the timer.</li>
 * </ul>
 */
@LoggingFilter(name = "false-alarms")
public final class FalseAlarms implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        return !(clientWentAway(record, thrown) || poolTimerFired(thrown));
    }

    private static boolean clientWentAway(LogRecord record, Throwable thrown) {
        return thrown instanceof HttpClosedException && record.getLoggerName() != null
                && record.getLoggerName().startsWith("io.smallrye.graphql.websocket.");
    }

    private static boolean poolTimerFired(Throwable thrown) {
        return thrown instanceof IllegalStateException
                && "Result is already complete".equals(thrown.getMessage())
                && thrown.getStackTrace().length > 1
                && thrown.getStackTrace()[1].getClassName().equals("io.vertx.sqlclient.impl.pool.SqlConnectionPool");
    }
}
