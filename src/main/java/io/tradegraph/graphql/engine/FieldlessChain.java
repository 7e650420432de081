package io.tradegraph.graphql.engine;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;
import io.smallrye.graphql.execution.QueryCache;
import io.tradegraph.graphql.RequestGuard;

/**
 * The {@link RequestGuard} chained before SmallRye's instrumentations for what happens once per request (parsing,
 * validation, execution, the result), and alone for what happens once per field or object: SmallRye's do nothing
 * there, yet a chain of two allocated a list and a context per field and hook, 15% of what a dashboard request
 * allocated. Used only when every instrumentation SmallRye configured is one known to act per request only;
 * otherwise the engine gets the plain chain.
 */
final class FieldlessChain extends ChainedInstrumentation {

    /** SmallRye's instrumentations that have no per-field hooks (query cache, complexity and depth limits). */
    private static final Set<Class<?>> PER_REQUEST_ONLY = Set.of(QueryCache.class,
            MaxQueryComplexityInstrumentation.class, MaxQueryDepthInstrumentation.class);

    private final RequestGuard guard;

    private FieldlessChain(RequestGuard guard, List<Instrumentation> all) {
        super(all);
        this.guard = guard;
    }

    /** The guard and the others, per field through the guard alone when the others allow it. */
    static ChainedInstrumentation of(RequestGuard guard, List<Instrumentation> others) {
        List<Instrumentation> all = Stream.concat(Stream.of(guard), others.stream()).toList();
        return others.stream().allMatch(other -> PER_REQUEST_ONLY.contains(other.getClass()))
                ? new FieldlessChain(guard, all)
                : new ChainedInstrumentation(all);
    }

    // The guard keeps no state of its own: its per-field hooks get none.

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return guard.beginExecuteObject(parameters, null);
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        return guard.beginFieldExecution(parameters, null);
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return guard.beginFieldFetch(parameters, null);
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return guard.beginFieldFetching(parameters, null);
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return guard.beginFieldCompletion(parameters, null);
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return guard.beginFieldListCompletion(parameters, null);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return guard.instrumentDataFetcher(dataFetcher, parameters, null);
    }
}
