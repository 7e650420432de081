package io.tradegraph.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * The warnings and errors that the service's console (what an operator reads) would print while it is open: every
 * record of WARN or above that passes the console handler's own filter (quarkus.log.console.filter).
 */
public final class ConsoleWarnings implements AutoCloseable {

    private final List<LogRecord> printed = new CopyOnWriteArrayList<>();
    private final java.util.logging.Logger root = LogContext.getLogContext().getLogger("");
    private final Handler capture;

    public ConsoleWarnings() {
        Handler console = console(root.getHandlers());
        if (console == null) {
            throw new IllegalStateException("no console handler on the root logger");
        }
        capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()
                        && (console.getFilter() == null || console.getFilter().isLoggable(record))) {
                    printed.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        root.addHandler(capture);
    }

    /** Each warning as its logger, message and thrown exception would show them. */
    public List<String> printed() {
        List<String> lines = new ArrayList<>();
        for (LogRecord record : printed) {
            lines.add(record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }
        return lines;
    }

    @Override
    public void close() {
        root.removeHandler(capture);
    }

    private static Handler console(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                return handler;
            }
            if (handler instanceof ExtHandler nested) {
                Handler found = console(nested.getHandlers());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
