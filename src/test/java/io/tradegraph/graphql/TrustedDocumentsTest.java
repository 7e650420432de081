package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Trusted documents: only the listed ones run (the pages' own, and a folder's: a .graphql file and Apollo's
 * manifest), sent by hash or in full; any other is refused before it runs, and nothing is learned.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Trusted.class)
class TrustedDocumentsTest {

    public static class Trusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradegraph.persisted-documents.mode", "trusted",
                    "tradegraph.persisted-documents.folder", "src/test/resources/trusted-documents");
        }
    }

    private static final String FOLDER_DOCUMENT = "# An operator's own document, listed by being in the folder.\n"
            + "query NationName {\n  nation { name }\n}\n";
    private static final String MANIFEST_DOCUMENT = "query ProvinceNames { provinces(first: 3) { edges { node { code name } } } }";

    @Test
    void listedDocumentsRunByHashOrInFull() {
        byHash(PersistedDocuments.hash(FOLDER_DOCUMENT)).statusCode(200).body("errors", nullValue())
                .body("data.nation.name", equalTo("Việt Nam"));
        byHash(PersistedDocuments.hash(MANIFEST_DOCUMENT)).statusCode(200)
                .body("errors", nullValue()).body("data.provinces.edges.size()", equalTo(3));
        given().contentType(ContentType.JSON).body(Map.of("query", MANIFEST_DOCUMENT)).when().post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.provinces.edges.size()", equalTo(3));
    }

    @Test
    void anyOtherDocumentIsRefusedAndNeverLearned() {
        String document = "{ nation { code } }";
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(Map.of("query", document))
                .when().post("/graphql").then().statusCode(400).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(PersistedDocuments.NOT_LISTED))
                .body("errors[0].message", containsString("trusted documents only"));
        String hash = PersistedDocuments.hash(document);
        given().contentType(ContentType.JSON).body(Map.of("query", document, "extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", hash)))).when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo(PersistedDocuments.NOT_LISTED));
        byHash(hash).statusCode(200).body("errors[0].extensions.code", equalTo(PersistedDocuments.NOT_LISTED))
                .body("errors[0].message", containsString("this hash is not one of theirs"));
    }

    private static io.restassured.response.ValidatableResponse byHash(String hash) {
        return given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .when().get("/graphql").then();
    }
}
