package io.tradegraph.graphql.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.GraphQLException;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.DefaultDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Fetches plain properties (getters, record components, public fields) of our output types, and the results of
 * synchronous {@code @NonBlocking} resolvers, without rebuilding SmallRye's per-field {@code Context}; and the
 * resolvers that return {@code Uni} with that context, but without the selected fields in it.
 * <p>
 * Why: SmallRye clones the request context for every field it fetches, and renders the field's selection set as
 * JSON twice on the way. A dashboard answer reads about eight thousand properties and calls the in-memory
 * resolvers ({@code commodities}, {@code markets}) two hundred times, and that context was about two thirds of
 * everything the service allocated per request. Nothing reads it there: a property has no resolver method, and a
 * synchronous {@code @NonBlocking} resolver computes from its source in memory (resolvers that need the context,
 * or I/O, return {@code Uni}). Arguments and results are still converted as SmallRye would, and failures reach
 * the same error handling; what these fields no longer produce is SmallRye's per-field events and timers.
 * <p>
 * The {@code Uni} resolvers keep Quarkus's fetcher (request context, blocking or not, errors) and SmallRye's
 * context, which they read, but that context no longer lists the selected fields: SmallRye renders them as JSON
 * twice per fetch, walking the selection set once more for every nested field, so a root field of a large query
 * rendered the whole query many times over (a fifth of what a dashboard request allocated). Nothing here reads
 * them ({@code LoadPlan} reads graphql-java's selection set once per request).
 * <p>
 * Registered in META-INF/services, ahead of Quarkus's own service (priority 1).
 */
@RegisterForReflection
public class PropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    /** Switched off, every method answers null: SmallRye then asks the next service, Quarkus's own. */
    private final boolean on = Switches.on(Switches.PROPERTY_FETCHERS);

    @Override
    public PlugableBatchableDataFetcher<?, ?> getDefaultDataFetcher(Operation operation, Type type) {
        return on && operation.getExecute() == Execute.NON_BLOCKING
                ? new InMemoryResolverFetcher<>(operation, type)
                : null;
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getUniDataFetcher(Operation operation, Type type) {
        return on ? new AsyncResolverFetcher<>(operation, type) : null;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        if (!on) {
            return null;
        }
        try {
            Class<?> ownerClass = ClassloadingService.get().loadClass(owner.getClassName());
            return field.getMethodName() == null
                    ? new PropertyFetcher<>(field, ownerClass.getField(field.getPropertyName())::get)
                    : new PropertyFetcher<>(field, getter(ownerClass.getMethod(field.getMethodName())));
        } catch (NoSuchFieldException | NoSuchMethodException e) {
            throw new IllegalStateException("No accessor for GraphQL field " + owner.getName() + "." + field.getName(), e);
        }
    }

    private static Accessor getter(Method method) {
        // Public getters, often inherited from a package-private class (TradeSlice): without this, every call
        // checked access again, the cache of one checked class thrashed by the slices' several classes.
        method.setAccessible(true);
        return source -> {
            try {
                return method.invoke(source, NO_ARGUMENTS);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        };
    }

    /** A getter's arguments: passing none through varargs makes a new empty array at every call, for every row. */
    private static final Object[] NO_ARGUMENTS = {};

    @FunctionalInterface
    private interface Accessor {
        Object get(Object source) throws Exception;
    }

    /**
     * Whether SmallRye's conversion would hand this field's values back as they are (its own test for scalars, no
     * adapter, no Optional), at most in a copy of their collection, element by element: then the values are passed on
     * as they are, the collection uncopied.
     */
    static boolean convertsNothing(Field field) {
        Reference reference = field.getReference();
        boolean scalarConverted = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        boolean adapted = reference.isAdaptingTo() || reference.isAdaptingWith() || field.isAdaptingTo()
                || field.isAdaptingWith();
        boolean wrapped = field.hasWrapper() && !(field.getWrapper().isCollection() && !field.getWrapper().hasWrapper());
        return !scalarConverted && !adapted && !wrapped && !reference.getClassName().startsWith("java.util.Optional");
    }

    /** A synchronous, non-blocking resolver: arguments converted, method invoked, result converted, nothing else. */
    private static final class InMemoryResolverFetcher<K, T> extends DefaultDataFetcher<K, T>
            implements InMemorySubtrees.InMemory {

        private final boolean asItIs;

        InMemoryResolverFetcher(Operation operation, Type type) {
            super(operation, type);
            this.asItIs = convertsNothing(operation);
        }

        /**
         * The result as the method returned it, where SmallRye's conversion would change nothing: that conversion
         * copies the list and the field's schema model for every list it walks, two hundred for a dashboard.
         */
        @Override
        @SuppressWarnings("unchecked")
        public <R> R invokeAndTransform(Context context, DataFetchingEnvironment environment,
                DataFetcherResult.Builder<Object> result, Object[] arguments) throws Exception {
            if (!asItIs) {
                return super.invokeAndTransform(context, environment, result, arguments);
            }
            return (R) result.data(operationInvoker.invoke(arguments)).build();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult()
                    .localContext(environment.getGraphQlContext());
            try {
                return invokeAndTransform(null, environment, result, argumentHelper.getArguments(environment).toArray());
            } catch (AbstractDataFetcherException conversionFailure) {
                return (T) conversionFailure.appendDataFetcherResult(result, environment).build();
            } catch (GraphQLException partialResult) {
                errorResultHelper.appendPartialResult(result, environment, partialResult);
                return (T) result.build();
            }
        }
    }

    /** Quarkus's fetcher for a resolver returning {@code Uni}, entered with SmallRye's context as it stands. */
    private static final class AsyncResolverFetcher<K, T> extends QuarkusUniDataFetcher<K, T> {

        AsyncResolverFetcher(Operation operation, Type type) {
            super(operation, type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            SmallRyeContext context = enter(environment);
            DataFetcherResult.Builder<Object> result = DataFetcherResult.newResult()
                    .localContext(environment.getGraphQlContext());
            try {
                return invokeAndTransform(context, environment, result, argumentHelper.getArguments(environment).toArray());
            } catch (AbstractDataFetcherException conversionFailure) {
                conversionFailure.appendDataFetcherResult(result, environment);
            } catch (GraphQLException partialResult) {
                errorResultHelper.appendPartialResult(result, environment, partialResult);
            }
            return invokeFailure(result);
        }

        /** SmallRye's context for this field, as SmallRye's fetchers make it, less the selected fields. */
        private SmallRyeContext enter(DataFetchingEnvironment environment) {
            SmallRyeContext request = SmallRyeContextManager.getCurrentSmallRyeContext();
            SmallRyeContext field = (request != null ? request : SmallRyeContextManager.restoreSmallRyeContext(environment))
                    .clone();
            field.setDataFetchingEnvironment(environment);
            field.setField(operation);
            field.setFieldName(environment.getField().getName());
            field.setExecutionId(environment.getExecutionId().toString());
            field.setOperationType(environment.getOperationDefinition().getOperation().toString());
            environment.getGraphQlContext().put(SmallRyeContextManager.CONTEXT, field);
            SmallRyeContextManager.restore(field);
            return field;
        }
    }

    /**
     * A {@link LightDataFetcher}: graphql-java then builds no {@code DataFetchingEnvironment} for the field (with
     * its step info, directives and selection set), which for a property nobody reads. SmallRye reads the
     * environment only to adapt a Map-valued field, and then it is built.
     */
    private static final class PropertyFetcher<T> implements PlugableDataFetcher<T>, LightDataFetcher<T> {

        private final FieldHelper fieldHelper;
        private final Accessor accessor;
        private final boolean needsEnvironment;
        private final boolean asItIs;

        PropertyFetcher(Field field, Accessor accessor) {
            this.fieldHelper = new FieldHelper(field);
            this.accessor = accessor;
            this.needsEnvironment = field.hasWrapper() && field.getWrapper().isMap();
            this.asItIs = convertsNothing(field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            Object value = accessor.get(source);
            return (T) (asItIs ? value : fieldHelper.transformOrAdaptResponse(value, needsEnvironment ? environment.get() : null));
        }

        @Override
        public T get(DataFetchingEnvironment environment) throws Exception {
            return get(environment.getFieldDefinition(), environment.getSource(), () -> environment);
        }
    }
}
