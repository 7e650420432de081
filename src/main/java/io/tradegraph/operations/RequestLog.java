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
            LOG.infof("graphql %s %s answered %d%s in %.1f ms", method,
                    name(operationName), status,
                    code == null ? "" : " " + code, (System.nanoTime() - startedNanos) / 1_000_000.0);
        }
    }

    public static void clientGone(String method, String operationName, long startedNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.infof("graphql %s %s: the client went away after %.1f ms, before its answer", method,
                    name(operationName),
                    (System.nanoTime() - startedNanos) / 1_000_000.0);
        }
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
