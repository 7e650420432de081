package io.tradegraph.graphql.engine;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import io.tradegraph.graphql.Limits;
import io.tradegraph.graphql.PersistedDocuments;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A GraphQL request as GraphQL over HTTP sends it, read and bounded before anything runs: by GET, the query
 * parameters; by POST, a JSON body of {@code application/json}; the document in {@code query}, or its hash in
 * {@code extensions.persistedQuery} ({@link PersistedDocuments}). What cannot be read is {@link Refused}, with the
 * status and code the specification gives it.
 */
final class GraphQLRequests {

    /** Looked up once: {@code Json.create…} looks the provider up through the service loader on every call. */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

    private final Limits limits;

    GraphQLRequests(Limits limits) {
        this.limits = limits;
    }

    /** Whether a string anywhere in the request holds a lone surrogate (the JSON's depth is bounded already). */
    static boolean holdsHalfACharacter(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> isHalved(((jakarta.json.JsonString) value).getString());
            case OBJECT -> value.asJsonObject().entrySet().stream()
                    .anyMatch(entry -> isHalved(entry.getKey()) || holdsHalfACharacter(entry.getValue()));
            case ARRAY -> value.asJsonArray().stream().anyMatch(GraphQLRequests::holdsHalfACharacter);
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
            return GraphQLEndpoint.JSON;
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
            String answer = type.equals(GraphQLEndpoint.GRAPHQL_RESPONSE) ? GraphQLEndpoint.GRAPHQL_RESPONSE
                    : type.equals(GraphQLEndpoint.JSON) || type.equals("*/*") || type.equals("application/*") ? GraphQLEndpoint.JSON : null;
            if (answer != null && quality > best) {
                chosen = answer;
                best = quality;
            }
        }
        return chosen;
    }

    JsonObject fromQueryParameters(RoutingContext context) {
        JsonObjectBuilder request = JSON_PROVIDER.createObjectBuilder();
        String query = context.request().getParam("query");
        if (query != null) {
            request.add("query", query);
        }
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

    JsonObject fromBody(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!isJson(contentType)) {
            throw new Refused(415, "UNSUPPORTED_MEDIA_TYPE", "POST the request as " + GraphQLEndpoint.JSON + " (UTF-8), e.g. "
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
        if (query != null && query != JsonValue.NULL) {
            if (query.getValueType() != JsonValue.ValueType.STRING) {
                throw new Refused(400, "BAD_REQUEST", "'query' must be a string holding the GraphQL document.");
            }
            request.add("query", query);
        }
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

    /**
     * The hash of {@code extensions.persistedQuery} (Apollo's persisted queries, version 1), in lower case; null when
     * the request names none, and then it must hold its document.
     */
    static String persistedHash(JsonObject request, boolean get) {
        JsonValue extensions = request.get("extensions");
        JsonValue persisted = extensions instanceof JsonObject object ? object.get("persistedQuery") : null;
        if (persisted == null || persisted == JsonValue.NULL) {
            if (!request.containsKey("query")) {
                throw new Refused(400, "BAD_REQUEST", get
                        ? "A GET request needs the document in the 'query' parameter, or its hash in 'extensions' "
                                + "({\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"…\"}})."
                        : "'query' must be a string holding the GraphQL document (or 'extensions' its hash: "
                                + "{\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"…\"}}).");
            }
            return null;
        }
        if (!(persisted instanceof JsonObject fields) || !(fields.get("version") instanceof JsonNumber version)
                || !version.isIntegral() || version.intValue() != 1) {
            throw new Refused(400, "BAD_REQUEST", "'extensions.persistedQuery' must be {\"version\": 1, \"sha256Hash\": "
                    + "\"…\"}: version 1 is the one this endpoint speaks.");
        }
        String hash = fields.get("sha256Hash") instanceof JsonString text ? text.getString().toLowerCase(Locale.ROOT) : "";
        if (!PersistedDocuments.isHash(hash)) {
            throw new Refused(400, "BAD_REQUEST", "'extensions.persistedQuery.sha256Hash' must be the SHA-256 hash of "
                    + "the document's UTF-8 text, as 64 hexadecimal digits.");
        }
        return hash;
    }

    /** The request with the document its hash stands for. */
    static JsonObject withDocument(JsonObject request, String document) {
        return JSON_PROVIDER.createObjectBuilder(request).add("query", document).build();
    }

    /** application/json, with no charset or UTF-8: what the specification requires servers to accept. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase(GraphQLEndpoint.JSON)) {
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

    /** A request refused before execution, with its HTTP status. */
    static final class Refused extends RuntimeException {
        private final int status;
        private final String code;

        Refused(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }

        int status() {
            return status;
        }

        String code() {
            return code;
        }
    }
}
