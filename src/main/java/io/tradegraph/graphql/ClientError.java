package io.tradegraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A mistake in the client's request. Its message is shown to the client (see {@code show-error-message} in
 * application.properties) and its {@link ErrorCode} becomes {@code extensions.code}; every other failure is
 * reported with a generic message.
 */
public abstract class ClientError extends RuntimeException {

    protected ClientError(String message) {
        super(message, null, false, false);
    }

    @ErrorCode("UNKNOWN_CODE")
    public static final class UnknownCode extends ClientError {
        public UnknownCode(String kind, String code, String hint) {
            super("Unknown " + kind + " code '" + code + "'. " + hint);
        }
    }

    @ErrorCode("INVALID_DATE_RANGE")
    public static final class InvalidDateRange extends ClientError {
        public InvalidDateRange(Object from, Object to) {
            super("The date range is inverted: 'from' (" + from + ") is after 'to' (" + to + ").");
        }
    }

    @ErrorCode("PAGE_SIZE_OUT_OF_RANGE")
    public static final class PageSizeOutOfRange extends ClientError {
        public PageSizeOutOfRange(int first, int max) {
            super("'first' must be between 1 and " + max + ", got " + first + ".");
        }
    }

    @ErrorCode("INVALID_ARGUMENT")
    public static final class InvalidArgument extends ClientError {
        public InvalidArgument(String message) {
            super(message);
        }
    }

    @ErrorCode("NOT_ADDITIVE")
    public static final class NotAdditive extends ClientError {
        public NotAdditive(String message) {
            super(message);
        }
    }

    @ErrorCode("INVALID_CURSOR")
    public static final class InvalidCursor extends ClientError {
        public InvalidCursor(String cursor) {
            super("The cursor '" + cursor + "' was not issued by this service; use an 'endCursor' or 'cursor' "
                    + "from a previous page.");
        }
    }
}
