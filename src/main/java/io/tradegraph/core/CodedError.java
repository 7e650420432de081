package io.tradegraph.core;

import java.util.Map;

/**
 * A failure the client is told about as it is: a message written for people and a code for programs
 * ({@code extensions.code}, see {@link ErrorMapping}). No stack trace is taken: these are answers, not bugs.
 */
public abstract class CodedError extends RuntimeException {

    private final String code;

    protected CodedError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Facts for programs, shown in {@code extensions} next to the code. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
