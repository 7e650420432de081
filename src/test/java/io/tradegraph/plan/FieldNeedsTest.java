package io.tradegraph.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.eclipse.microprofile.graphql.Source;
import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.core.Loads.Need;
import io.tradegraph.core.Loads;
import io.tradegraph.graphql.GraphQLClient;
import io.tradegraph.graphql.TradeApi;

/** Every field a periods query can select says what it needs loaded, and the declarations name real fields. */
@QuarkusTest
class FieldNeedsTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void everyFieldBelowAProvincePeriodDeclaresWhatItNeeds() {
        Set<String> catalogTypes = new HashSet<>();
        FieldNeeds.CATALOG_RECORDS.forEach(type -> catalogTypes.add(FieldNeeds.typeName(type)));
        Set<String> schemaFields = new TreeSet<>();
        Deque<GraphQLObjectType> pending = new ArrayDeque<>();
        pending.add(schema.getObjectType(LoadPlan.PROVINCE_PERIOD));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            GraphQLObjectType type = pending.pop();
            if (!seen.add(type.getName()) || catalogTypes.contains(type.getName())) {
                continue;
            }
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                schemaFields.add(type.getName() + "." + field.getName());
                GraphQLType output = GraphQLTypeUtil.unwrapAll(field.getType());
                if (output instanceof GraphQLObjectType object) {
                    pending.add(object);
                }
            }
        }

        Set<String> undeclared = new TreeSet<>(schemaFields);
        undeclared.removeAll(TradeApi.NEEDS.all().keySet());
        assertEquals(Set.of(), undeclared, "fields without @Loads");
        assertEquals(schemaFields, TradeApi.NEEDS.all().keySet(), "declarations for fields the schema does not have");
        assertTrue(schemaFields.size() > 50, "the walk reached the nested types: " + schemaFields.size());
    }

    @Test
    void aSelectionLoadsWhatItsFieldsDeclare() {
        assertEquals(Set.of(Need.WHOLE, Need.FIGURE_COMPARISONS), TradeApi.NEEDS.of("ProvincePeriod", "exportShare"),
                "the shares the articles claim are compared with the computed one");
        assertEquals(Set.of(Need.FIGURE_TEXT), TradeApi.NEEDS.of("Figure", "quote"));
        assertEquals(Set.of(), TradeApi.NEEDS.of("Figure", "amount"));
        assertEquals(Set.of(), TradeApi.NEEDS.of("ProvincePeriod", "balance"));
        assertEquals(Set.of(Need.COMMODITY_FIGURES), TradeApi.NEEDS.of("ProvincePeriod", "commodities"));
    }

    /**
     * The figure's fields made of the columns read only with FIGURE_COMPARISONS (FigureInput's COMPARISON group,
     * which Figure.of turns into these) say so: one left out would read as null, unknown, without them.
     */
    @Test
    void theFigureFieldsMadeOfComparisonsDeclareThem() {
        Set<String> declaring = new TreeSet<>();
        TradeApi.NEEDS.all().forEach((field, needs) -> {
            if (field.startsWith("Figure.") && needs.contains(Need.FIGURE_COMPARISONS)) {
                declaring.add(field.substring("Figure.".length()));
            }
        });
        assertEquals(new TreeSet<>(Set.of("growth", "secondGrowth", "rank", "rankOf", "rankWithin", "share", "planPercent")),
                declaring);
    }

    /**
     * Each field that reads what figures compare their amounts with answers the same alone as beside {@code checks},
     * which loads every column: a field that forgot to declare FIGURE_COMPARISONS would read nulls alone.
     */
    @Test
    void aFieldReadsTheSameComparisonsAloneAsBesideAFieldThatLoadsThemAll() {
        for (String field : List.of("exportShare { stated { value verdict } }",
                "exportGrowth { reported { percent qualifier basis } computed { stated { value verdict } } }",
                "exports { amount growth { percent } share { percent } rank rankOf planPercent }",
                "markets(flow: IMPORT) { ranks { rank } }", "targets { figure { growth { low high } } range { computed } }")) {
            JsonArray alone = periods(field);
            JsonArray beside = periods(field + " checks { kind }");
            JsonArrayBuilder withoutChecks = Json.createArrayBuilder();
            beside.forEach(period -> withoutChecks.add(Json.createObjectBuilder(period.asJsonObject()).remove("checks")));
            assertEquals(withoutChecks.build().toString(), alone.toString(), field);
            assertTrue(alone.toString().matches(".*\"(value|percent|rank|low|computed)\":\"?-?[0-9].*"),
                    field + " reads a stated comparison somewhere: " + alone);
        }
    }

    /**
     * A fragment's periods field merged with another periods field at one place and alone at another: each place
     * loads for what it selects, although both start with the same node of the document (the fragment's), and the
     * place that selects less runs first.
     */
    @Test
    void aFieldMergedWithMoreAtOnePlaceLoadsForAllItSelectsThere() {
        String shares = "exportShare { stated { value verdict } }";
        JsonObject answer = GraphQLClient.post("{ less: province(code: \"VN-57\") { ...Years } more: province(code: "
                + "\"VN-57\") { ...Years periods(kind: YEAR) { " + shares + " } } } "
                + "fragment Years on Province { periods(kind: YEAR) { period { code } } }");
        assertTrue(!answer.containsKey("errors"), answer.toString());
        assertEquals(periods(shares).toString(), answer.getJsonObject("data").getJsonObject("more").getJsonArray("periods")
                .toString());
        assertTrue(answer.getJsonObject("data").getJsonObject("less").getJsonArray("periods").toString()
                .matches("\\[\\{\"period\":\\{\"code\":.*"), answer.toString());
    }

    private static JsonArray periods(String selection) {
        JsonObject answer = GraphQLClient.post("{ province(code: \"VN-57\") { periods(kind: YEAR) { period { code } "
                + selection + " } } }");
        assertTrue(!answer.containsKey("errors"), answer.toString());
        return answer.getJsonObject("data").getJsonObject("province").getJsonArray("periods");
    }

    /** An output type with a field nobody declared. */
    public static final class Undeclared {
        @Loads({})
        public String getDeclared() {
            return "";
        }

        public String getForgotten() {
            return "";
        }
    }

    public static final class UndeclaredApi {
        @Loads({})
        public Undeclared nested(@Source Undeclared parent) {
            return parent;
        }
    }

    @Test
    void aFieldWithoutADeclarationStopsTheService() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> FieldNeeds.declaredBy(Undeclared.class, UndeclaredApi.class));
        assertTrue(failure.getMessage().contains("Undeclared.forgotten"), failure.getMessage());
    }
}
