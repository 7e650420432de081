package io.tradegraph.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.jboss.logging.Logger;
import org.jose4j.jwt.consumer.InvalidJwtException;

import graphql.ErrorClassification;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.UnknownOperationException;
import graphql.introspection.GoodFaithIntrospection;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.CodedError;
import io.tradegraph.core.ServiceError;

/**
 * The one place where a failure becomes what the client reads: a message for people and {@code extensions.code}
 * for programs, with no Java class, package or stack trace in either. Unexpected failures are logged here, once,
 * with their trace; client mistakes are not logged at all (the request log has the line).
 */
public final class ErrorMapping {

    private static final Logger LOG = Logger.getLogger(ErrorMapping.class);
    private static final JsonProvider JSON = JsonProvider.provider();
    /** Java type names as graphql-java and SmallRye write them into messages, e.g. io.tradegraph.figure.FigureFilter. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");
    /** "Validation error (FieldUndefined@[provinces/foo]) : ": graphql-java's rule name and path, not the client's concern. */
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) ?: ?");
    private static final Pattern UNKNOWN_SCALAR = Pattern.compile("'?Unknown Scalar Type \\[([A-Za-z0-9_$]+)\\]'?");

    private ErrorMapping() {
    }

    /**
     * Every error of a result, coded; errors that only echo another one (a null that bubbled up) are dropped. The
     * schema says what a type takes, for values of the wrong type.
     */
    public static List<GraphQLError> map(List<GraphQLError> errors, GraphQLSchema schema) {
        List<GraphQLError> mapped = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            if (error.getErrorType() == graphql.ErrorType.NullValueInNonNullableField && errors.size() > 1) {
                continue;
            }
            mapped.add(map(error, schema));
        }
        return mapped;
    }

    public static GraphQLError map(GraphQLError error) {
        return map(error, null);
    }

    private static GraphQLError map(GraphQLError error, GraphQLSchema schema) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return coded(error, failure(fetching.getException(), String.valueOf(fetching.getPath())));
        }
        if (error.getExtensions() != null && error.getExtensions().get("code") instanceof String) {
            return error;
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            // graphql-java's guard against introspection that loops through the schema's cycles to grow the answer.
            return coded(error, new ClientError.BadRequest("LIMIT_EXCEEDED", clean(error.getMessage())
                    + " Ask for each type once: a schema's cycles need not be followed more than once."));
        }
        if (error.getErrorType() == graphql.ErrorType.InvalidSyntax) {
            return coded(error, new ClientError.BadRequest("GRAPHQL_PARSE_FAILED", clean(error.getMessage())));
        }
        if (error instanceof UnknownOperationException) {
            return coded(error, new ClientError.BadRequest("UNKNOWN_OPERATION", clean(error.getMessage())
                    + " Send the name of one of the document's operations as 'operationName', or none if it has one."));
        }
        if (error.getMessage() != null && error.getMessage().startsWith("argument '")) {
            // An argument SmallRye could not convert (a malformed date inside an input object): the client's input.
            return coded(error, new ClientError.BadRequest("BAD_USER_INPUT", argumentMessage(error.getMessage())));
        }
        if (error instanceof ValidationError validation) {
            return coded(error, new ClientError.BadRequest("GRAPHQL_VALIDATION_FAILED",
                    WrongValues.literal(validation.getDescription(), schema).orElseGet(() -> VALIDATION_PREFIX
                            .matcher(clean(validation.getDescription())).replaceFirst(""))));
        }
        if (error.getErrorType() == graphql.ErrorType.ValidationError) {
            // Variables that cannot be coerced to their declared types (graphql-java reports them as validation).
            return coded(error, new ClientError.BadRequest("BAD_USER_INPUT",
                    WrongValues.variable(error.getMessage(), schema).orElseGet(() -> clean(error.getMessage()))));
        }
        if (error.getErrorType() == graphql.ErrorType.NullValueInNonNullableField) {
            LOG.errorf("A field declared non-null resolved to null: %s", error.getMessage());
            return coded(error, new ServiceError.Internal());
        }
        LOG.errorf("Unexpected GraphQL error %s: %s", error.getErrorType(), error.getMessage());
        return coded(error, new ServiceError.Internal());
    }

    /** What a failure means for the client; an unexpected one is logged here with its trace. */
    public static CodedError failure(Throwable thrown, String where) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof CodedError coded) {
            return coded;
        }
        if (failure instanceof TimeoutException) {
            return new ServiceError.TimedOut();
        }
        if (failure instanceof UnauthorizedException) {
            return new ClientError.NotAllowed("UNAUTHENTICATED", "This operation writes data and needs an editor's token: "
                    + "send it as 'Authorization: Bearer <token>'.");
        }
        if (failure instanceof AuthenticationFailedException) {
            return hasExpired(failure)
                    ? new ClientError.NotAllowed("TOKEN_EXPIRED", "The bearer token has expired; get a new one.")
                    : new ClientError.NotAllowed("TOKEN_INVALID", "The bearer token is not valid here: it is malformed, "
                            + "or not signed with the key this service trusts, or not from its issuer.");
        }
        if (failure instanceof ForbiddenException) {
            return new ClientError.NotAllowed("FORBIDDEN", "The bearer token does not carry the role '" + Editor.ROLE
                    + "' that this operation needs.");
        }
        LOG.errorf(failure, "GraphQL field %s failed", where);
        return new ServiceError.Internal();
    }

    /** Whether a token was refused for its age alone (smallrye-jwt keeps jose4j's reason as the cause). */
    private static boolean hasExpired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable failure = thrown;
        while ((failure instanceof CompletionException || failure instanceof ExecutionException
                || failure.getClass().getName().startsWith("io.smallrye.graphql.")) && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    public static GraphQLError coded(GraphQLError original, CodedError failure) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", failure.code());
        extensions.putAll(failure.details());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(failure.getMessage())
                .errorType(Classification.of(extensions.get("code").toString())).extensions(extensions);
        if (original != null) {
            builder.locations(original.getLocations());
            if (original.getPath() != null) {
                builder.path(original.getPath());
            }
        }
        return builder.build();
    }

    /**
     * The HTTP status of an answer whose first error has this code, where it is not 200 in every media type: a
     * mutation by GET 405, a write refused for its token 401 or 403, as HTTP clients expect.
     */
    public static int httpStatus(String code) {
        return switch (code) {
            case "METHOD_NOT_ALLOWED" -> 405;
            case "UNAUTHENTICATED", "TOKEN_INVALID", "TOKEN_EXPIRED" -> 401;
            case "FORBIDDEN" -> 403;
            default -> 200;
        };
    }

    /** The HTTP status of a coded failure answered outside GraphQL (the CSV endpoints): the status its code names. */
    public static int plainHttpStatus(CodedError failure) {
        int status = httpStatus(failure.code());
        if (status != 200) {
            return status;
        }
        return switch (failure.code()) {
            case "INVALID_IMPORT" -> 422;
            case "CONFLICT", "IDEMPOTENCY_KEY_REUSED" -> 409;
            case "UNAVAILABLE" -> 503;
            case "TIMEOUT" -> 504;
            case "INTERNAL" -> 500;
            default -> failure instanceof ClientError ? 400 : 500;
        };
    }

    /** The {@code WWW-Authenticate} challenge (RFC 6750) that goes with a 401 for this code. */
    public static String challenge(String code) {
        return "UNAUTHENTICATED".equals(code) ? "Bearer realm=\"tradegraph\""
                : "Bearer realm=\"tradegraph\", error=\"invalid_token\"";
    }

    /** {@code {"errors": [{"message": …, "extensions": {"code": …, …}}]}}, for answers outside GraphQL execution. */
    public static String json(CodedError failure) {
        JsonProvider json = JSON;
        JsonObjectBuilder extensions = json.createObjectBuilder().add("code", failure.code());
        if (failure instanceof ClientError.InvalidImport invalid) {
            JsonArrayBuilder problems = json.createArrayBuilder();
            invalid.problems().forEach(problem -> problems.add(json.createObjectBuilder().add("row", problem.row())
                    .add("code", String.valueOf(problem.code())).add("field", problem.field()).add("reason", problem.reason())));
            extensions.add("problems", problems);
        } else {
            failure.details().forEach((name, value) -> extensions.add(name, value instanceof Number number
                    ? json.createValue(number.longValue()) : json.createValue(String.valueOf(value))));
        }
        return json.createObjectBuilder().add("errors", json.createArrayBuilder().add(json.createObjectBuilder()
                .add("message", failure.getMessage()).add("extensions", extensions))).build().toString();
    }

    /** A coded error for a failure that happened outside graphql-java (the HTTP layer, the limits). */
    public static GraphQLError of(CodedError failure) {
        return coded(null, failure);
    }

    /** "argument 'filter' with value 'StringValue{value='{…}'}' is not a valid FigureFilter", without the echo. */
    private static String argumentMessage(String message) {
        java.util.regex.Matcher parts = Pattern.compile("^argument '([^']*)'.* is not a valid '?([A-Za-z0-9_.$\\[\\] ]+?)'?$",
                Pattern.DOTALL).matcher(message);
        return parts.matches()
                ? "The argument '" + parts.group(1) + "' is not a valid " + clean(parts.group(2)) + ": one of its values does not "
                        + "fit its type (numbers without quotes, dates as \"YYYY-MM-DD\", instants with their offset, "
                        + "enumeration values as the schema lists them)."
                : clean(message);
    }

    /** Messages as graphql-java writes them, with Java type names reduced to their GraphQL names. */
    public static String clean(String message) {
        String text = JAVA_NAME.matcher(String.valueOf(message)).replaceAll("$1");
        return UNKNOWN_SCALAR.matcher(text).replaceAll("$1");
    }

    /** graphql-java writes the classification into extensions; ours is the code itself. */
    private record Classification(String code) implements ErrorClassification {
        static Classification of(String code) {
            return new Classification(code);
        }

        @Override
        public Object toSpecification(GraphQLError error) {
            return code;
        }
    }
}
