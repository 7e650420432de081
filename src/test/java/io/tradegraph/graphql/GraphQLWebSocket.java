package io.tradegraph.graphql;

import java.io.StringReader;
import java.net.URI;
import java.util.Queue;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * A client's WebSocket to the service under test, speaking graphql-transport-ws, on a Vert.x of the tests' own: the
 * service may be another process (the packaged build), and a client shares nothing with it anyway.
 */
public final class GraphQLWebSocket {

    private static final Vertx CLIENT = Vertx.vertx();

    private GraphQLWebSocket() {
    }

    /** Opens a socket with the given headers (name, value, …); every message it receives goes into {@code received}. */
    public static WebSocket open(URI endpoint, Queue<JsonObject> received, String... headers) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(endpoint.getHost())
                .setPort(endpoint.getPort()).setURI(endpoint.getPath()).addSubProtocol("graphql-transport-ws");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            options.addHeader(headers[i], headers[i + 1]);
        }
        WebSocket socket = CLIENT.createHttpClient().webSocket(options).toCompletionStage().toCompletableFuture()
                .get(5, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> received.add(Json.createReader(new StringReader(text)).readObject()));
        return socket;
    }
}
