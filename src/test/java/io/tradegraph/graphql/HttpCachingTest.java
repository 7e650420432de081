package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Queries by GET are public answers that browsers and CDNs may keep: each carries the data version as its entity
 * tag, a client that holds the current one gets 304 without the query being run, and a write changes the tag.
 */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class HttpCachingTest {

    private static final String QUERY = "{ figures(first: 1) { totalCount } }";
    private static final Pattern STATEMENTS = Pattern.compile("(?m)^tradegraph_graphql_statements_sum\\S* (\\S+)$");

    @Test
    void anUnchangedAnswerIsRevalidatedWithoutRunningTheQuery() {
        String tag = given().queryParam("query", QUERY).when().get("/graphql").then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache")).header("Vary", containsString("Accept"))
                .header("ETag", containsString("W/\"")).extract().header("ETag");

        double before = statementsSent();
        given().queryParam("query", QUERY).header("If-None-Match", tag).when().get("/graphql").then().statusCode(304)
                .header("ETag", equalTo(tag)).body(emptyString());
        assertEquals(before, statementsSent(), "a 304 runs no statement");

        EditorKeys.write(EditorKeys.token("erin"), "mutation { addSource(source: {code: \"etag\", title: \"A change\", "
                + "text: \"text\"}) { code } }", Map.of());
        String after = given().queryParam("query", QUERY).header("If-None-Match", tag).when().get("/graphql").then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(tag, after, "a write moves the data version, and with it every tag");
    }

    @Test
    void answersWithErrorsAndPostsAreNotForCaches() {
        given().queryParam("query", "{ province(code: \"VN-XX\") { name } }").when().get("/graphql").then()
                .statusCode(200).header("Cache-Control", equalTo("no-store")).header("ETag", nullValue());
        given().contentType("application/json").body(Map.of("query", QUERY)).when().post("/graphql").then()
                .statusCode(200).header("ETag", nullValue()).header("Cache-Control", not(containsString("public")));
    }

    private static double statementsSent() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sum = STATEMENTS.matcher(metrics);
        return sum.find() ? Double.parseDouble(sum.group(1)) : 0;
    }
}
