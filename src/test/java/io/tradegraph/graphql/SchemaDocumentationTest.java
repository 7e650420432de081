package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Analysts learn the API in GraphiQL, so every type, field, argument and enum value of ours explains itself. */
@QuarkusTest
class SchemaDocumentationTest {

    /** Scalars and test-only fields that are not ours to describe. */
    private static final Set<String> NOT_OURS = Set.of("String", "Boolean", "Int", "Float", "ID", "BigDecimal",
            "BigInteger", "Date", "DateTime", "Time", "Long", "Query.failingForTest");

    @Test
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        JsonObject schema = GraphQLClient.post(Documents.read("introspection")).getJsonObject("data").getJsonObject("__schema");
        List<String> undescribed = new ArrayList<>();

        for (JsonValue value : schema.getJsonArray("types")) {
            JsonObject type = value.asJsonObject();
            String name = type.getString("name");
            if (name.startsWith("__") || NOT_OURS.contains(name)) {
                continue;
            }
            check(type, name, undescribed);
            for (String members : List.of("fields", "inputFields", "enumValues")) {
                if (type.get(members) instanceof jakarta.json.JsonArray list) {
                    for (JsonValue member : list) {
                        String path = name + "." + member.asJsonObject().getString("name");
                        if (NOT_OURS.contains(path)) {
                            continue;
                        }
                        check(member.asJsonObject(), path, undescribed);
                        if (member.asJsonObject().get("args") instanceof jakarta.json.JsonArray args) {
                            args.forEach(arg -> check(arg.asJsonObject(), path + "(" + arg.asJsonObject().getString("name") + ")", undescribed));
                        }
                    }
                }
            }
        }

        assertEquals(List.of(), undescribed, "described for GraphiQL");
        assertTrue(schema.getJsonArray("types").size() > 20);
    }

    @Test
    void graphiqlIsServed() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    private static void check(JsonObject element, String path, List<String> undescribed) {
        if (element.isNull("description") || element.getString("description").isBlank()) {
            undescribed.add(path);
        }
    }
}
