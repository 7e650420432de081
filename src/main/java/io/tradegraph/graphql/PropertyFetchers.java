package io.tradegraph.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Reads plain properties (getters, record components, public fields) of our output types without rebuilding
 * SmallRye's per-field {@code Context}.
 * <p>
 * Why: SmallRye's own property fetcher clones the request context for every value it reads, and renders the
 * field's selection set as JSON twice on the way. A dashboard answer reads about eight thousand properties, and
 * that context was half of everything the service allocated per request. A property has no arguments and no
 * resolver method that could look at the context, so nothing reads it. Results are still transformed (dates,
 * number formats) as SmallRye would. Resolver methods ({@code @Query}, {@code @Source}) keep SmallRye's fetchers.
 * Registered in META-INF/services, ahead of Quarkus's own service (priority 1).
 */
@RegisterForReflection
public class PropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
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
        return source -> {
            try {
                return method.invoke(source);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        };
    }

    @FunctionalInterface
    private interface Accessor {
        Object get(Object source) throws Exception;
    }

    private static final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

        private final FieldHelper fieldHelper;
        private final Accessor accessor;

        PropertyFetcher(Field field, Accessor accessor) {
            this.fieldHelper = new FieldHelper(field);
            this.accessor = accessor;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            return (T) fieldHelper.transformOrAdaptResponse(accessor.get(environment.getSource()), environment);
        }
    }
}
