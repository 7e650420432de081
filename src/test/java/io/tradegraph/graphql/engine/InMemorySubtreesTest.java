package io.tradegraph.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * The strategy answers every query exactly as graphql-java's own does, data and errors with their paths, over a
 * schema with properties, in-memory resolvers with arguments, a resolver that is not in memory, enums, lists,
 * nulls, a failing property and a non-null field that is null; and, where the whole subtree is in memory, without
 * graphql-java fetching field by field.
 */
class InMemorySubtreesTest {

    private static final String SCHEMA = """
            type Query { shop: Shop, shops: [Shop!]!, later: Shop }
            type Shop { name: String!, kind: Kind, tags: [String], items(first: Int, cheap: Boolean = false): [Item!]!, owner: Owner }
            type Item { label: String!, price: Float, kind: Kind, broken: String, required: String! }
            type Owner { name: String, shops: [Shop] }
            enum Kind { BIG SMALL }
            """;

    /** A resolver computed from its source and arguments, as the service's {@code @NonBlocking} ones are. */
    private static final class Items implements DataFetcher<List<Map<String, Object>>>, InMemorySubtrees.InMemory {
        @Override
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> get(DataFetchingEnvironment environment) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) environment.getSource()).get("items");
            Integer first = environment.getArgument("first");
            if (first != null && first < 0) {
                throw new IllegalArgumentException("first must not be negative");
            }
            List<Map<String, Object>> chosen = new ArrayList<>();
            for (Map<String, Object> item : items) {
                if (!Boolean.TRUE.equals(environment.getArgument("cheap")) || ((Double) item.get("price")) < 10) {
                    chosen.add(item);
                }
            }
            return first == null ? chosen : chosen.subList(0, Math.min(first, chosen.size()));
        }
    }

    private static final GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
            RuntimeWiring.newRuntimeWiring()
                    .type("Query", type -> type
                            .dataFetcher("shop", environment -> shop("Corner", 3, true))
                            .dataFetcher("shops", environment -> List.of(shop("Corner", 3, true), shop("Market", 2, false)))
                            // Not in memory: the subtree below it is, once it completes.
                            .dataFetcher("later", environment -> CompletableFuture.supplyAsync(() -> shop("Later", 2, true))))
                    .type("Shop", type -> type.dataFetcher("items", new Items()))
                    .type("Item", type -> type.dataFetcher("broken", environment -> {
                        throw new IllegalStateException("broken on purpose");
                    }))
                    .build());

    private static Map<String, Object> shop(String name, int items, boolean complete) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Map<String, Object> item = new HashMap<>();
            item.put("label", name + " item " + i);
            item.put("price", 5.0 * (i + 1));
            item.put("kind", i % 2 == 0 ? "BIG" : "SMALL");
            // One item of an incomplete shop lacks what the schema says is always there.
            item.put("required", complete || i == 0 ? "present" : null);
            list.add(item);
        }
        Map<String, Object> owner = new HashMap<>();
        owner.put("name", null);
        owner.put("shops", List.of());
        Map<String, Object> shop = new HashMap<>();
        shop.put("name", name);
        shop.put("kind", "SMALL");
        shop.put("tags", java.util.Arrays.asList("open", null, "late"));
        shop.put("items", list);
        shop.put("owner", owner);
        return shop;
    }

    /** Counts the fields graphql-java fetches through its own path. */
    private static final class FetchCount extends SimplePerformantInstrumentation {
        final AtomicInteger fetched = new AtomicInteger();

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            fetched.incrementAndGet();
            return null;
        }
    }

    /** The answer as the service writes it (so that the order of fields counts too), and the fields fetched. */
    private record Answer(String json, int fetched) {
    }

    private static Answer run(ExecutionStrategy strategy, String query) {
        FetchCount count = new FetchCount();
        ExecutionResult result = GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).instrumentation(count).build()
                .execute(ExecutionInput.newExecutionInput(query).variables(Map.of("withKind", true, "n", 1)));
        return new Answer(ResultJson.of(result).toString(), count.fetched.get());
    }

    private static Answer standard(String query) {
        return run(new AsyncExecutionStrategy(), query);
    }

    private static Answer inMemory(String query) {
        return run(new InMemorySubtrees(new SimpleDataFetcherExceptionHandler()), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Properties, enums, lists with nulls, aliases, __typename, arguments from literals and variables.
            "query($n: Int) { shops { __typename name kind tags all: items { label price kind } one: items(first: $n) { label } "
                    + "cheap: items(cheap: true) { price } owner { name shops { name } } } }",
            // Fragments, inline fragments and @include / @skip driven by a variable.
            "query($withKind: Boolean!) { shop { ...names items { ... on Item { label kind @include(if: $withKind) "
                    + "price @skip(if: $withKind) } } } } fragment names on Shop { name owner { name } }",
            // One field selected twice with different sub-selections: merged.
            "{ shop { items { label } items { price } } }",
            // A property that throws, inside a list: null with an error at its path.
            "{ shops { name items { label broken } } }",
            // A non-null field that is null: the null goes up to the nearest nullable parent, with the error.
            "{ shops { name items { required } } }",
            // An in-memory resolver that refuses its argument.
            "{ shop { name items(first: -1) { label } } }",
            // Below a field that is not in memory.
            "{ later { name items { label kind } } }",
    })
    void answersAsGraphqlJavaDoes(String query) {
        assertEquals(standard(query).json(), inMemory(query).json(), query);
    }

    @Test
    void aSubtreeInMemoryIsCompletedWithoutFetchingFieldByField() {
        String query = "{ shop { name kind tags items(first: 2) { label price kind } owner { name } } }";
        Answer standard = standard(query);
        Answer inMemory = inMemory(query);
        assertEquals(standard.json(), inMemory.json());
        assertEquals(13, standard.fetched(), "shop, its 5 fields, 3 fields of 2 items, the owner's name");
        assertEquals(1, inMemory.fetched(), "only the root field goes through graphql-java's fetching");
    }

    @Test
    void aFieldThatFailsBelowIsCompletedByGraphqlJavaWithItsError() {
        String query = "{ shop { name items { label broken } } }";
        Answer inMemory = inMemory(query);
        assertEquals(standard(query).json(), inMemory.json());
        assertEquals(3, inMemory.json().split("broken on purpose").length - 1, inMemory.json());
    }
}
