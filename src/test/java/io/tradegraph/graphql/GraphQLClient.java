package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;

import java.io.StringReader;
import java.util.Map;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Posts GraphQL documents to the running test application, as a browser would. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** The whole response body; a GraphQL error is still HTTP 200, anything else fails the test. */
    public static JsonObject post(String document) {
        return post(document, Map.of());
    }

    public static JsonObject post(String document, Map<String, Object> variables) {
        String body = given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().asString();
        return Json.createReader(new StringReader(body)).readObject();
    }
}
