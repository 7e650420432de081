package io.tradegraph.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.CodedError;
import io.tradegraph.core.ServiceError;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;

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
    /** lock_not_available: lock_timeout ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String UNIQUE_VIOLATION = "23505";

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

    /**
     * Runs a statement; {@code $1}, {@code $2} … in the SQL are the parameters, in order. Its rows are the driver's
     * own: Mutiny's rows wrap each in an object of its own, a dashboard's thousands of them.
     */
    public Uni<RowSet<Row>> rows(String sql, List<Object> parameters) {
        StatementCount.sent();
        return pool.preparedQuery(sql).execute(Tuple.from(parameters))
                .map(Database::unwrapped)
                .onItem().invoke(this::answered)
                .onFailure().transform(this::classify);
    }

    @SuppressWarnings("unchecked") // Mutiny's wrapper declares its delegate raw; it holds the driver's rows.
    private static RowSet<Row> unwrapped(io.vertx.mutiny.sqlclient.RowSet<?> rows) {
        return (RowSet<Row>) rows.getDelegate();
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

    /**
     * What a failure of PostgreSQL or of the way to it means for the request (see the class comment), for reads and
     * writes alike: the SQL state is looked for through the causes, whether PostgreSQL's error arrives raw from the
     * reactive client or wrapped by Hibernate Reactive in a {@link java.sql.SQLException}.
     */
    public Throwable classify(Throwable failure) {
        String state = sqlState(failure);
        if (state != null) {
            if (QUERY_CANCELED.equals(state) || LOCK_NOT_AVAILABLE.equals(state)) {
                return new ServiceError.TimedOut();
            }
            if (UNIQUE_VIOLATION.equals(state) || state.startsWith("40")) {
                // A unique key taken by a concurrent writer, a serialization failure, a deadlock: a race lost.
                return new ClientError.Conflict("CONFLICT", "Another write stored the same thing while this one ran; "
                        + "nothing of this one was written. Read the data again and redo the change if it is still "
                        + "needed.");
            }
            if (state.startsWith("22") || state.startsWith("23")) {
                // A value the database's own checks refuse (data exceptions, integrity constraints): the input's.
                return new ClientError.BadRequest("BAD_USER_INPUT", "The database refused a value of this request"
                        + constraint(failure) + "; nothing was written. Check the values against the schema (text "
                        + "holds no NUL character).");
            }
            if (!isUnavailable(state)) {
                return failure;
            }
        } else if (failure instanceof IllegalArgumentException || failure instanceof ClassCastException
                || failure instanceof CodedError || !wayToPostgreSqlFailed(failure)) {
            // A statement given parameters it cannot encode, a bug, a refusal of the service's own: not PostgreSQL
            // away.
            return failure;
        }
        failedDuringOutage.incrementAndGet();
        if (available.compareAndSet(true, false)) {
            LOG.warnf("PostgreSQL does not answer (%s); requests that need it fail with UNAVAILABLE until it does",
                    String.valueOf(failure.getMessage()));
        }
        return new ServiceError.Unavailable();
    }

    /** Whether the write lost a race that running it again may win: a unique key or a serialization failure. */
    public static boolean lostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.tradegraph.core.ClientError.Conflict conflict && conflict.raceLost()) {
                return true;
            }
        }
        String state = sqlState(failure);
        return state != null && (UNIQUE_VIOLATION.equals(state) || state.startsWith("40"));
    }

    /** PostgreSQL's SQL state of a failure, through its causes, or null when it did not come from PostgreSQL. */
    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                return pg.getSqlState();
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** ", which breaks the rule figure_share_pct_check", where PostgreSQL names the rule. */
    private static String constraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && pg.getConstraint() != null) {
                return ", which breaks the rule " + pg.getConstraint();
            }
        }
        return "";
    }

    /**
     * Whether the way to PostgreSQL failed somewhere in the causes: a connection closed or refused (Vert.x's and the
     * network's exceptions), the pool out of time ({@link java.util.concurrent.TimeoutException}) or too busy, or the
     * client's stackless "connection is not active" ({@link io.vertx.core.impl.NoStackTraceThrowable}).
     */
    private static boolean wayToPostgreSqlFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.VertxException || cause instanceof java.io.IOException
                    || cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof io.vertx.core.impl.NoStackTraceThrowable) {
                return true;
            }
        }
        return false;
    }

    /** Connection exceptions (08), too many connections (53300), shutting down or starting (57P01–57P03). */
    private static boolean isUnavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("53300") || sqlState.startsWith("57P"));
    }
}
