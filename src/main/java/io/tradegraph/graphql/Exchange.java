package io.tradegraph.graphql;

import graphql.GraphQLContext;

/**
 * What the HTTP side of one request tells its execution: the method it came by, when its time is up, and whether
 * its client has gone. Travels in the GraphQL context; written by {@link GraphQLEndpoint}, read by
 * {@link RequestGuard}.
 */
final class Exchange {

    static final String KEY = Exchange.class.getName();

    private final boolean get;
    private final long deadlineNanos;
    private volatile boolean closed;

    Exchange(boolean get, long timeoutMillis) {
        this.get = get;
        this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000;
    }

    static Exchange of(GraphQLContext context) {
        return context == null ? null : context.get(KEY);
    }

    boolean isGet() {
        return get;
    }

    long remainingMillis() {
        return (deadlineNanos - System.nanoTime()) / 1_000_000;
    }

    boolean isClosed() {
        return closed;
    }

    void close() {
        closed = true;
    }
}
