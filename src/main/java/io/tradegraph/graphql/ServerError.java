package io.tradegraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** Stands in for an unexpected failure, so that nothing of its type or message reaches the client. */
@ErrorCode("INTERNAL")
public final class ServerError extends RuntimeException {

    public ServerError() {
        super("internal error", null, false, false);
    }
}
