package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The public API is readable from any page, never with credentials, and only the way GraphQL is. */
@QuarkusTest
class CorsTest {

    @Test
    void anyOriginMayReadButNeverWithCredentials() {
        for (String origin : new String[] { "https://example.org", "https://another.example" }) {
            given().header("Origin", origin).contentType("application/json").body("{\"query\": \"{ nation { code } }\"}")
                    .when().post("/graphql")
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo(origin))
                    .header("Access-Control-Allow-Credentials", equalTo("false"))
                    .header("Vary", containsString("Origin"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    // A page may read whether the answer came from the response cache.
                    .header("Access-Control-Expose-Headers", containsString("Cache-Status"));
        }
    }

    @Test
    void preflightsAllowOnlyWhatGraphQLOverHttpUses() {
        given().header("Origin", "https://example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Methods", equalTo("GET,POST,OPTIONS"))
                .header("Access-Control-Allow-Headers", equalTo("Content-Type,Accept,Authorization,traceparent,tracestate"))
                .header("Access-Control-Allow-Origin", equalTo("https://example.org"))
                .header("Access-Control-Allow-Credentials", equalTo("false"));
    }

    @Test
    void aRequestWithoutOriginGetsNoCorsHeaders() {
        given().contentType("application/json").body("{\"query\": \"{ nation { code } }\"}")
                .when().post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }
}
