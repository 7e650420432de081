package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonObject;

@QuarkusTest
class ServerErrorTest {

    @Test
    void unexpectedFailureReachesTheClientAsAGenericInternalError() {
        JsonObject response = GraphQLClient.post("{ failingForTest }");

        JsonObject error = response.getJsonArray("errors").getJsonObject(0);
        assertEquals("Internal error: the request could not be completed. It has been logged.", error.getString("message"));
        assertEquals("INTERNAL", error.getJsonObject("extensions").getString("code"));
        String body = response.toString();
        assertFalse(body.contains("hunter2"), body);
        assertFalse(body.contains("IllegalStateException"), body);
        assertFalse(body.contains("at io."), body);
    }
}
