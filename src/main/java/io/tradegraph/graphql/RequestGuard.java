package io.tradegraph.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import io.tradegraph.catalog.Catalog;
import org.dataloader.DataLoaderRegistry;

/**
 * What graphql-java does for every request beyond executing it: refuse, before any field runs, an operation deeper,
 * with more aliases or costlier than the {@link Limits} allow, or a mutation sent by GET; stop fetching once the
 * request's deadline has passed or its client has gone; and code every error ({@link ErrorMapping}).
 * <p>
 * The request's deadline and method come from {@link GraphQLEndpoint}, through the GraphQL context.
 */
final class RequestGuard extends SimplePerformantInstrumentation {

    private final Limits limits;
    private final QueryCost cost;

    RequestGuard(Limits limits, Catalog catalog) {
        this.limits = limits;
        this.cost = new QueryCost(catalog);
    }

    /**
     * SmallRye registers a DataLoader registry only when the schema has {@code @Source List} resolvers; the
     * per-level batches ({@link LevelBatch}) need one in every request.
     */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return input.getDataLoaderRegistry() == EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY
                ? input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()))
                : input;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Exchange exchange = Exchange.of(execution.getGraphQLContext());
        if (exchange != null && exchange.isGet() && execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
            throw refusal(new ClientError.BadRequest("METHOD_NOT_ALLOWED",
                    "Only queries may be sent by GET; send mutations by POST."));
        }
        QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(execution.getGraphQLSchema())
                .document(execution.getDocument()).operationName(execution.getExecutionInput().getOperationName())
                .coercedVariables(execution.getCoercedVariables()).build();
        int depth = traverser.reducePreOrder((field, deepest) -> Math.max(depth(field), deepest), 0);
        if (depth > limits.depth()) {
            throw refusal(new ClientError.LimitExceeded("depth", limits.depth(), depth,
                    "Nest fewer fields, or split the request."));
        }
        int aliases = traverser.reducePreOrder((field, count) -> field.getField().getAlias() == null ? count : count + 1, 0);
        if (aliases > limits.aliases()) {
            throw refusal(new ClientError.LimitExceeded("aliases", limits.aliases(), aliases,
                    "Ask for fewer aliased fields per request."));
        }
        int estimated = QueryComplexityCalculator.newCalculator().fieldComplexityCalculator(cost)
                .schema(execution.getGraphQLSchema()).document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .variables(execution.getCoercedVariables()).build().calculate();
        if (estimated > limits.cost()) {
            throw refusal(new ClientError.LimitExceeded("cost", limits.cost(), estimated, "The cost estimates the "
                    + "objects an answer can hold: ask for smaller pages or top-N lists, shorter date ranges, or "
                    + "fewer nested lists."));
        }
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        Exchange exchange = Exchange.of(parameters.getExecutionContext().getGraphQLContext());
        if (exchange == null) {
            return fetcher;
        }
        return environment -> {
            long remaining = exchange.remainingMillis();
            if (remaining <= 0 || exchange.isClosed()) {
                throw new ServiceError.TimedOut();
            }
            Object result = fetcher.get(environment);
            if (result instanceof CompletionStage<?> pending) {
                return pending.toCompletableFuture().copy().orTimeout(remaining, TimeUnit.MILLISECONDS);
            }
            return result;
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(ErrorMapping.map(result.getErrors()))));
    }

    private static AbortExecutionException refusal(ClientError error) {
        return new AbortExecutionException(List.of(ErrorMapping.of(error)));
    }

    private static int depth(QueryVisitorFieldEnvironment field) {
        int depth = 1;
        for (QueryVisitorFieldEnvironment parent = field.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
            depth++;
        }
        return depth;
    }
}
