package io.tradegraph.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mistake in the client's request, which is not logged beyond the request's own line. */
public abstract class ClientError extends CodedError {

    protected ClientError(String code, String message) {
        super(code, message);
    }

    public static final class UnknownCode extends ClientError {
        public UnknownCode(String kind, String code, String hint) {
            super("UNKNOWN_CODE", "Unknown " + kind + " code '" + code + "'. " + hint);
        }
    }

    public static final class InvalidDateRange extends ClientError {
        public InvalidDateRange(Object from, Object to) {
            super("INVALID_DATE_RANGE", "The date range is inverted: 'from' (" + from + ") is after 'to' (" + to + ").");
        }
    }

    public static final class PageSizeOutOfRange extends ClientError {
        public PageSizeOutOfRange(int first, int max) {
            super("PAGE_SIZE_OUT_OF_RANGE", "'first' must be between 1 and " + max + ", got " + first + ".");
        }
    }

    public static final class InvalidArgument extends ClientError {
        public InvalidArgument(String message) {
            super("INVALID_ARGUMENT", message);
        }
    }

    public static final class NotAdditive extends ClientError {
        public NotAdditive(String message) {
            super("NOT_ADDITIVE", message);
        }
    }

    public static final class InvalidCursor extends ClientError {
        public InvalidCursor(String message) {
            super("INVALID_CURSOR", message);
        }
    }

    /** A request beyond one of the {@link Limits}. */
    public static final class LimitExceeded extends ClientError {
        private final String limit;
        private final long maximum;
        private final long actual;

        public LimitExceeded(String limit, long maximum, long actual, String explanation) {
            super("LIMIT_EXCEEDED", "The request exceeds the " + limit + " limit: " + actual + " where at most " + maximum
                    + " is allowed. " + explanation);
            this.limit = limit;
            this.maximum = maximum;
            this.actual = actual;
        }

        /** A limit found exceeded while working, before the request's full figure is known. */
        public LimitExceeded(String limit, long maximum, String message) {
            super("LIMIT_EXCEEDED", message);
            this.limit = limit;
            this.maximum = maximum;
            this.actual = -1;
        }

        @Override
        public Map<String, Object> details() {
            // In this order in every answer (Map.of would order them differently from one run to the next).
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("limit", limit);
            details.put("maximum", maximum);
            if (actual >= 0) {
                details.put("actual", actual);
            }
            return details;
        }
    }

    /** A write that would overwrite what someone else wrote since the writer read it. */
    public static final class Conflict extends ClientError {
        private final boolean raceLost;

        public Conflict(String code, String message) {
            this(code, message, false);
        }

        /**
         * @param raceLost whether a concurrent writer committed while this write ran, so that running it again,
         *                 seeing what the other wrote, answers as if it had come second
         */
        public Conflict(String code, String message, boolean raceLost) {
            super(code, message);
            this.raceLost = raceLost;
        }

        public boolean raceLost() {
            return raceLost;
        }
    }

    /** Rows of an import that cannot be stored, each with its field and reason; none of the import was written. */
    public static final class InvalidImport extends ClientError {
        /** A row that cannot be stored: its place in the import (from 1), code, field and the reason. */
        public record Problem(int row, String code, String field, String reason) {
        }

        private final List<Problem> problems;

        public InvalidImport(List<Problem> problems) {
            super("INVALID_IMPORT", problems.size() + (problems.size() == 1 ? " row" : " rows") + " cannot be stored, "
                    + "so nothing was written; 'extensions.problems' lists each with its field and reason. First: row "
                    + problems.get(0).row() + " (" + problems.get(0).code() + "), " + problems.get(0).field() + ": "
                    + problems.get(0).reason());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }

        @Override
        public Map<String, Object> details() {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Problem problem : problems) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("row", problem.row());
                entry.put("code", problem.code());
                entry.put("field", problem.field());
                entry.put("reason", problem.reason());
                list.add(entry);
            }
            return Map.of("problems", list);
        }
    }

    /** Who may write: the request's token is missing, invalid or expired, or lacks the role. */
    public static final class NotAllowed extends ClientError {
        public NotAllowed(String code, String message) {
            super(code, message);
        }
    }

    /** A request that cannot be run at all: malformed, not valid against the schema, or sent the wrong way. */
    public static final class BadRequest extends ClientError {
        public BadRequest(String code, String message) {
            super(code, message);
        }
    }
}
