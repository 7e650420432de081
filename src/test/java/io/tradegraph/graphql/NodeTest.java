package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.core.Node;

/**
 * Relay's object identification: every entity has an id that node(id:) resolves to the same entity, so that client
 * caches can normalise answers by it.
 */
@QuarkusTest
class NodeTest {

    private static final String NODE = """
            query ($id: ID!) {
              node(id: $id) {
                id
                __typename
                ... on Province { code name }
                ... on Period { code }
                ... on Commodity { code }
                ... on Market { code }
                ... on Source { code }
                ... on Figure { code revision amount status }
              }
            }""";

    @Inject
    GraphQLSchema schema;

    @Test
    void everyEntityIsFoundAgainByItsId() {
        JsonObject figure = GraphQLClient.post("""
                { figures(filter: { area: "VN-57", commodity: "WOOD" }, first: 1) { edges { node {
                    id code revision amount status
                    province { id code name } period { id code } commodity { id code } source { id code }
                } } } markets { id code } }""").getJsonObject("data");
        JsonObject node = figure.getJsonObject("figures").getJsonArray("edges").getJsonObject(0).getJsonObject("node");
        JsonObject market = figure.getJsonArray("markets").getJsonObject(0);

        for (JsonObject entity : List.of(node, node.getJsonObject("province"), node.getJsonObject("period"),
                node.getJsonObject("commodity"), node.getJsonObject("source"), market)) {
            JsonObject found = nodeOf(entity.getString("id"));
            for (String field : entity.keySet()) {
                if (!(entity.get(field) instanceof JsonObject)) {
                    assertEquals(entity.get(field), found.get(field), entity.getString("id") + ": " + field);
                }
            }
        }
    }

    @Test
    void aFigureIdNamesItsRevisionAndEachRevisionIsFoundAgain() {
        // Thanh Hóa's 2021–2025 exports were revised from REPORTED to ESTIMATE by the seed's corrections.
        JsonObject history = GraphQLClient.post("{ figureHistory(code: \"004-02\") { figure { id revision status } } }")
                .getJsonObject("data");
        List<JsonObject> revisions = history.getJsonArray("figureHistory").getValuesAs(JsonObject.class).stream()
                .map(revision -> revision.getJsonObject("figure")).toList();
        assertEquals(2, revisions.size());
        assertNotEquals(revisions.get(0).getString("id"), revisions.get(1).getString("id"));
        for (JsonObject revision : revisions) {
            JsonObject found = nodeOf(revision.getString("id"));
            assertEquals(revision.getInt("revision"), found.getInt("revision"));
            assertEquals(revision.getString("status"), found.getString("status"));
        }
    }

    @Test
    void anIdOfNothingIsNullAndAnIdOfNoTypeIsAnError() {
        JsonObject gone = GraphQLClient.post(NODE, Map.of("id", Node.id("Province", "VN-00")));
        assertTrue(gone.getJsonObject("data").isNull("node"));
        assertTrue(!gone.containsKey("errors"), gone.toString());
        assertTrue(GraphQLClient.post(NODE, Map.of("id", Node.id("Figure", "000-01@99"))).getJsonObject("data").isNull("node"));

        for (String notAnId : List.of("VN-57", "Province:VN-57", Node.id("Planet", "Mars"), "UHJvdmluY2U6Vk4tNTc=")) {
            JsonObject malformed = GraphQLClient.post(NODE, Map.of("id", notAnId));
            assertEquals("INVALID_ARGUMENT", malformed.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions")
                    .getString("code"), notAnId);
        }
    }

    @Test
    void idsAreOpaqueSoThatApollosKeysDoNotRepeatTheType() {
        String id = GraphQLClient.post("{ province(code: \"VN-21\") { id } }").getJsonObject("data")
                .getJsonObject("province").getString("id");
        assertEquals(Node.id("Province", "VN-21"), id);
        assertTrue(id.matches("[A-Za-z0-9_-]+") && !id.contains("Province"), id);
        assertEquals(new Node.Key("Province", "VN-21"), Node.parse(id));
    }

    /** Every object type with a code is an entity, and a new one cannot forget its id. */
    @Test
    void everyTypeWithACodeImplementsNode() {
        GraphQLInterfaceType node = (GraphQLInterfaceType) schema.getType("Node");
        Set<String> withCode = new TreeSet<>();
        Set<String> implementing = new TreeSet<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream().filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast).toList()) {
            // Not entities: the codes of figures written (a change) or proposed (an extraction) name figures elsewhere.
            if (type.getFieldDefinition("code") != null && !Set.of("FigureWritten", "ExtractedFigure").contains(type.getName())) {
                withCode.add(type.getName());
            }
            if (type.getInterfaces().contains(node)) {
                implementing.add(type.getName());
            }
        }
        assertEquals(Set.of("Commodity", "Figure", "Market", "Period", "Province", "Scope", "Source"), withCode);
        assertEquals(withCode, implementing);
    }

    private static JsonObject nodeOf(String id) {
        JsonObject answer = GraphQLClient.post(NODE, Map.of("id", id));
        assertTrue(!answer.containsKey("errors"), answer.toString());
        JsonObject node = answer.getJsonObject("data").getJsonObject("node");
        assertEquals(id, node.getString("id"));
        return node;
    }
}
