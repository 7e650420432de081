package io.tradegraph.persistence;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.smallrye.config.ConfigMapping;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.spi.PgDriver;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/**
 * Bounds on waiting for PostgreSQL that Quarkus's data source settings do not offer: how long a statement waits for
 * a pooled connection, how many may wait at all, and how long opening a connection may take. Without them a request
 * waits 30 s for a connection and without limit in line, so one burst stalls every other client.
 * Quarkus calls this creator with the pool it configured (size, URL, metrics); the bounds are added to it.
 */
@Singleton
public class PoolSettings implements PgPoolCreator {

    /** The {@code tradegraph.pool} settings (environment variables in docs/operations.md). */
    @ConfigMapping(prefix = "tradegraph.pool")
    public interface Bounds {
        /** Time a statement may wait for a free connection; then UNAVAILABLE. */
        Duration acquireTimeout();

        /** Statements that may wait for a connection; beyond, UNAVAILABLE at once. */
        int maxWaiting();

        /** Time to open a connection. */
        Duration connectTimeout();
    }

    private final Bounds bounds;
    private volatile PgConnectOptions server;

    public PoolSettings(Bounds bounds) {
        this.bounds = bounds;
    }

    /** How the pool connects (server, credentials, schema), for a connection of its own outside the pool. */
    public PgConnectOptions connectOptions() {
        PgConnectOptions options = server;
        if (options == null) {
            throw new IllegalStateException("The pool is created at start; it is not there yet");
        }
        return new PgConnectOptions(options);
    }

    @Override
    public Pool create(Input input) {
        PoolOptions pool = input.poolOptions()
                .setConnectionTimeout((int) bounds.acquireTimeout().toMillis())
                .setConnectionTimeoutUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
                .setMaxWaitQueueSize(bounds.maxWaiting());
        List<PgConnectOptions> servers = input.pgConnectOptionsList();
        servers.forEach(server -> server.setConnectTimeout((int) bounds.connectTimeout().toMillis()));
        server = new PgConnectOptions(servers.get(0));
        return PgDriver.INSTANCE.createPool(input.vertx(), servers, pool);
    }
}
