package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.engine.WebSockets;
import io.tradegraph.operations.ConsoleWarnings;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * A replica's WebSockets are bounded: a socket that starts no operation soon after its upgrade is closed, and an
 * upgrade beyond the number of sockets a replica holds is refused with a coded 503 (here two sockets and one second,
 * to see both at once).
 */
@QuarkusTest
@TestProfile(WebSocketsTest.TwoSockets.class)
class WebSocketsTest {

    public static class TwoSockets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradegraph.limits.websockets", "2", "tradegraph.limits.websocket-idle", "1S",
                    "quarkus.shutdown.timeout", "1S");
        }
    }

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    Vertx vertx;

    @Inject
    WebSockets sockets;

    @Test
    void aSocketThatStartsNoOperationIsClosed() throws Exception {
        WebSocket idle = connect();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        idle.closeHandler(ignored -> closed.complete(null));
        idle.writeTextMessage("{\"type\":\"connection_init\"}");
        closed.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anUpgradeBeyondTheSocketsAReplicaHoldsIsRefusedWithItsCode() throws Exception {
        List<WebSocket> subscribed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            WebSocket socket = connect();
            socket.writeTextMessage("{\"type\":\"connection_init\"}");
            socket.writeTextMessage(Json.createObjectBuilder().add("id", "1").add("type", "subscribe").add("payload",
                    Json.createObjectBuilder().add("query", "subscription { figuresChanged { dataVersion } }")).build()
                    .toString());
            subscribed.add(socket);
        }
        // In use, the two outlive the idle limit; a third finds no room.
        Thread.sleep(1500);
        assertTrue(subscribed.stream().noneMatch(WebSocket::isClosed), "subscribed sockets stay open");
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, this::connect);
        UpgradeRejectedException rejection = (UpgradeRejectedException) refused.getCause();
        assertEquals(503, rejection.getStatus());
        String body = rejection.getBody().toString();
        assertEquals("LIMIT_EXCEEDED", Json.createReader(new StringReader(body)).readObject().getJsonArray("errors")
                .getJsonObject(0).getJsonObject("extensions").getString("code"), body);
        assertEquals("5", rejection.getHeaders().get("Retry-After"));
        for (WebSocket socket : subscribed) {
            socket.close();
        }
    }

    /** A tab closed with its subscription open drops the socket without a closing frame: nothing to warn anyone of. */
    @Test
    void aSocketDroppedWithoutItsClosingFrameIsNoWarning() throws Exception {
        try (ConsoleWarnings console = new ConsoleWarnings()) {
            CompletableFuture<Void> acknowledged = new CompletableFuture<>();
            java.net.http.WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws").buildAsync(URI.create("ws://" + endpoint.getHost() + ":" + endpoint.getPort() + endpoint.getPath()),
                            new java.net.http.WebSocket.Listener() {
                                @Override
                                public CompletionStage<?> onText(java.net.http.WebSocket webSocket,
                                        CharSequence data, boolean last) {
                                    if (data.toString().contains("connection_ack")) {
                                        acknowledged.complete(null);
                                    }
                                    webSocket.request(1);
                                    return null;
                                }
                            })
                    .get(5, TimeUnit.SECONDS);
            socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
            acknowledged.get(5, TimeUnit.SECONDS);
            socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                    + "\"subscription { figuresChanged { dataVersion } }\"}}", true).get(5, TimeUnit.SECONDS);
            Thread.sleep(300); // the subscription starts

            socket.abort();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (sockets.count() > 0) {
                assertTrue(System.nanoTime() < deadline, "the replica let the dropped socket go");
                Thread.sleep(20);
            }
            Thread.sleep(200);
            assertEquals(List.of(), console.printed(), "warnings printed");
        }
    }

    private WebSocket connect() throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost())
                .setPort(endpoint.getPort()).setURI(endpoint.getPath()).addSubProtocol("graphql-transport-ws");
        return vertx.createHttpClient().webSocket(options).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }
}
