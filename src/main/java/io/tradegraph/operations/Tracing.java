package io.tradegraph.operations;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * Traces, through Quarkus's OpenTelemetry (off unless configured: docs/operations.md): beneath the HTTP server's
 * span, one span for every GraphQL request, named as OpenTelemetry's conventions name GraphQL operations
 * ({@code query Area}), with the operation's type and name, its estimated cost, whether the response cache answered
 * and its outcome ({@code success} or the first error's code). The span stays current on the request's Vert.x
 * context until the answer is written, so the SQL client's spans are its children. It replaces SmallRye's own
 * ({@code quarkus.smallrye-graphql.tracing.enabled=false}), which knows neither costs, nor outcomes, nor cached
 * answers.
 */
@ApplicationScoped
public class Tracing {

    private final Tracer tracer;

    public Tracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Starts a request's span and makes it current on the calling context. */
    public OperationSpan begin() {
        Span span = tracer.spanBuilder("graphql").startSpan();
        return new OperationSpan(span, span.getSpanContext().isValid() ? span.makeCurrent() : Scope.noop());
    }

    /** One GraphQL request's span; ended once, when its answer is written. */
    public static final class OperationSpan {

        /** For requests that are not traced: every call does nothing. */
        public static final OperationSpan NONE = new OperationSpan(Span.getInvalid(), Scope.noop());

        private final Span span;
        private final Scope scope;

        private OperationSpan(Span span, Scope scope) {
            this.span = span;
            this.scope = scope;
        }

        /** The operation executed: its type ({@code query}, {@code mutation}, {@code subscription}) and name. */
        public void operation(String type, String name) {
            span.updateName(name == null ? type : type + " " + name);
            span.setAttribute("graphql.operation.type", type);
            if (name != null) {
                span.setAttribute("graphql.operation.name", name);
            }
        }

        public void cost(int estimated) {
            span.setAttribute("tradegraph.cost", estimated);
        }

        public void cached() {
            span.setAttribute("tradegraph.cache", "hit");
        }

        /** Ends the span with the answer's status and outcome; an answer the service failed to give is an error. */
        public void end(int status, String code) {
            span.setAttribute("http.response.status_code", status);
            span.setAttribute("tradegraph.outcome", code == null ? "success" : code);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR, code);
            }
            scope.close();
            span.end();
        }
    }
}
