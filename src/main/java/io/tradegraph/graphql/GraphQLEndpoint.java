package io.tradegraph.graphql;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.jboss.logging.Logger;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.netty.buffer.Unpooled;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.tradegraph.catalog.Catalog;
import io.tradegraph.operations.RequestLog;
import io.tradegraph.operations.RequestMetrics;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
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
 * types. Each request gets a deadline and notice of its client going away ({@link Exchange}).
 * <p>
 * Why not SmallRye's own handler: it executes bodies of any content type (so a cross-site form could run queries
 * without a preflight), answers malformed requests with 200 or 500, and decodes GET parameters twice. Execution
 * itself stays SmallRye's ({@link ExecutionService}); this class replaces only the HTTP adapter, and activates the
 * request context and hands it the (lazily resolved) identity the way Quarkus's handler does.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLEndpoint.class);
    /** Looked up once: {@code Json.create…} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();
    static final String PATH = "/graphql";
    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
    private static final String STARTED = "tradegraph.started";
    private static final String OPERATION = "tradegraph.operation";
    /** After CORS (-300), which answers preflights, and before SmallRye's WebSocket route (-99) and handler. */
    private static final int ORDER = -150;
    /** Public, and checked with the service on every use, so that a change is seen at once (If-None-Match: 304). */
    static final String REVALIDATE = "public, no-cache";

    private final Limits limits;
    private final Instance<ExecutionService> executionService;
    private final CurrentVertxRequest currentVertxRequest;
    private final ResponseCache cache;
    private final RequestMetrics metrics;
    private final CurrentIdentityAssociation identity;
    private final WebSockets webSockets;
    private final Catalog catalog;

    public GraphQLEndpoint(Limits limits, Instance<ExecutionService> executionService, CurrentVertxRequest currentVertxRequest,
            ResponseCache cache, RequestMetrics metrics, CurrentIdentityAssociation identity, WebSockets webSockets,
            Catalog catalog) {
        this.identity = identity;
        this.catalog = catalog;
        this.webSockets = webSockets;
        this.limits = limits;
        this.executionService = executionService;
        this.currentVertxRequest = currentVertxRequest;
        this.cache = cache;
        this.metrics = metrics;
    }

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

    private static boolean isWebSocket(RoutingContext context) {
        return context.request().method() == HttpMethod.GET
                && "websocket".equalsIgnoreCase(context.request().getHeader(HttpHeaders.UPGRADE));
    }

    private void handle(RoutingContext context) {
        if (isWebSocket(context)) {
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
        RequestMetrics.begin();
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
        String mediaType = negotiate(context.request().getHeader(HttpHeaders.ACCEPT));
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
            request = method == HttpMethod.GET ? fromQueryParameters(context) : fromBody(context);
        } catch (Refused refused) {
            reject(context, refused.status, mediaType, refused.code, refused.getMessage());
            return;
        }
        if (holdsHalfACharacter(request)) {
            // GraphQL's strings are Unicode scalar values; JSON's escapes can write half of one (\ud800), which no
            // answer could echo as UTF-8.
            reject(context, 400, mediaType, "BAD_REQUEST", "The request holds half of a character (a lone UTF-16 "
                    + "surrogate escape such as \\ud800) in a string; send whole characters.");
            return;
        }
        context.put(OPERATION, request.getString("operationName", null));
        RequestLog.document(request.getString("query"));
        boolean get = method == HttpMethod.GET;
        // Read first: an answer computed from older data must not carry a newer version.
        String version = entityTag(catalog.version());
        if (get && matches(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), version)) {
            // The client holds this URL's answer at this data version: nothing to execute or send.
            context.response().putHeader(HttpHeaders.ETAG, version).putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
            respond(context, 304, mediaType, Buffer.buffer(), null);
            return;
        }
        ResponseCache.Key key = cache.keyOf(request);
        if (key != null) {
            byte[] answer = cache.answer(key);
            if (answer != null) {
                context.put(OPERATION, key.operationName());
                context.response().putHeader(ResponseCache.HEADER, ResponseCache.HIT);
                if (get) {
                    context.response().putHeader(HttpHeaders.ETAG, entityTag(key.dataVersion()))
                            .putHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
                }
                respond(context, 200, mediaType, Buffer.buffer(Unpooled.wrappedBuffer(answer)), null);
                return;
            }
        }
        execute(context, request, mediaType, get, key, version);
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

    /** Whether a string anywhere in the request holds a lone surrogate (the JSON's depth is bounded already). */
    private static boolean holdsHalfACharacter(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> isHalved(((jakarta.json.JsonString) value).getString());
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .anyMatch(entry -> isHalved(entry.getKey()) || holdsHalfACharacter(entry.getValue()));
            case ARRAY -> value.asJsonArray().stream().anyMatch(GraphQLEndpoint::holdsHalfACharacter);
            default -> false;
        };
    }

    private static boolean isHalved(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The client's most preferred acceptable media type (by q, then by order); no Accept header means JSON. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String chosen = null;
        double best = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].strip().split("=", 2);
                if (parameter[0].strip().equalsIgnoreCase("q") && parameter.length == 2) {
                    try {
                        quality = Double.parseDouble(parameter[1].strip());
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            String answer = type.equals(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE
                    : type.equals(JSON) || type.equals("*/*") || type.equals("application/*") ? JSON : null;
            if (answer != null && quality > best) {
                chosen = answer;
                best = quality;
            }
        }
        return chosen;
    }

    private JsonObject fromQueryParameters(RoutingContext context) {
        JsonObjectBuilder request = JSON_PROVIDER.createObjectBuilder();
        String query = context.request().getParam("query");
        if (query == null) {
            throw new Refused(400, "BAD_REQUEST", "A GET request needs the document in the 'query' parameter.");
        }
        request.add("query", query);
        String operationName = context.request().getParam("operationName");
        if (operationName != null && !operationName.isEmpty()) {
            request.add("operationName", operationName);
        }
        for (String name : List.of("variables", "extensions")) {
            String value = context.request().getParam(name);
            if (value != null && !value.isEmpty()) {
                JsonValue parsed = parse(value, "The '" + name + "' parameter");
                if (parsed.getValueType() != JsonValue.ValueType.OBJECT && parsed != JsonValue.NULL) {
                    throw new Refused(400, "BAD_REQUEST", "'" + name + "' must be a JSON object.");
                }
                request.add(name, parsed);
            }
        }
        return request.build();
    }

    private JsonObject fromBody(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!isJson(contentType)) {
            throw new Refused(415, "UNSUPPORTED_MEDIA_TYPE", "POST the request as " + JSON + " (UTF-8), e.g. "
                    + "{\"query\": \"{ nation { name } }\"}.");
        }
        String body = context.body().asString(StandardCharsets.UTF_8.name());
        if (body == null || body.isBlank()) {
            throw new Refused(400, "BAD_REQUEST", "The request body is empty; send {\"query\": \"…\"}.");
        }
        JsonValue parsed = parse(body, "The request body");
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refused(400, "BAD_REQUEST", "The request body must be a JSON object with 'query' and, "
                    + "optionally, 'operationName', 'variables' and 'extensions'.");
        }
        JsonObject fields = parsed.asJsonObject();
        JsonObjectBuilder request = JSON_PROVIDER.createObjectBuilder();
        JsonValue query = fields.get("query");
        if (query == null || query.getValueType() != JsonValue.ValueType.STRING) {
            throw new Refused(400, "BAD_REQUEST", "'query' must be a string holding the GraphQL document.");
        }
        request.add("query", query);
        JsonValue operationName = fields.get("operationName");
        if (operationName != null && operationName != JsonValue.NULL) {
            if (operationName.getValueType() != JsonValue.ValueType.STRING) {
                throw new Refused(400, "BAD_REQUEST", "'operationName' must be a string or null.");
            }
            request.add("operationName", operationName);
        }
        for (String name : List.of("variables", "extensions")) {
            JsonValue value = fields.get(name);
            if (value != null && value != JsonValue.NULL) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new Refused(400, "BAD_REQUEST", "'" + name + "' must be a JSON object or null.");
                }
                request.add(name, value);
            }
        }
        return request.build();
    }

    /** application/json, with no charset or UTF-8: what the specification requires servers to accept. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].equalsIgnoreCase("charset") && (parameter.length < 2
                    || !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
                return false;
            }
        }
        return true;
    }

    private JsonValue parse(String text, String what) {
        if (nesting(text) > limits.jsonDepth()) {
            throw new Refused(400, "BAD_REQUEST", what + " nests JSON deeper than " + limits.jsonDepth() + " levels.");
        }
        try (var reader = JSON_PROVIDER.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new Refused(400, "BAD_REQUEST", what + " is not valid JSON.");
        }
    }

    /** The deepest nesting of objects and arrays, outside strings; counted before parsing, so parsing is bounded. */
    static int nesting(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /**
     * The entity tag of every answer made from one version of the data: the URL of a GET names the query, so what
     * can change an answer is the data (and the media type, hence {@code Vary: Accept}).
     */
    static String entityTag(long dataVersion) {
        return "W/\"" + dataVersion + "\"";
    }

    /** Whether an If-None-Match header names the tag (weak comparison, RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = tag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.strip();
            if (trimmed.equals("*") || (trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private void execute(RoutingContext context, JsonObject request, String mediaType, boolean get, ResponseCache.Key key,
            String version) {
        Exchange exchange = new Exchange(get, limits.requestTimeout().toMillis());
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
            executionService.get().executeAsync(request, metadata, new Writer(this, context, mediaType, request.getString("query"), key, exchange,
                    get ? version : null));
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
            ResponseCache.Key key, Exchange exchange, String version) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse response) {
            try {
                answer(response);
            } catch (RuntimeException unwritable) {
                // Whatever fails here, the client gets an answer rather than waiting for its timeout.
                fail(unwritable);
            }
        }

        private void answer(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            if (exchange.operationName() != null) {
                context.put(OPERATION, exchange.operationName());
            }
            if (result.getErrors().stream().anyMatch(error -> !isCoded(error))) {
                // Only SmallRye's own refusals, which never reach graphql-java, arrive without a code.
                result = result.transform(builder -> builder.errors(List.of(ErrorMapping.unparseable(document))));
            }
            int status = status(result);
            Buffer body = ResultJson.of(result);
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
                context.response().putHeader(HttpHeaders.CACHE_CONTROL, cacheable ? REVALIDATE : "no-store");
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
        Long started = context.get(STARTED);
        long startedNanos = started == null ? System.nanoTime() : started;
        try {
            RequestLog.answered(context.request().method().name(), context.get(OPERATION), status, code, startedNanos);
            metrics.answered(context.get(OPERATION), code, startedNanos);
        } finally {
            // Whatever happens to the bookkeeping, the client gets its answer.
            response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType + "; charset=utf-8")
                    .end(body);
        }
    }

    /** A request refused before execution, with its HTTP status. */
    private static final class Refused extends RuntimeException {
        private final int status;
        private final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
