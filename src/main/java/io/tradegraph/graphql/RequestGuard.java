package io.tradegraph.graphql;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.dataloader.DataLoaderRegistry;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldArgumentValueEnvironment;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.TypeUtil;
import graphql.util.TraversalControl;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.ServiceError;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Snapshot;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * What graphql-java does for every request beyond executing it: refuse, before any field runs, a document that is not
 * trusted where only trusted ones run ({@link PersistedDocuments}), an operation deeper, with more aliases or costlier
 * than the {@link Limits} allow, or a mutation sent by GET; stop fetching once the
 * request's deadline has passed or its client has gone; and code every error ({@link ErrorMapping}).
 * <p>
 * The request's deadline and method come from {@link GraphQLEndpoint}, through the GraphQL context.
 */
public final class RequestGuard extends SimplePerformantInstrumentation {

    private final Limits limits;
    private final QueryCost cost;
    private final Runnable webSocketOperationStarted;
    private final PersistedDocuments documents;
    private final Catalog catalog;
    /** Operations measured lately: a few hundred bytes each, beside the documents SmallRye keeps anyway. */
    private final Cache<Operation, Measured> measured = Caffeine.newBuilder().maximumSize(1_000).build();

    /** @param webSocketOperationStarted told when an operation begins that came over a WebSocket, not over HTTP */
    public RequestGuard(Limits limits, Catalog catalog, PersistedDocuments documents, Runnable webSocketOperationStarted) {
        this.limits = limits;
        this.documents = documents;
        this.webSocketOperationStarted = webSocketOperationStarted;
        this.catalog = catalog;
        this.cost = new QueryCost();
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
        if (exchange != null) {
            exchange.executing(execution.getOperationDefinition().getOperation().name().toLowerCase(java.util.Locale.ROOT),
                    execution.getOperationDefinition().getName());
        } else {
            // Not an HTTP request of GraphQLEndpoint's: an operation sent over a WebSocket.
            webSocketOperationStarted.run();
        }
        if (!documents.mayRun(execution.getExecutionInput().getQuery())) {
            throw refusal(new ClientError.BadRequest(PersistedDocuments.NOT_LISTED, "This service runs trusted documents "
                    + "only (those of its pages and those its operators list), and this is not one of them."));
        }
        if (exchange != null && exchange.isGet() && execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
            throw refusal(new ClientError.BadRequest("METHOD_NOT_ALLOWED",
                    "Only queries may be sent by GET; send mutations by POST."));
        }
        Measured shape = measure(execution);
        refuseIntVariablesOutOfRange(execution);
        if (shape.rootFields > 1 && execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION) {
            // graphql-java runs a document's mutations one after the other, each in its own transaction: the first
            // could commit, the second fail, and the answer hide what was written behind a null. One write a request.
            throw refusal(new ClientError.BadRequest("ONE_MUTATION_PER_REQUEST", "A request may hold one mutation "
                    + "field, which is written whole or not at all; this one holds " + shape.rootFields + ". Send "
                    + "each mutation in a request of its own (an import takes many figures at once)."));
        }
        if (shape.depth > limits.depth()) {
            throw refusal(new ClientError.LimitExceeded("depth", limits.depth(), shape.depth,
                    "Nest fewer fields, or split the request."));
        }
        if (shape.aliases > limits.aliases()) {
            throw refusal(new ClientError.LimitExceeded("aliases", limits.aliases(), shape.aliases,
                    "Ask for fewer aliased fields per request."));
        }
        int estimated = shape.cost;
        if (exchange != null) {
            exchange.costs(estimated);
        }
        if (estimated > limits.cost()) {
            throw refusal(new ClientError.LimitExceeded("cost", limits.cost(), estimated, "The cost estimates the "
                    + "objects an answer can hold: ask for smaller pages or top-N lists, shorter date ranges, or "
                    + "fewer nested lists."));
        }
        return null;
    }

    /**
     * The operation's shape and cost, walked once per document, operation, variables and catalog snapshot: both walks
     * read the whole document (a sixth of a small query's time), and a client sends the same few operations again and
     * again. A walk that refuses (an Int literal out of range) leaves nothing behind and refuses every time.
     */
    private Measured measure(ExecutionContext execution) {
        Operation operation = new Operation(execution.getDocument(), execution.getExecutionInput().getOperationName(),
                execution.getCoercedVariables().toMap());
        Snapshot known = catalog.current();
        Measured kept = measured.getIfPresent(operation);
        if (kept != null && kept.against == known) {
            return kept;
        }
        QueryTraverser traverser = QueryTraverser.newQueryTraverser().schema(execution.getGraphQLSchema())
                .document(execution.getDocument()).operationName(execution.getExecutionInput().getOperationName())
                .coercedVariables(execution.getCoercedVariables()).build();
        Shape shape = new Shape();
        traverser.visitPreOrder(shape);
        Measured found = new Measured(shape.rootFields, shape.depth, shape.aliases, cost.estimate(execution, known), known);
        measured.put(operation, found);
        return found;
    }

    /** An operation as sent: the document (the same instance for the same text, from SmallRye's query cache), by identity. */
    private record Operation(Document document, String name, Map<String, Object> variables) {
    }

    /** What the walks of an operation found, and against which snapshot of the catalog its cost was estimated. */
    private record Measured(int rootFields, int depth, int aliases, int cost, Snapshot against) {
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
            return result instanceof CompletionStage<?> pending ? bounded(pending, remaining) : result;
        };
    }

    /**
     * The fetch's result, or TIMEOUT once the request's time is up. The timer is Vert.x's, so that the timeout
     * completes on the request's event loop (the JDK's own timer thread has no access to the application's class
     * loader or context), and it is cancelled when the fetch completes first.
     */
    private static CompletionStage<Object> bounded(CompletionStage<?> pending, long remainingMillis) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return pending.toCompletableFuture().<Object> thenApply(value -> value).orTimeout(remainingMillis,
                    TimeUnit.MILLISECONDS);
        }
        CompletableFuture<Object> bounded = new CompletableFuture<>();
        long timer = context.owner().setTimer(Math.max(1, remainingMillis),
                fired -> bounded.completeExceptionally(new ServiceError.TimedOut()));
        pending.whenComplete((value, failure) -> {
            context.owner().cancelTimer(timer);
            if (failure != null) {
                bounded.completeExceptionally(failure);
            } else {
                bounded.complete(value);
            }
        });
        return bounded;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(ErrorMapping.map(result.getErrors(),
                parameters.getSchema()))));
    }

    /**
     * What one walk of the operation finds: its depth and aliases, and any literal of an argument or input field typed
     * Int outside 32 bits, which SmallRye's Int scalar would wrap silently (4294967297 becomes 1). Literals of other
     * numeric types (BigDecimal amounts) may be as large as they are.
     */
    private static final class Shape extends QueryVisitorStub {
        int depth;
        int aliases;
        int rootFields;

        @Override
        public void visitField(QueryVisitorFieldEnvironment field) {
            depth = Math.max(depth, depth(field));
            if (field.getParentEnvironment() == null && !field.getField().getName().startsWith("__")) {
                rootFields++;
            }
            if (field.getField().getAlias() != null) {
                aliases++;
            }
        }

        @Override
        public TraversalControl visitArgumentValue(QueryVisitorFieldArgumentValueEnvironment environment) {
            var input = environment.getArgumentInputValue();
            boolean isInt = GraphQLTypeUtil.unwrapAll(input.getInputType()).getName().equals("Int");
            if (input.getValue() instanceof IntValue literal && isInt) {
                requireInt(literal.getValue(), "The literal " + literal.getValue());
            }
            if (input.getValue() instanceof graphql.language.StringValue literal && isInt) {
                // SmallRye's Int reads "10" as 10; the specification's input coercion refuses it.
                throw refusal(new ClientError.BadRequest("GRAPHQL_VALIDATION_FAILED", "The argument '"
                        + environment.getGraphQLArgument().getName() + "' is an Int: write it without quotes, not as "
                        + "the String \"" + abbreviated(literal.getValue()) + "\"."));
            }
            return TraversalControl.CONTINUE;
        }
    }

    /** Variables declared Int, checked before SmallRye's scalar wraps them (see {@link Shape}). */
    private static void refuseIntVariablesOutOfRange(ExecutionContext execution) {
        Map<String, Object> raw = execution.getExecutionInput().getRawVariables().toMap();
        for (VariableDefinition variable : execution.getOperationDefinition().getVariableDefinitions()) {
            if (!TypeUtil.unwrapAll(variable.getType()).getName().equals("Int") || TypeUtil.isList(variable.getType())) {
                continue;
            }
            Object value = raw.get(variable.getName());
            if (value instanceof Number number) {
                requireInt(new java.math.BigDecimal(number.toString()), "The variable $" + variable.getName());
            } else if (value instanceof String text) {
                throw refusal(new ClientError.BadRequest("BAD_USER_INPUT", "The variable $" + variable.getName()
                        + " is an Int: send it as a JSON number, not as the string \"" + abbreviated(text) + "\"."));
            }
        }
    }

    private static void requireInt(BigInteger value, String what) {
        if (value.bitLength() > 31) {
            throw refusal(new ClientError.BadRequest("BAD_USER_INPUT", what + " is outside GraphQL's Int range "
                    + "(-2147483648 to 2147483647)."));
        }
    }

    /** A JSON number for an Int, its size read off its digits before any conversion (1e1000000 is not expanded). */
    private static void requireInt(java.math.BigDecimal value, String what) {
        if (value.signum() != 0 && (long) value.precision() - value.scale() > 10) {
            requireInt(BigInteger.TWO.pow(32), what);
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw refusal(new ClientError.BadRequest("BAD_USER_INPUT", what + " is not a whole number, as an Int must "
                    + "be."));
        }
        requireInt(value.toBigInteger(), what);
    }

    private static String abbreviated(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
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
