package io.tradegraph.operations;

import org.jboss.logging.Logger;

/**
 * One log line per GraphQL request, whatever became of it: method, operation name, status, the first error's code
 * and duration, e.g. {@code graphql POST Dashboard answered 200 in 12.3 ms}. Never the variables or the document,
 * which may be large and are the client's business; DEBUG adds the document for troubleshooting. Text from the
 * client has its control characters escaped, so that it cannot forge or break a line.
 */
public final class RequestLog {

    private static final Logger LOG = Logger.getLogger(RequestLog.class);

    private RequestLog() {
    }

    public static void answered(String method, String operationName, int status, String code, long startedNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.info("graphql " + method + " " + name(operationName) + " answered " + status
                    + (code == null ? "" : " " + code) + " in " + millis(System.nanoTime() - startedNanos) + " ms");
        }
    }

    public static void clientGone(String method, String operationName, long startedNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.info("graphql " + method + " " + name(operationName) + ": the client went away after "
                    + millis(System.nanoTime() - startedNanos) + " ms, before its answer");
        }
    }

    /**
     * Nanoseconds as milliseconds to a tenth, rounded half up as {@code %.1f} writes them (with a point in every
     * locale); without a {@code java.util.Formatter}, which was two thirds of what a line cost, and a line is written
     * for every request.
     */
    static String millis(long nanos) {
        long tenths = (nanos + 50_000) / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }

    public static void document(String document) {
        if (LOG.isDebugEnabled()) {
            LOG.debugf("graphql document: %s", printable(document, Integer.MAX_VALUE));
        }
    }

    private static String name(String operationName) {
        return operationName == null ? "(anonymous)" : printable(operationName, 200);
    }

    /** The text with its control characters escaped, cut after so many code points. */
    public static String printable(String text, int maxCodePoints) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 256));
        text.codePoints().limit(maxCodePoints).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > maxCodePoints ? out + "…" : out.toString();
    }
}
