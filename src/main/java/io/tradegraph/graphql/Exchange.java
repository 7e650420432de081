package io.tradegraph.graphql;

import graphql.GraphQLContext;
import io.tradegraph.operations.Tracing.OperationSpan;

/**
 * What the HTTP side of one request tells its execution: the method it came by, when its time is up, and whether
 * its client has gone; and what the execution tells back: the operation it ran and its estimated cost, which also go
 * on the request's span. Travels in the GraphQL
 * context; written by {@link GraphQLEndpoint} and {@link RequestGuard}, read by both.
 */
public final class Exchange {

    public static final String KEY = Exchange.class.getName();

    private final boolean get;
    private final long deadlineNanos;
    private volatile boolean closed;
    private volatile String operationName;
    private final OperationSpan span;

    public Exchange(boolean get, long timeoutMillis, OperationSpan span) {
        this.get = get;
        this.span = span;
        this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000;
    }

    public static Exchange of(GraphQLContext context) {
        return context == null ? null : context.get(KEY);
    }

    boolean isGet() {
        return get;
    }

    public long remainingMillis() {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        closed = true;
    }

    /** The name of the operation executed, null for an anonymous one or before execution. */
    public String operationName() {
        return operationName;
    }

    void executing(String type, String name) {
        operationName = name;
        span.operation(type, name);
    }

    void costs(int estimated) {
        span.cost(estimated);
    }
}
