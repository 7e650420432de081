package io.tradegraph.graphql.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.tradegraph.graphql.Limits;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;

/**
 * This replica's WebSocket connections (subscriptions, and operations sent over graphql-transport-ws): at most
 * {@link Limits#websockets()} at once, each closed when it has started no operation within
 * {@link Limits#websocketIdle()} of its upgrade (a client that opens sockets and never uses them holds no more than
 * that), and all closed at shutdown, a moment after their subscriptions have completed (FigureChanges), so that clients
 * reconnect to another replica rather than hold this one until it is killed. The protocol itself is SmallRye's,
 * which keeps no such account; a socket's token is watched by Quarkus (see {@link TokenExpiry}).
 */
@ApplicationScoped
@Startup // so that its gauge is there before the first socket
public class WebSockets {

    private static final long CLOSE_DELAY_MILLIS = 500;

    private final Limits limits;
    private final Vertx vertx;
    private final CurrentVertxRequest currentRequest;
    /** Each open connection, and whether an operation has started on it. */
    private final Map<HttpConnection, Boolean> open = new ConcurrentHashMap<>();

    public WebSockets(Limits limits, Vertx vertx, CurrentVertxRequest currentRequest, MeterRegistry registry) {
        this.limits = limits;
        this.vertx = vertx;
        this.currentRequest = currentRequest;
        Gauge.builder("tradegraph.websockets", open, Map::size)
                .description("WebSocket connections this replica holds now").register(registry);
    }

    /** Takes the connection of an upgrade request into account; false when the replica has no room for another. */
    boolean admit(HttpConnection connection) {
        if (open.containsKey(connection)) {
            return true;
        }
        if (open.size() >= limits.websockets()) {
            return false;
        }
        open.put(connection, false);
        connection.closeHandler(closed -> open.remove(connection));
        vertx.setTimer(limits.websocketIdle().toMillis(), ignored -> {
            if (Boolean.FALSE.equals(open.get(connection))) {
                connection.close();
            }
        });
        return true;
    }

    /** An operation begins on the current request's connection: if it is a WebSocket's, that socket is in use. */
    public void operationStarted() {
        RoutingContext request = currentRequest.getCurrent();
        if (request != null) {
            open.replace(request.request().connection(), false, true);
        }
    }

    /** The WebSocket connections open now. */
    public int count() {
        return open.size();
    }

    void closeAll(@Observes ShutdownDelayInitiatedEvent event) {
        vertx.setTimer(CLOSE_DELAY_MILLIS, ignored -> open.keySet().forEach(HttpConnection::close));
    }
}
