package io.tradegraph.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;

/**
 * One log line per GraphQL request: operation type and name, and duration. Never the variables or the document,
 * which may be large and are the client's business; DEBUG adds the document for troubleshooting.
 * <p>
 * Why SmallRye's eventing SPI rather than its CDI events: with CDI events enabled, SmallRye fires events around
 * every field it fetches, thousands per large query, which measurably slows every request. This hooks only the
 * start and the end of an execution. Registered in META-INF/services.
 */
@RegisterForReflection
public class RequestLog implements EventingService {

    private static final Logger LOG = Logger.getLogger(RequestLog.class);

    private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void beforeExecute(Context context) {
        startedNanos.put(context.getExecutionId(), System.nanoTime());
    }

    @Override
    public void afterExecute(Context context) {
        Long started = startedNanos.remove(context.getExecutionId());
        double millis = started == null ? Double.NaN : (System.nanoTime() - started) / 1_000_000.0;
        LOG.infof("graphql %s %s took %.1f ms", String.join(",", context.getRequestedOperationTypes()),
                context.getOperationName().map(RequestLog::printable).orElse("(anonymous)"), millis);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("graphql document: %s", context.getQuery());
        }
    }

    @Override
    public void errorExecute(String executionId, Throwable throwable) {
        if (executionId != null) {
            startedNanos.remove(executionId);
        }
    }

    /** A client's text with control characters escaped, so that it cannot forge or break log lines. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.length() > 200 ? out.substring(0, 200) + "…" : out.toString();
    }
}
