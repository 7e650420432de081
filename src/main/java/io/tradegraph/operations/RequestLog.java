package io.tradegraph.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.cdi.event.BeforeExecute;

/**
 * One log line per GraphQL request: operation type and name, and duration. Never the variables or the
 * document, which may be large and are the client's business; DEBUG adds the document for troubleshooting.
 */
@ApplicationScoped
public class RequestLog {

    private static final Logger LOG = Logger.getLogger(RequestLog.class);

    private final Map<String, Long> startedNanos = new ConcurrentHashMap<>();

    void started(@Observes @BeforeExecute Context context) {
        startedNanos.put(context.getExecutionId(), System.nanoTime());
    }

    void finished(@Observes @AfterExecute Context context) {
        Long started = startedNanos.remove(context.getExecutionId());
        double millis = started == null ? Double.NaN : (System.nanoTime() - started) / 1_000_000.0;
        LOG.infof("graphql %s %s took %.1f ms", String.join(",", context.getRequestedOperationTypes()),
                context.getOperationName().orElse("(anonymous)"), millis);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("graphql document: %s", context.getQuery());
        }
    }
}
