package io.tradegraph.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.ServiceError;
import io.tradegraph.operations.RequestMetrics;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;

/**
 * The one way reads reach PostgreSQL: one prepared statement at a time through the reactive pool, so a request
 * holds a connection only while one of its statements runs, never while it waits for another.
 * <p>
 * Failures are classified here, where it is known that they come from the database: the server or the pool not
 * answering is {@link ServiceError.Unavailable}, a statement cancelled by {@code statement_timeout} is
 * {@link ServiceError.TimedOut}; anything else (a bug in a statement) stays as it is. An outage is logged when it
 * starts and when it ends, with the number of statements that failed meanwhile, rather than once per request.
 */
@ApplicationScoped
public class Database {

    private static final Logger LOG = Logger.getLogger(Database.class);
    /** PostgreSQL's query_canceled, what statement_timeout raises. */
    private static final String QUERY_CANCELED = "57014";

    private final Pool pool;
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final AtomicLong failedDuringOutage = new AtomicLong();

    public Database(Pool pool) {
        this.pool = pool;
    }

    /** Runs a statement and maps every row. */
    public <T> Uni<List<T>> query(String sql, List<Object> parameters, Function<Row, T> mapper) {
        return rows(sql, parameters).map(rows -> {
            List<T> mapped = new ArrayList<>(rows.size());
            for (Row row : rows) {
                mapped.add(mapper.apply(row));
            }
            return mapped;
        });
    }

    /** Runs a statement; {@code $1}, {@code $2} … in the SQL are the parameters, in order. */
    public Uni<RowSet<Row>> rows(String sql, List<Object> parameters) {
        RequestMetrics.statementSent();
        return pool.preparedQuery(sql).execute(Tuple.from(parameters))
                .onItem().invoke(this::answered)
                .onFailure().transform(this::classify);
    }

    /** A trivial statement, for readiness: counted like any other, failing with the driver's own reason. */
    public Uni<Void> ping() {
        return pool.query("select 1").execute().onItem().invoke(this::answered)
                .onFailure().invoke(this::classify).replaceWithVoid();
    }

    private void answered() {
        if (!available.get() && available.compareAndSet(false, true)) {
            LOG.infof("PostgreSQL answers again; %d statements failed while it did not", failedDuringOutage.getAndSet(0));
        }
    }

    /** What a failure of PostgreSQL or of the way to it means for the request (see the class comment). */
    public Throwable classify(Throwable failure) {
        if (failure instanceof PgException sqlError) {
            if (QUERY_CANCELED.equals(sqlError.getSqlState())) {
                return new ServiceError.TimedOut();
            }
            if (!isUnavailable(sqlError.getSqlState())) {
                return failure;
            }
        } else if (failure instanceof IllegalArgumentException || failure instanceof ClassCastException) {
            // A statement given parameters it cannot encode: a bug here, not PostgreSQL away.
            return failure;
        }
        failedDuringOutage.incrementAndGet();
        if (available.compareAndSet(true, false)) {
            LOG.warnf("PostgreSQL does not answer (%s); requests that need it fail with UNAVAILABLE until it does",
                    String.valueOf(failure.getMessage()));
        }
        return new ServiceError.Unavailable();
    }

    /** Connection exceptions (08), too many connections (53300), shutting down or starting (57P01–57P03). */
    private static boolean isUnavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("53300") || sqlState.startsWith("57P"));
    }
}
