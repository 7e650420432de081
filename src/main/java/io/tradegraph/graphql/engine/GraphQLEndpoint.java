package io.tradegraph.graphql.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonObject;

import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.CodedError;
import io.tradegraph.core.ServiceError;
import io.tradegraph.graphql.Editor;
import io.tradegraph.graphql.ErrorMapping;
import io.tradegraph.graphql.Exchange;
import io.tradegraph.graphql.Limits;
import io.tradegraph.graphql.PersistedDocuments;
import io.tradegraph.operations.RequestLog;
import io.tradegraph.operations.RequestMetrics;
import io.tradegraph.operations.Tracing;
import io.tradegraph.operations.Tracing.OperationSpan;
import io.tradegraph.persistence.StatementCount;
import io.tradegraph.reference.Catalog;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * GraphQL over HTTP as its specification says, in front of SmallRye's execution: GET for queries and POST of
 * {@code application/json}; {@code application/json} answers unless the client asks for
 * {@code application/graphql-response+json}, with which a request that fails before execution is a 4xx; 400 for a
 * body that is not the JSON object of a GraphQL request, 405 (with {@code Allow}) for other methods and for
 * mutations by GET, 406 for media types it cannot answer with, 413 over the body limit, 415 for other content
 * types. A request may send the hash of a document instead of the document ({@link PersistedDocuments}: Apollo's
 * automatic persisted queries and trusted documents). Each request gets a deadline and notice of its client going away ({@link Exchange}).
 * <p>
 * Why not SmallRye's own handler: it executes bodies of any content type (so a cross-site form could run queries
 * without a preflight), answers malformed requests with 200 or 500, and decodes GET parameters twice. Execution
 * itself stays SmallRye's ({@link ExecutionService}); this class replaces only the HTTP adapter, and activates the
 * request context and hands it the (lazily resolved) identity the way Quarkus's handler does.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    public static final String PATH = "/graphql";
    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    /** The outcome of a request whose client went away before its answer, with nginx's status for it. */
    static final String CLIENT_GONE = "CLIENT_CLOSED_REQUEST";
    static final int CLIENT_GONE_STATUS = 499;
    private static final String STARTED = "tradegraph.started";
    private static final String OPERATION = "tradegraph.operation";
    private static final String SPAN = "tradegraph.span";
    /** After CORS (-300), which answers preflights, and before SmallRye's WebSocket route (-99) and handler. */
    private static final int ORDER = -150;

    private final Limits limits;
    private final Instance<ExecutionService> executionService;
    private final CurrentVertxRequest currentVertxRequest;
    private final ResponseCache cache;
    private final RequestMetrics metrics;
    /** tradegraph.engine.result-json.enabled: our writer of answers, or SmallRye's (docs/engine.md). */
    private final boolean resultJson = Switches.on(Switches.RESULT_JSON);
    private final CurrentIdentityAssociation identity;
    private final WebSockets webSockets;
    private final Catalog catalog;
    private final PersistedDocuments documents;
    private final Tracing tracing;

    private final GraphQLRequests requests;
    private final Admission admission;

    public GraphQLEndpoint(Limits limits, Instance<ExecutionService> executionService, CurrentVertxRequest currentVertxRequest,
            ResponseCache cache, RequestMetrics metrics, CurrentIdentityAssociation identity, WebSockets webSockets,
            Catalog catalog, PersistedDocuments documents, Tracing tracing, Admission admission) {
        this.admission = admission;
        this.identity = identity;
        this.tracing = tracing;
        this.documents = documents;
        this.catalog = catalog;
        this.webSockets = webSockets;
        this.limits = limits;
        this.requests = new GraphQLRequests(limits);
        this.executionService = executionService;
        this.currentVertxRequest = currentVertxRequest;
        this.cache = cache;
        this.metrics = metrics;
    }

    private static final String SUBPROTOCOL = "Sec-WebSocket-Protocol";
    private static final java.util.Set<String> SUBPROTOCOLS = java.util.Set.of("graphql-transport-ws", "graphql-ws");

    void register(@Observes Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(limits.bodyBytes());
        // A WebSocket upgrade (subscriptions) goes on, body unread, to SmallRye's WebSocket handler.
        router.route(PATH).order(ORDER)
                .handler(context -> {
                    if (isWebSocket(context)) {
                        context.next();
                    } else {
                        bodies.handle(context);
                    }
                })
                .handler(this::handle)
                .failureHandler(this::failed);
    }

    /** Whether an upgrade offers a subprotocol SmallRye's WebSocket handler speaks. */
    private static boolean speaksGraphQL(String offered) {
        if (offered == null) {
            return false;
        }
        for (String protocol : offered.split(",")) {
            if (SUBPROTOCOLS.contains(protocol.strip())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWebSocket(RoutingContext context) {
        return context.request().method() == HttpMethod.GET
                && "websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE));
    }

    private void handle(RoutingContext context) {
        if (isWebSocket(context)) {
            if (!speaksGraphQL(context.request().getHeader(SUBPROTOCOL))) {
                // Accepted, such a socket would stay silent: SmallRye's handler speaks nothing without a subprotocol.
                context.put(STARTED, System.nanoTime());
                reject(context, 400, JSON, "BAD_REQUEST", "A WebSocket here speaks graphql-transport-ws (as graphql-ws, "
                        + "Apollo and urql do) or the older graphql-ws: name one in the Sec-WebSocket-Protocol header.");
                return;
            }
            if (webSockets.admit(context.request().connection())) {
                context.next();
            } else {
                context.put(STARTED, System.nanoTime());
                context.response().putHeader(HttpHeaders.RETRY_AFTER, "5");
                metrics.error("LIMIT_EXCEEDED");
                respond(context, 503, JSON, body(new ClientError.LimitExceeded("websockets", limits.websockets(),
                        "This replica holds " + limits.websockets() + " WebSocket connections, all taken; try again "
                                + "in a few seconds (another replica may have room).")), "LIMIT_EXCEEDED");
            }
            return;
        }
        context.put(STARTED, System.nanoTime());
        context.put(SPAN, tracing.begin());
        StatementCount.begin();
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS) {
            context.response().putHeader(HttpHeaders.ALLOW, ALLOWED_METHODS).setStatusCode(204).end();
            return;
        }
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            context.response().putHeader(HttpHeaders.ALLOW, ALLOWED_METHODS);
            reject(context, 405, JSON, "METHOD_NOT_ALLOWED", "Send GraphQL requests by GET (queries) or POST.");
            return;
        }
        String mediaType = GraphQLRequests.negotiate(context.request().getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            reject(context, 406, JSON, "NOT_ACCEPTABLE", "This endpoint answers with " + JSON + " or " + GRAPHQL_RESPONSE
                    + "; the Accept header allows neither.");
            return;
        }
        if (context.request().headers().contains(HttpHeaders.UPGRADE)) {
            reject(context, 400, mediaType, "BAD_REQUEST", "This endpoint upgrades only to WebSocket (GET, for "
                    + "subscriptions over graphql-transport-ws).");
            return;
        }
        JsonObject request;
        try {
            request = method == HttpMethod.GET ? requests.fromQueryParameters(context) : requests.fromBody(context);
        } catch (GraphQLRequests.Refused refused) {
            reject(context, refused.status(), mediaType, refused.code(), refused.getMessage());
            return;
        }
        if (GraphQLRequests.holdsHalfACharacter(request)) {
            // GraphQL's strings are Unicode scalar values; JSON's escapes can write half of one (\ud800), which no
            // answer could echo as UTF-8.
            reject(context, 400, mediaType, "BAD_REQUEST", "The request holds half of a character (a lone UTF-16 "
                    + "surrogate escape such as \\ud800) in a string; send whole characters.");
            return;
        }
        boolean get = method == HttpMethod.GET;
        String learn = null;
        try {
            String hash = GraphQLRequests.persistedHash(request, get);
            if (hash != null && request.containsKey("query")) {
                if (!hash.equals(PersistedDocuments.hash(request.getString("query")))) {
                    throw new GraphQLRequests.Refused(400, "BAD_REQUEST", "'extensions.persistedQuery.sha256Hash' is not "
                            + "the SHA-256 hash of the document in 'query' (of its UTF-8 text, exactly as sent).");
                }
                learn = hash;
            } else if (hash != null) {
                String document = documents.document(hash);
                if (document == null) {
                    // A request error, not a malformed request: 200 in application/json, as for any other.
                    context.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                    String code = documents.trustedOnly() ? PersistedDocuments.NOT_LISTED : PersistedDocuments.NOT_FOUND;
                    reject(context, mediaType.equals(GRAPHQL_RESPONSE) ? 400 : 200, mediaType, code, documents.trustedOnly()
                            ? "This service runs trusted documents only (those of its pages and those its operators "
                                    + "list), and this hash is not one of theirs."
                            : "This replica does not know the document of this hash: send the request once more with "
                                    + "the document in 'query' (Apollo's persisted-queries link does so by itself).");
                    return;
                }
                request = GraphQLRequests.withDocument(request, document);
            }
        } catch (GraphQLRequests.Refused refused) {
            reject(context, refused.status(), mediaType, refused.code(), refused.getMessage());
            return;
        }
        context.put(OPERATION, request.getString("operationName", null));
        RequestLog.document(request.getString("query"));
        // Read first: an answer computed from older data must not carry a newer version.
        String version = HttpCaching.entityTag(catalog.version());
        if (get && HttpCaching.matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), version)) {
            // The client holds this URL's answer at this data version: nothing to execute or send.
            context.response().putHeader(HttpHeaders.ETAG, version).putHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.REVALIDATE);
            respond(context, 304, mediaType, Buffer.buffer(), null);
            return;
        }
        ResponseCache.Key key = cache.keyOf(request);
        if (key != null) {
            byte[] answer = cache.answer(key);
            if (answer != null) {
                context.put(OPERATION, key.operationName());
                OperationSpan span = context.get(SPAN);
                span.operation("query", key.operationName());
                span.cached();
                context.response().putHeader(ResponseCache.HEADER, ResponseCache.HIT);
                if (get) {
                    context.response().putHeader(HttpHeaders.ETAG, HttpCaching.entityTag(key.dataVersion()))
                            .putHeader(HttpHeaders.CACHE_CONTROL, HttpCaching.REVALIDATE);
                }
                respond(context, 200, mediaType, Buffer.buffer(Unpooled.wrappedBuffer(answer)), null);
                return;
            }
        }
        // The deadline counts from here: time in line is the request's time too.
        Exchange exchange = new Exchange(get, limits.requestTimeout().toMillis(), context.get(SPAN));
        JsonObject admitted = request;
        String learned = learn;
        boolean entered = admission.enter(slot -> {
            if (context.response().closed()) {
                slot.leave();
                clientGone(context);
            } else {
                execute(context, admitted, mediaType, key, get ? version : null, learned, exchange, slot);
            }
        }, () -> overloaded(context, mediaType), exchange.remainingMillis());
        if (!entered) {
            overloaded(context, mediaType);
        }
    }

    /** No execution came free for this request: the queue was full, or stayed full until its deadline. */
    private void overloaded(RoutingContext context, String mediaType) {
        metrics.error("OVERLOADED");
        context.response().putHeader(HttpHeaders.RETRY_AFTER, "1").putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        respond(context, 429, mediaType, body(new ServiceError.Overloaded()), "OVERLOADED");
    }

    /** The body limit, enforced by Vert.x's body handler, and anything that failed on the way. */
    private void failed(RoutingContext context) {
        if (context.statusCode() == 413) {
            reject(context, 413, JSON, "PAYLOAD_TOO_LARGE", "The request body is larger than the " + limits.bodyBytes()
                    + " bytes this endpoint accepts.");
        } else {
            LOG.error("GraphQL request failed before execution", context.failure());
            metrics.error("INTERNAL");
            respond(context, 500, JSON, body(new ServiceError.Internal()), "INTERNAL");
        }
    }

    /** Runs the request in its slot; {@code version} is the entity tag of a GET's answer, null for a POST's. */
    private void execute(RoutingContext context, JsonObject request, String mediaType, ResponseCache.Key key, String version,
            String learn, Exchange exchange, Admission.Slot slot) {
        ManagedContext requestContext = Arc.container().requestContext();
        HttpServerResponse response = context.response();
        response.closeHandler(ignored -> {
            exchange.close();
            terminate(requestContext);
        });
        response.endHandler(ignored -> terminate(requestContext));
        requestContext.activate();
        try {
            currentVertxRequest.setCurrent(context);
            // As Quarkus's handler does: the request's identity, resolved only if an operation asks (Editor). A token
            // refused is then the operation's error, coded like any other (ErrorMapping), rather than a bare 401 that
            // Quarkus's default handler would send in the middle of execution.
            Editor.takeOverRefusals(context);
            identity.setIdentity(context.user() instanceof QuarkusHttpUser user
                    ? Uni.createFrom().item(user.getSecurityIdentity())
                    : QuarkusHttpUser.getSecurityIdentity(context, null));
            Map<String, Object> metadata = new ConcurrentHashMap<>();
            metadata.put("runBlocking", false);
            metadata.put("state", requestContext.getState());
            metadata.put(Exchange.KEY, exchange);
            executionService.get().executeAsync(request, metadata, new Writer(this, context, mediaType, request.getString("query"),
                    key, exchange, version, learn, slot));
        } catch (RuntimeException | Error failed) {
            slot.leave();
            throw failed;
        } finally {
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
        }
    }

    private static void terminate(ManagedContext requestContext) {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
        requestContext.terminate();
    }

    /** Writes SmallRye's result with the status the specification gives it; keeps it when it can be cached. */
    private record Writer(GraphQLEndpoint endpoint, RoutingContext context, String mediaType, String document,
            ResponseCache.Key key, Exchange exchange, String version, String learn, Admission.Slot slot)
            implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            // The execution is over: the next request in line may start while this answer is written.
            slot.leave();
            try {
                answer(response);
            } catch (RuntimeException unwritable) {
                // Whatever fails here, the client gets an answer rather than waiting for its timeout.
                fail(unwritable);
            }
        }

        private void answer(ExecutionResponse response) {
            if (exchange.operationName() != null) {
                context.put(OPERATION, exchange.operationName());
            }
            if (context.response().closed()) {
                // Its execution was cut short (RequestGuard): what it holds is no answer and no error of anyone's.
                endpoint.clientGone(context);
                return;
            }
            ExecutionResult result = response.getExecutionResult();
            if (result.getErrors().stream().anyMatch(error -> !isCoded(error))) {
                // Only SmallRye's own refusals, which never reach graphql-java, arrive without a code.
                result = result.transform(builder -> builder.errors(List.of(unparseable(document))));
            }
            int status = status(result);
            if (learn != null && !isRequestError(result)) {
                // Only a document that ran is kept under its hash: one that fails to parse or validate never is.
                endpoint.documents.learn(learn, document);
            }
            Buffer body = endpoint.resultJson ? ResultJson.of(result)
                    : Buffer.buffer(new ExecutionResponse(result).getExecutionResultAsString());
            result.getErrors().forEach(error -> endpoint.metrics.error(code(error)));
            if (key != null) {
                boolean kept = status == 200 && result.getErrors().isEmpty() && endpoint.cache.keep(key, body.getBytes());
                context.response().putHeader(ResponseCache.HEADER, kept ? ResponseCache.STORED : ResponseCache.MISS);
            }
            if (version != null) {
                // A query by GET without errors may be kept by browsers and CDNs, and asked again with its tag.
                boolean cacheable = status == 200 && result.getErrors().isEmpty();
                if (cacheable) {
                    context.response().putHeader(HttpHeaders.ETAG, version);
                }
                context.response().putHeader(HttpHeaders.CACHE_CONTROL, cacheable ? HttpCaching.REVALIDATE : "no-store");
            }
            endpoint.respond(context, status, mediaType, body, firstCode(result));
        }

        private static String firstCode(ExecutionResult result) {
            return result.getErrors().isEmpty() ? null : code(result.getErrors().get(0));
        }

        private static String code(GraphQLError error) {
            return error.getExtensions() == null ? "INTERNAL" : String.valueOf(error.getExtensions().get("code"));
        }

        private static boolean isCoded(GraphQLError error) {
            return error.getExtensions() != null && error.getExtensions().get("code") != null;
        }

        @Override
        public void fail(Throwable failure) {
            slot.leave();
            LOG.error("GraphQL execution failed", failure);
            endpoint.metrics.error("INTERNAL");
            endpoint.respond(context, 500, mediaType, body(new ServiceError.Internal()), "INTERNAL");
        }

        /**
         * 200, or 400 for a request error in {@value #GRAPHQL_RESPONSE}; whatever the media type, a mutation sent by
         * GET is 405, and one refused for its token 401 (with the challenge) or 403, as HTTP clients expect.
         */
        private int status(ExecutionResult result) {
            for (GraphQLError error : result.getErrors()) {
                String code = String.valueOf(error.getExtensions() == null ? null : error.getExtensions().get("code"));
                int status = ErrorMapping.httpStatus(code);
                if (status == 405) {
                    context.response().putHeader(HttpHeaders.ALLOW, "POST, OPTIONS");
                } else if (status == 401) {
                    context.response().putHeader("WWW-Authenticate", ErrorMapping.challenge(code));
                }
                if (status != 200) {
                    return status;
                }
            }
            return mediaType.equals(GRAPHQL_RESPONSE) && isRequestError(result) ? 400 : 200;
        }

        /**
         * No data, or null data with errors that belong to no field: the request failed before execution (SmallRye
         * reports arguments it cannot convert with a null data entry).
         */
        private static boolean isRequestError(ExecutionResult result) {
            return !result.isDataPresent() || (result.getData() == null && !result.getErrors().isEmpty()
                    && result.getErrors().stream().allMatch(error -> error.getPath() == null || error.getPath().isEmpty()));
        }
    }

    private void reject(RoutingContext context, int status, String mediaType, String code, String message) {
        metrics.error(code);
        respond(context, status, mediaType, body(new ClientError.BadRequest(code, message)), code);
    }

    private static Buffer body(CodedError coded) {
        return Buffer.buffer(ErrorMapping.json(coded));
    }

    /**
     * Writes the request's one log line and its metrics, then the answer (so that the line is there when the client
     * has it).
     */
    private void respond(RoutingContext context, int status, String mediaType, Buffer body, String code) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return;
        }
        if (response.closed()) {
            clientGone(context);
            return;
        }
        try {
            // Logged first, within the operation's span, so that the line carries its trace.
            RequestLog.answered(context.request().method().name(), context.get(OPERATION), status, code, started(context));
            record(context, status, code);
        } finally {
            // Whatever happens to the bookkeeping, the client gets its answer.
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                    .end(body);
        }
    }

    /**
     * The client went away before its answer (a tab closed, a fetch aborted): there is nobody to answer, and nothing
     * went wrong on either side. Logged and measured as such (nginx's 499), never as an error sent or a timeout.
     */
    private void clientGone(RoutingContext context) {
        RequestLog.clientGone(context.request().method().name(), context.get(OPERATION), started(context));
        record(context, CLIENT_GONE_STATUS, CLIENT_GONE);
    }

    private void record(RoutingContext context, int status, String code) {
        metrics.answered(context.get(OPERATION), code, started(context));
        OperationSpan span = context.get(SPAN);
        if (span != null) {
            span.end(status, code);
        }
    }

    private static long started(RoutingContext context) {
        Long started = context.get(STARTED);
        return started == null ? System.nanoTime() : started;
    }

    /**
     * SmallRye parses the document before graphql-java does and, when that fails, answers a bare "Unparseable input
     * document"; parsing it again here gives the client graphql-java's message with its location.
     */
    private static GraphQLError unparseable(String document) {
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(document)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions()).build());
        } catch (ParseCancelledException | ParseCancelledTooDeepException | ParseCancelledTooManyCharsException tooLarge) {
            return ErrorMapping.coded(null, new ClientError.BadRequest("LIMIT_EXCEEDED", "The document is too large to parse: "
                    + ErrorMapping.clean(tooLarge.getMessage())));
        } catch (InvalidSyntaxException syntax) {
            return ErrorMapping.map(syntax.toInvalidSyntaxError());
        }
        return ErrorMapping.coded(null, new ClientError.BadRequest("GRAPHQL_PARSE_FAILED", "The document could not be parsed."));
    }
}
