package io.tradegraph.operations;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;

import io.quarkus.runtime.StartupEvent;

/**
 * Switches the logs (the console, and a file where one is configured) to one JSON object per line when
 * {@code LOG_JSON=true}, for log collectors.
 * <p>
 * Why by hand: the quarkus-logging-json extension is not in the Maven repository our builds can reach, and JBoss
 * LogManager's own JSON formatter cannot see the JSON library from the class loader it lives in. Lines written
 * before start-up completes (Flyway's) stay plain text.
 */
@ApplicationScoped
public class JsonLogs {

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
            @ConfigProperty(name = "tradegraph.log.json") boolean json) {
        if (json) {
            for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
                useJson(handler);
            }
        }
    }

    /** Quarkus wraps its handlers (asynchronous, delayed), so the formatter goes on the innermost ones. */
    private static void useJson(Handler handler) {
        Handler[] nested = handler instanceof ExtHandler wrapper ? wrapper.getHandlers() : new Handler[0];
        if (nested.length == 0) {
            handler.setFormatter(new JsonLineFormatter());
        }
        for (Handler inner : nested) {
            useJson(inner);
        }
    }

    /**
     * timestamp, level, logger, thread, message, the trace and span ids of a traced request and, for failures, the
     * stack trace as one string.
     */
    static final class JsonLineFormatter extends ExtFormatter {

        /** Looked up once: {@code Json.create…} looks the provider up through the service loader on every call. */
        private static final JsonProvider JSON = JsonProvider.provider();
        /** What Quarkus's OpenTelemetry puts in the logging context of a traced request. */
        private static final String[] TRACE_KEYS = { "traceId", "spanId" };

        @Override
        public String format(ExtLogRecord record) {
            JsonObjectBuilder line = JSON.createObjectBuilder()
                    .add("timestamp", record.getInstant().toString())
                    .add("level", record.getLevel().getName())
                    .add("logger", String.valueOf(record.getLoggerName()))
                    .add("thread", String.valueOf(record.getThreadName()))
                    .add("message", String.valueOf(formatMessage(record)));
            // The trace the line belongs to, where tracing is on (io.tradegraph.operations.Tracing).
            for (String key : TRACE_KEYS) {
                String value = record.getMdc(key);
                if (value != null) {
                    line.add(key, value);
                }
            }
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.add("exception", trace.toString());
            }
            return line.build() + System.lineSeparator();
        }
    }
}
