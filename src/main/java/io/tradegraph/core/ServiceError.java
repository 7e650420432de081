package io.tradegraph.core;

/**
 * Failures of the service rather than of the request, each with its {@code extensions.code}. Their messages are
 * written for the client; nothing of the cause travels with them.
 */
public abstract sealed class ServiceError extends CodedError {

    private ServiceError(String code, String message) {
        super(code, message);
    }

    /** The database cannot be reached, or has no connection to spare: try again shortly. */
    public static final class Unavailable extends ServiceError {
        public Unavailable() {
            super("UNAVAILABLE", "The database is unavailable at the moment; try again shortly.");
        }
    }

    /** This replica runs all the executions it can and holds as many requests in line: try again in a moment. */
    public static final class Overloaded extends ServiceError {
        public Overloaded() {
            super("OVERLOADED", "The service is busy with other requests and could not start this one; try again in "
                    + "a moment (the Retry-After header says when).");
        }
    }

    /** The request ran out of time: its deadline passed, or the database cancelled a statement. */
    public static final class TimedOut extends ServiceError {
        public TimedOut() {
            super("TIMEOUT", "The request took longer than the service allows and was stopped; ask for less, or try "
                    + "again later.");
        }
    }

    /** Anything unexpected: the details are in the service's log, never in the answer. */
    public static final class Internal extends ServiceError {
        public Internal() {
            super("INTERNAL", "Internal error: the request could not be completed. It has been logged.");
        }
    }
}
