package io.tradegraph.reference;

import java.io.StringReader;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;

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
 * the connection is retried every second for as long as the service runs. What each write announced is passed on
 * as an {@link Announcement} event (to subscriptions) once the catalog has read it.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final long RECONNECT_MILLIS = 1000;

    private final Catalog catalog;
    private final PoolSettings pool;
    private final Vertx vertx;
    private final String channel;
    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * What a committed write announced: the data version it made, and for figures added, the code, area and flow of
     * each, {@code complete} when all are listed (a large import lists its first 100). An announcement that lists no
     * figure and is not complete stands for changes that may have been missed, after listening was interrupted.
     */
    public record Announcement(long version, List<Written> figures, boolean complete) {

        /** A figure added by a write: a new figure, a revision or a retraction. */
        public record Written(String code, String area, String flow) {
        }

        static Announcement parse(String payload) {
            try (var reader = JSON.createReader(new StringReader(payload))) {
                JsonObject json = reader.readObject();
                JsonArray figures = json.getJsonArray("figures");
                List<Written> written = figures == null ? List.of() : figures.getValuesAs(JsonObject.class).stream()
                        .map(f -> new Written(f.getString("code"), f.getString("area"), f.getString("flow"))).toList();
                return new Announcement(json.getJsonNumber("version").longValue(), written, json.getBoolean("complete", true));
            }
        }

        boolean concernsFigures() {
            return !figures.isEmpty() || !complete;
        }
    }

    /** Refreshes run one at a time; signals that arrive meanwhile are answered by one more. */
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Announcements heard, passed on once the catalog has read the data they announce. */
    private final Queue<Announcement> heard = new ConcurrentLinkedQueue<>();
    private final Event<Announcement> announcements;
    private volatile boolean listening;
    private volatile boolean listenedBefore;
    private PgSubscriber subscriber;

    public ChangeListener(Catalog catalog, PoolSettings pool, Vertx vertx, Event<Announcement> announcements,
            @ConfigProperty(name = "tradegraph.db.schema") String schema) {
        this.catalog = catalog;
        this.pool = pool;
        this.vertx = vertx;
        this.announcements = announcements;
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
                    // Also after a reconnection: what was announced while disconnected was not heard, so the
                    // catalog is read again and subscribers are told that figures may have changed.
                    listening = true;
                    LOG.infof("Listening for data changes on %s", channel);
                    if (listenedBefore) {
                        heard.add(new Announcement(0, List.of(), false));
                    }
                    listenedBefore = true;
                    refresh();
                })
                .handler(payload -> {
                    Announcement announcement = Announcement.parse(payload);
                    heard.add(announcement);
                    if (announcement.version() > catalog.version()) {
                        refresh();
                    } else {
                        passOn();
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

    /** Whether changes are being heard now. */
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
        passOn();
        if (pending.get()) {
            refresh();
        }
    }

    /** Fires the announcements whose data the catalog has read, in the order they were heard. */
    private void passOn() {
        for (Announcement next = heard.peek(); next != null && next.version() <= catalog.version(); next = heard.peek()) {
            heard.poll();
            if (next.concernsFigures()) {
                // Changes missed while not listening carry no version of their own: the one the catalog has read.
                announcements.fire(next.version() == 0 ? new Announcement(catalog.version(), next.figures(), false) : next);
            }
        }
    }
}
