package io.tradegraph.graphql;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the SQL statements Hibernate Reactive sends, by listening to its SQL log, which the test profile turns
 * on ({@code quarkus.hibernate-orm.log.sql}) and keeps off the console.
 */
public final class SqlStatements implements AutoCloseable {

    private static final Logger SQL_LOG = Logger.getLogger("org.hibernate.SQL");

    private final AtomicInteger count = new AtomicInteger();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            count.incrementAndGet();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private SqlStatements() {
        handler.setLevel(Level.ALL);
        SQL_LOG.addHandler(handler);
    }

    public static SqlStatements count() {
        return new SqlStatements();
    }

    public int sent() {
        return count.get();
    }

    @Override
    public void close() {
        SQL_LOG.removeHandler(handler);
    }
}
