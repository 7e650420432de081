package io.tradegraph.catalog;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.tradegraph.persistence.PoolSettings;
import io.vertx.core.Vertx;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Keeps this replica's catalog current when another replica writes: every write announces the new data version on
 * a PostgreSQL channel in its own transaction (migration V4), so the signal comes once the write has committed and
 * never for one rolled back; this listens on a connection of its own, outside the pool, and reads the catalog again,
 * which drops the cached answers of older data. No broker: PostgreSQL is the one thing every replica shares.
 * <p>
 * A signal sent while the connection was down is lost, so the catalog is read again whenever listening (re)starts;
 * the connection is retried every second for as long as the service runs.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final long RECONNECT_MILLIS = 1000;

    private final Catalog catalog;
    private final PoolSettings pool;
    private final Vertx vertx;
    private final String channel;
    /** Refreshes run one at a time; signals that arrive meanwhile are answered by one more. */
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean listening;
    private PgSubscriber subscriber;

    public ChangeListener(Catalog catalog, PoolSettings pool, Vertx vertx,
            @ConfigProperty(name = "tradegraph.db.schema") String schema) {
        this.catalog = catalog;
        this.pool = pool;
        this.vertx = vertx;
        this.channel = schema + ".data_changed";
    }

    /** After the catalog's first reading. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1) StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, pool.connectOptions())
                .reconnectPolicy(attempts -> RECONNECT_MILLIS)
                .closeHandler(ignored -> {
                    if (listening) {
                        listening = false;
                        LOG.warnf("Stopped listening for data changes on %s; retrying every %d ms", channel, RECONNECT_MILLIS);
                    }
                });
        subscriber.channel(channel)
                .subscribeHandler(ignored -> {
                    // Also after a reconnection: what was announced while disconnected was not heard.
                    listening = true;
                    LOG.infof("Listening for data changes on %s", channel);
                    refresh();
                })
                .handler(version -> {
                    LOG.debugf("Data version %s announced", version);
                    if (Long.parseLong(version) > catalog.version()) {
                        refresh();
                    }
                });
        subscriber.connect().onFailure(failure -> LOG.warnf("Cannot listen for data changes yet (%s); retrying",
                failure.getMessage()));
    }

    void onStop(@Observes ShutdownEvent event) {
        listening = false;
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** Whether changes are being heard now, for readiness. */
    public boolean isListening() {
        return listening;
    }

    private void refresh() {
        pending.set(true);
        if (refreshing.compareAndSet(false, true)) {
            pending.set(false);
            catalog.refresh().subscribe().with(loaded -> finished(), failure -> {
                LOG.warnf("Reading the catalog after a data change failed (%s); it is read again when PostgreSQL "
                        + "answers", failure.getMessage());
                finished();
            });
        }
    }

    private void finished() {
        refreshing.set(false);
        if (pending.get()) {
            refresh();
        }
    }
}
