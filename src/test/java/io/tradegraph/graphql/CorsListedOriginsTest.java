package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Configured as the Kubernetes ConfigMap configures it: listed origins are answered as themselves, others not. */
@QuarkusTest
@TestProfile(CorsListedOriginsTest.ListedOrigins.class)
class CorsListedOriginsTest {

    public static class ListedOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://dashboard.example.org");
        }
    }

    @Test
    void aListedOriginIsAnsweredAsItself() {
        given().header("Origin", "https://dashboard.example.org").contentType("application/json")
                .body("{\"query\": \"{ nation { code } }\"}")
                .when().post("/graphql")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"));
    }

    @Test
    void anOriginNotListedIsRefused() {
        for (String origin : new String[] { "https://evil.example", "null" }) {
            given().header("Origin", origin).contentType("application/json").body("{\"query\": \"{ nation { code } }\"}")
                    .when().post("/graphql")
                    .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        }
    }
}
