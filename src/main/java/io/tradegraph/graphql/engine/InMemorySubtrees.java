package io.tradegraph.graphql.engine;

import static graphql.execution.FieldValueInfo.CompleteValueType.SCALAR;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultNodesInfo;
import graphql.execution.ValuesResolver;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.LightDataFetcher;
import graphql.util.FpKit;
import io.tradegraph.graphql.Exchange;

/**
 * graphql-java's query execution, except that a field whose value is in memory, with everything selected below it,
 * is completed in one walk of that value instead of field by field through graphql-java's machinery.
 * <p>
 * Why: below {@code periods}, a dashboard answer is about ten thousand fields computed in memory, and for each one
 * graphql-java builds parameters, step info, a fetch context, a selection set merged anew for every object, and a
 * result record: about 1.3 KB a field, three quarters of what the request allocated. Here the selection below a
 * field is collected once per request, by graphql-java's own collector (fragments, {@code @skip}, {@code @include}),
 * and every object of the value is walked with it.
 * <p>
 * Which fields: those whose every field selected below is read by a {@link LightDataFetcher} (a property) or an
 * {@link InMemory} resolver, over object, list, scalar and enum types. Anything else (a resolver that does I/O, an
 * interface, a fetcher that throws, a null where the schema says non-null, a value not in memory yet) hands the
 * field back to graphql-java, which completes it as it always has, errors and their paths included; in-memory
 * fetchers may be called again. The answer is the same; what these fields no longer pass through is per-field
 * instrumentation, so {@link EngineSetup} uses this strategy only when the request guard is the one instrumentation
 * with per-field hooks ({@link FieldlessChain}), and the guard's deadline is checked here.
 */
final class InMemorySubtrees extends AsyncExecutionStrategy {

    /**
     * A resolver that computes its value in memory from its source and arguments, and reads nothing else from its
     * environment but the GraphQL context.
     */
    interface InMemory {
    }

    InMemorySubtrees(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    @Override
    protected FieldValueInfo completeValue(ExecutionContext execution, ExecutionStrategyParameters parameters) {
        GraphQLOutputType type = parameters.getExecutionStepInfo().getType();
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if ((unwrapped instanceof GraphQLObjectType || unwrapped instanceof GraphQLList) && parameters.getSource() != null) {
            Completion completion = plans(execution).completion(parameters.getField(), type);
            if (completion != null) {
                try {
                    // A completed value that graphql-java's data loader dispatch must not wait for objects below.
                    return new FieldValueInfo(SCALAR, completion.complete(parameters.getSource()));
                } catch (NotInMemory handBack) {
                    // graphql-java completes it, and reports what went wrong at its path.
                }
            }
        }
        return super.completeValue(execution, parameters);
    }

    /** Completes a value of one type and selection, or throws {@link NotInMemory}. */
    @FunctionalInterface
    private interface Completion {
        Object complete(Object value);
    }

    /** Thrown to hand a field back to graphql-java; without a stack trace, as it is control flow. */
    private static final class NotInMemory extends RuntimeException {
        static final NotInMemory INSTANCE = new NotInMemory();

        private NotInMemory() {
            super(null, null, false, false);
        }
    }

    /** The environment a property fetcher asks for only when it needs more than its source: not here. */
    private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
        throw NotInMemory.INSTANCE;
    };

    private Plans plans(ExecutionContext execution) {
        return execution.getGraphQLContext().computeIfAbsent(Plans.class, key -> new Plans(execution));
    }

    /** One request's completions, compiled once per merged field and type. */
    private final class Plans {

        private final ExecutionContext execution;
        private final Exchange exchange;
        private final boolean enabled;
        private final Map<Key, Object> compiled = new ConcurrentHashMap<>();

        private record Key(List<Field> fields, GraphQLOutputType type) {
        }

        private static final Object NONE = new Object();

        private Plans(ExecutionContext execution) {
            this.execution = execution;
            this.exchange = Exchange.of(execution.getGraphQLContext());
            // Deferred fields and a cap on result nodes work field by field: graphql-java's own path for those.
            this.enabled = !execution.hasIncrementalSupport()
                    && !execution.getGraphQLContext().hasKey(ResultNodesInfo.MAX_RESULT_NODES);
        }

        Completion completion(MergedField field, GraphQLOutputType type) {
            if (!enabled) {
                return null;
            }
            Key key = new Key(field.getFields(), type);
            Object completion = compiled.get(key);
            if (completion == null) {
                Completion made = compile(field, type);
                completion = made == null ? NONE : made;
                compiled.put(key, completion);
            }
            return completion == NONE ? null : (Completion) completion;
        }

        /** The completion of values of this type under this field, or null when some field below is not in memory. */
        private Completion compile(MergedField field, GraphQLOutputType type) {
            boolean nonNull = type instanceof GraphQLNonNull;
            GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
            if (unwrapped instanceof GraphQLList list) {
                Completion item = compile(field, (GraphQLOutputType) list.getWrappedType());
                return item == null ? null : value -> completeList(item, value, nonNull);
            }
            if (unwrapped instanceof GraphQLScalarType scalar) {
                return value -> leaf(value, nonNull, present -> scalar.getCoercing().serialize(present,
                        execution.getGraphQLContext(), execution.getLocale()));
            }
            if (unwrapped instanceof GraphQLEnumType enumeration) {
                return value -> leaf(value, nonNull, present -> enumeration.serialize(present,
                        execution.getGraphQLContext(), execution.getLocale()));
            }
            if (unwrapped instanceof GraphQLObjectType object) {
                List<Selected> selected = select(field, object);
                if (selected == null) {
                    return null;
                }
                Keys keys = new Keys(selected.stream().map(Selected::key).toArray(String[]::new));
                return value -> completeObject(selected, keys, value, nonNull);
            }
            return null;
        }

        /** The fields selected on this object type, each with its fetch and completion; null if one is not in memory. */
        private List<Selected> select(MergedField field, GraphQLObjectType object) {
            FieldCollectorParameters collecting = FieldCollectorParameters.newParameters()
                    .schema(execution.getGraphQLSchema())
                    .objectType(object)
                    .fragments(execution.getFragmentsByName())
                    .variables(execution.getCoercedVariables().toMap())
                    .graphQLContext(execution.getGraphQLContext())
                    .build();
            List<Selected> selected = new ArrayList<>();
            for (Map.Entry<String, MergedField> entry : fieldCollector.collectFields(collecting, field).getSubFields().entrySet()) {
                MergedField below = entry.getValue();
                if (below.getName().equals(Introspection.TypeNameMetaFieldDef.getName())) {
                    String name = object.getName();
                    selected.add(new Selected(entry.getKey(), source -> name, value -> value));
                    continue;
                }
                if (below.getName().startsWith("__")) {
                    return null;
                }
                GraphQLFieldDefinition definition = object.getFieldDefinition(below.getName());
                Fetch fetch = definition == null ? null : fetch(object, definition, below);
                Completion completion = fetch == null ? null : compile(below, definition.getType());
                if (completion == null) {
                    return null;
                }
                selected.add(new Selected(entry.getKey(), fetch, completion));
            }
            return selected;
        }

        private Fetch fetch(GraphQLObjectType object, GraphQLFieldDefinition definition, MergedField field) {
            DataFetcher<?> fetcher = execution.getGraphQLSchema().getCodeRegistry().getDataFetcher(object, definition);
            if (fetcher instanceof LightDataFetcher<?> property) {
                return source -> property.get(definition, source, NO_ENVIRONMENT);
            }
            if (!(fetcher instanceof InMemory)) {
                return null;
            }
            // The same arguments for every object under this field: coerced once, as graphql-java would per object.
            Map<String, Object> arguments;
            try {
                arguments = ValuesResolver.getArgumentValues(execution.getGraphQLSchema().getCodeRegistry(),
                        definition.getArguments(), field.getArguments(), execution.getCoercedVariables(),
                        execution.getGraphQLContext(), execution.getLocale());
            } catch (RuntimeException invalid) {
                return null;
            }
            DataFetchingEnvironment shared = DataFetchingEnvironmentImpl.newDataFetchingEnvironment(execution)
                    .arguments(arguments).fieldDefinition(definition).mergedField(field).fieldType(definition.getType())
                    .parentType(object).build();
            return source -> {
                if (exchange != null && (exchange.remainingMillis() <= 0 || exchange.isClosed())) {
                    throw NotInMemory.INSTANCE;
                }
                return fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(shared).source(source).build());
            };
        }

        private Object completeObject(List<Selected> selected, Keys keys, Object value, boolean nonNull) {
            Object source = present(value, nonNull);
            if (source == null) {
                return null;
            }
            Object[] values = new Object[selected.size()];
            for (int i = 0; i < values.length; i++) {
                Selected field = selected.get(i);
                values[i] = field.completion().complete(fetched(field.fetch(), source));
            }
            return new ResultObject(keys, values);
        }

        private Object completeList(Completion item, Object value, boolean nonNull) {
            Object present = present(value, nonNull);
            if (present == null) {
                return null;
            }
            if (!FpKit.isIterable(present)) {
                throw NotInMemory.INSTANCE;
            }
            List<Object> result = new ArrayList<>();
            for (Object element : FpKit.toIterable(present)) {
                result.add(item.complete(element));
            }
            return result;
        }

        private Object leaf(Object value, boolean nonNull, Completion serialize) {
            Object present = present(value, nonNull);
            if (present == null) {
                return null;
            }
            Object serialized;
            try {
                serialized = serialize.complete(present);
            } catch (CoercingSerializeException invalid) {
                throw NotInMemory.INSTANCE;
            }
            return present(serialized, nonNull);
        }

        /** The value unboxed as graphql-java would; null if null and allowed to be. */
        private Object present(Object value, boolean nonNull) {
            Object unboxed = execution.getValueUnboxer().unbox(value);
            if (unboxed == null && nonNull) {
                throw NotInMemory.INSTANCE;
            }
            return unboxed;
        }

        private static Object fetched(Fetch fetch, Object source) {
            Object value;
            try {
                value = fetch.get(source);
            } catch (NotInMemory handBack) {
                throw handBack;
            } catch (Exception failed) {
                throw NotInMemory.INSTANCE;
            }
            if (value instanceof DataFetcherResult<?> result) {
                // A local context is for the fetchers below: those here read none.
                if (result.hasErrors()) {
                    throw NotInMemory.INSTANCE;
                }
                value = result.getData();
            }
            if (value instanceof CompletionStage<?> || value instanceof Flow.Publisher<?>
                    || value instanceof org.reactivestreams.Publisher<?>) {
                throw NotInMemory.INSTANCE;
            }
            return value;
        }
    }

    @FunctionalInterface
    private interface Fetch {
        Object get(Object source) throws Exception;
    }

    private record Selected(String key, Fetch fetch, Completion completion) {
    }

    /** The keys of every object completed under one field, also as JSON names encoded once. */
    private record Keys(String[] texts, SerializedString[] names) {
        Keys(String[] texts) {
            this(texts, Arrays.stream(texts).map(SerializedString::new).toArray(SerializedString[]::new));
        }
    }

    /**
     * An object of the answer, read-only: its keys, shared by every object completed under one field, and its
     * values in the same order. A quarter of the size of the linked hash map graphql-java builds per object, and
     * written by {@link ResultJson} without an entry per field.
     */
    static final class ResultObject extends AbstractMap<String, Object> {

        private final Keys keys;
        private final Object[] values;

        private ResultObject(Keys keys, Object[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public int size() {
            return keys.texts().length;
        }

        /** The key as a JSON name, quoted and encoded once for all objects under the field. */
        SerializableString name(int index) {
            return keys.names()[index];
        }

        Object value(int index) {
            return values[index];
        }

        @Override
        public Object get(Object key) {
            for (int i = 0; i < keys.texts().length; i++) {
                if (keys.texts()[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return Arrays.asList(keys.texts()).contains(key);
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, Object>> iterator() {
                    return IntStream.range(0, keys.texts().length)
                            .<Map.Entry<String, Object>> mapToObj(i -> new SimpleImmutableEntry<>(keys.texts()[i], values[i]))
                            .iterator();
                }

                @Override
                public int size() {
                    return keys.texts().length;
                }
            };
        }
    }
}
