package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.core.Node;

/**
 * Apollo Client and urql as frontends set them up (docs/api.md), on the dashboard's query for one area: Apollo
 * keeps each entity once, under keys that do not repeat the type; Graphcache, told the value types the guide lists
 * (which must be every type without an id), warns of nothing. And the dashboard's query, run by Apollo Client with
 * its persisted-queries link: the first client's hash is not
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

    @Inject
    GraphQLSchema schema;

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

    @Test
    void apolloKeepsEachEntityOnceUnderItsTypeAndId() throws Exception {
        JsonObject result = JavaScriptClients.run("apollo-persisted.mjs", graphql.toString(), AREA, VARIABLES);
        JsonObject byType = result.getJsonObject("cache").getJsonObject("byTypename");
        System.out.println("Apollo's normalised cache for Bình Dương, objects by type: " + byType);
        for (String type : List.of("Source", "Province", "Figure", "Period")) {
            Set<String> ids = new TreeSet<>();
            collect(result.getJsonObject("data"), type, ids);
            assertEquals(ids.size(), byType.getInt(type), type + ": each kept once, however often the answer holds it");
        }
        assertTrue(byType.getInt("Figure") > byType.getInt("Source"), "the figures cite fewer sources than they are");
        List<String> keys = result.getJsonObject("cache").getJsonArray("keys").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList();
        assertTrue(keys.contains("Province:" + Node.id("Province", "VN-57")), keys.toString());
        assertTrue(keys.stream().noneMatch(key -> key.matches("(\\w+):\\1:.*")), "no key repeats its type: " + keys);
    }

    @Test
    void urqlsGraphcacheWarnsOfNothingWithTheGuidesValueTypes() throws Exception {
        Matcher listed = Pattern.compile("const valueTypes = (\\[[^\\]]*\\]);").matcher(Files.readString(Path.of("docs/api.md")));
        assertTrue(listed.find(), "docs/api.md lists the value types for Graphcache");
        List<String> valueTypes;
        try (var reader = Json.createReader(new StringReader(listed.group(1)))) {
            valueTypes = reader.readArray().getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
        Set<String> withoutId = new TreeSet<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream().filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast).toList()) {
            // Graphcache keys connections, edges and PageInfo by their names; the roots are not kept by key.
            if (type.getFieldDefinition("id") == null && !type.getName().startsWith("__")
                    && !type.getName().matches(".*(PageInfo|Connection|Edge)$")
                    && !Set.of("Query", "Mutation", "Subscription").contains(type.getName())) {
                withoutId.add(type.getName());
            }
        }
        assertEquals(withoutId, new TreeSet<>(valueTypes), "the guide lists every type without an id, and only those");

        String keys = Json.createObjectBuilder(valueTypes.stream().collect(java.util.stream.Collectors
                .toMap(type -> type, type -> (Object) JsonValue.NULL))).build().toString();
        JsonObject configured = JavaScriptClients.run("urql-graphcache.mjs", graphql.toString(), AREA, keys, VARIABLES);
        assertEquals(JsonValue.NULL, configured.get("error"), configured.toString());
        assertEquals("Bình Dương", configured.getJsonObject("data").getJsonObject("province").getString("name"));
        assertEquals(0, configured.getJsonArray("warnings").size(), configured.getJsonArray("warnings").toString());

        JsonObject unconfigured = JavaScriptClients.run("urql-graphcache.mjs", graphql.toString(), AREA, "{}", VARIABLES);
        assertTrue(unconfigured.getJsonArray("warnings").toString().contains("Invalid key"),
                "without the keys, Graphcache warns: " + unconfigured.getJsonArray("warnings"));
    }

    /** The ids of every object of a type in an answer (Apollo's data carry __typename). */
    private static void collect(JsonValue value, String type, Set<String> ids) {
        if (value instanceof JsonObject object) {
            if (type.equals(object.getString("__typename", null)) && object.containsKey("id")) {
                ids.add(object.getString("id"));
            }
            object.values().forEach(child -> collect(child, type, ids));
        } else if (value instanceof jakarta.json.JsonArray array) {
            array.forEach(child -> collect(child, type, ids));
        }
    }

    /** A request as "run method what-it-sent outcome". */
    private static String summary(JsonObject request) {
        return request.getInt("run") + " " + request.getString("method") + " "
                + (request.getBoolean("hasQuery") ? "document+" : "") + (request.isNull("hash") ? "no hash" : "hash") + " "
                + (request.isNull("firstErrorCode") && request.getInt("status") == 200 ? "ok"
                        : request.isNull("firstErrorCode") ? "HTTP " + request.getInt("status") : request.getString("firstErrorCode"));
    }
}
