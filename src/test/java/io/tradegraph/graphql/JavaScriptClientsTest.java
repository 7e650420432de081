package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's own query, run by Apollo Client with its persisted-queries link: the first client's hash is not
 * known (Apollo hashes the document as it prints it, with {@code __typename} added), so it is answered
 * PERSISTED_QUERY_NOT_FOUND and Apollo sends the document with it once; a second client then gets its answer by
 * the hash alone, by POST and by GET.
 */
@QuarkusTest
class JavaScriptClientsTest {

    private static final String AREA = "../../src/main/resources/web/app/queries/area.graphql";
    private static final String VARIABLES = "--variables={\"code\":\"VN-57\",\"geography\":\"AS_REPORTED\"}";

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void apolloSendsTheDashboardQueryByHashAfterOneMiss() throws Exception {
        JsonObject byPost = JavaScriptClients.run("apollo-persisted.mjs", graphql.toString(), AREA, VARIABLES, "--runs=2");
        assertEquals(JsonValue.NULL, byPost.get("error"), byPost.toString());
        List<JsonObject> requests = byPost.getJsonArray("requests").getValuesAs(JsonObject.class);
        assertEquals(List.of("1 POST hash " + PersistedDocuments.NOT_FOUND, "1 POST document+hash ok", "2 POST hash ok"),
                requests.stream().map(JavaScriptClientsTest::summary).toList());
        assertEquals("Bình Dương", byPost.getJsonObject("data").getJsonObject("province").getString("name"));

        // Learned now: by GET, both clients' requests are the hash alone, answered as any GET (cacheable).
        JsonObject byGet = JavaScriptClients.run("apollo-persisted.mjs", graphql.toString(), AREA, VARIABLES, "--runs=2", "--get");
        assertEquals(List.of("1 GET hash ok", "2 GET hash ok"), byGet.getJsonArray("requests")
                .getValuesAs(JsonObject.class).stream().map(JavaScriptClientsTest::summary).toList());
        assertEquals(byPost.getJsonObject("data"), byGet.getJsonObject("data"));
    }

    /** A request as "run method what-it-sent outcome". */
    private static String summary(JsonObject request) {
        return request.getInt("run") + " " + request.getString("method") + " "
                + (request.getBoolean("hasQuery") ? "document+" : "") + (request.isNull("hash") ? "no hash" : "hash") + " "
                + (request.isNull("firstErrorCode") && request.getInt("status") == 200 ? "ok"
                        : request.isNull("firstErrorCode") ? "HTTP " + request.getInt("status") : request.getString("firstErrorCode"));
    }
}
