package io.tradegraph.graphql;

import graphql.GraphQLContext;

/**
 * What the HTTP side of one request tells its execution: the method it came by, when its time is up, and whether
 * its client has gone; and what the execution tells back: the name of the operation it ran. Travels in the GraphQL
 * context; written by {@link GraphQLEndpoint} and {@link RequestGuard}, read by both.
 */
public final class Exchange {

    public static final String KEY = Exchange.class.getName();

    private final boolean get;
    private final long deadlineNanos;
    private volatile boolean closed;
    private volatile String operationName;

    public Exchange(boolean get, long timeoutMillis) {
        this.get = get;
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

    void executing(String name) {
        operationName = name;
    }
}
