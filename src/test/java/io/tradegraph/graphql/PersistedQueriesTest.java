package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Automatic persisted queries as Apollo's link speaks them: a hash this replica does not know is answered
 * PERSISTED_QUERY_NOT_FOUND; the hash with its document runs and is learned, after which the hash alone runs, by POST
 * and by GET (with the same entity tags as any GET). The pages' own documents are known from the start.
 */
@QuarkusTest
class PersistedQueriesTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void anUnknownHashIsNotFoundThenLearnedWithItsDocument() {
        String document = "query PersistedNation { nation { code name } }";
        String hash = PersistedDocuments.hash(document);

        post(Map.of("extensions", persisted(hash)), "application/json").statusCode(200)
                .header("Cache-Control", equalTo("no-store")).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(PersistedDocuments.NOT_FOUND))
                .body("errors[0].message", containsString("send the request once more with the document"));
        post(Map.of("extensions", persisted(hash)), GRAPHQL_RESPONSE).statusCode(400)
                .body("errors[0].extensions.code", equalTo(PersistedDocuments.NOT_FOUND));

        post(Map.of("query", document, "extensions", persisted(hash)), "application/json").statusCode(200)
                .body("data.nation.code", equalTo("VN"));

        post(Map.of("extensions", persisted(hash)), "application/json").statusCode(200)
                .body("data.nation.code", equalTo("VN"));
        String tag = given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql").then().statusCode(200).body("data.nation.code", equalTo("VN"))
                .header("Cache-Control", equalTo("public, no-cache")).extract().header("ETag");
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash.toUpperCase() + "\"}}")
                .header("If-None-Match", tag).when().get("/graphql").then().statusCode(304).body(emptyString());
    }

    @Test
    void aDocumentThatFailsIsNotLearned() {
        String document = "{ nation { noSuchField } }";
        String hash = PersistedDocuments.hash(document);
        post(Map.of("query", document, "extensions", persisted(hash)), "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        post(Map.of("extensions", persisted(hash)), "application/json").statusCode(200)
                .body("errors[0].extensions.code", equalTo(PersistedDocuments.NOT_FOUND));
    }

    @Test
    void aHashThatDoesNotMatchItsDocumentIsRefused() {
        post(Map.of("query", "{ nation { name } }", "extensions", persisted(PersistedDocuments.hash("{ nation { code } }"))),
                "application/json").statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("is not the SHA-256 hash of the document"));
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", "a".repeat(64)))),
                "application/json").statusCode(400).body("errors[0].message", containsString("version 1"));
        post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "not-a-hash"))),
                "application/json").statusCode(400).body("errors[0].message", containsString("64 hexadecimal digits"));
        given().when().get("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("or its hash in 'extensions'"));
    }

    @Test
    void thePagesDocumentsAreKnownFromTheStart() throws IOException {
        String areas;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("web/app/queries/areas.graphql")) {
            areas = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + PersistedDocuments.hash(areas) + "\"}}").when().get("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.provinces.edges.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    private static Map<String, Object> persisted(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static ValidatableResponse post(Map<String, Object> body, String accept) {
        return given().contentType(ContentType.JSON).accept(accept).body(body).when().post("/graphql").then();
    }
}
