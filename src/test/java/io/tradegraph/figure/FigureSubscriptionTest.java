package io.tradegraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.EditorKeys;
import io.tradegraph.graphql.GraphQLWebSocket;
import io.tradegraph.persistence.Sql;
import io.vertx.core.http.WebSocket;

/**
 * A subscriber over graphql-transport-ws, as a browser would be: it hears each committed write of the figures it
 * asked about, and neither a rolled-back write nor a write about another area.
 */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class FigureSubscriptionTest {

    private static final String IMPORT = "mutation($figures: [FigureInput!]!) { importFigures(source: \"t_sub\", "
            + "figures: $figures) { added } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final String token = EditorKeys.token("dana");

    @Test
    void aSubscriberHearsCommittedWritesAboutItsAreaOnly() throws Exception {
        EditorKeys.write(token, "mutation { addSource(source: {code: \"t_sub\", title: \"Subscriptions\", "
                + "text: \"xuất khẩu đạt 1 tỷ USD\"}) { code } }", Map.of());
        WebSocket socket = connect();
        send(socket, Map.of("type", "connection_init"));
        assertEquals("connection_ack", next().getString("type"));
        send(socket, Map.of("id", "1", "type", "subscribe", "payload", Map.of("query",
                "subscription { figuresChanged(area: \"VN-26\", flow: EXPORT) { dataVersion complete figures { code area flow } } }")));

        // The subscription is in place once a write about its area is heard (the subscribe message has no answer);
        // changes come in the order they were written, so nothing older than the probe heard comes after it.
        boolean heard = false;
        for (int probe = 1; !heard && probe <= 5; probe++) {
            String code = "t_sub-0" + probe;
            importOne(code, "VN-26", "2015");
            for (JsonObject message = received.poll(1, TimeUnit.SECONDS); !heard && message != null;
                    message = received.poll(1, TimeUnit.SECONDS)) {
                heard = message.toString().contains("\"" + code + "\"");
            }
        }
        assertTrue(heard, "a write about the subscribed area was heard");

        try (Connection other = Sql.connection(EditorKeys.Editing.SCHEMA)) {
            other.setAutoCommit(false);
            Sql.execute(other, "insert into figure (code, area_code, period_code, flow, amount, amount_precision, unit, "
                    + "status, source_code, paragraph, quote) values ('t_sub-90', 'VN-26', '2015', 'EXPORT', 1, 1, "
                    + "'USD', 'REPORTED', 't_sub', 1, 'xuất khẩu đạt 1 tỷ USD')");
            other.rollback();
        }
        importOne("t_sub-20", "VN-27", "2015");
        importOne("t_sub-30", "VN-26", "2016");

        JsonObject message = next();
        assertEquals("next", message.getString("type"), message.toString());
        JsonObject change = message.getJsonObject("payload").getJsonObject("data").getJsonObject("figuresChanged");
        assertEquals("[{\"code\":\"t_sub-30\",\"area\":\"VN-26\",\"flow\":\"EXPORT\"}]", change.getJsonArray("figures").toString(),
                "neither the rolled-back write nor the one about VN-27 came first");
        assertTrue(change.getBoolean("complete"));

        send(socket, Map.of("id", "1", "type", "complete"));
        socket.close();
    }

    private void importOne(String code, String area, String period) {
        Map<String, Object> row = new HashMap<>(Map.of("code", code, "area", area, "period", period, "flow", "EXPORT",
                "amount", "1000000000", "unit", "USD", "status", "REPORTED", "paragraph", 1,
                "quote", "xuất khẩu đạt 1 tỷ USD"));
        JsonObject answer = EditorKeys.write(token, IMPORT, Map.of("figures", List.of(row)));
        assertTrue(!answer.containsKey("errors"), answer.toString());
    }

    private WebSocket connect() throws Exception {
        return GraphQLWebSocket.open(endpoint, received);
    }

    private static void send(WebSocket socket, Map<String, Object> message) {
        socket.writeTextMessage(Json.createObjectBuilder(message).build().toString());
    }

    private JsonObject next() throws InterruptedException {
        JsonObject message = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(message, "a message within 5 s");
        return message;
    }
}
