package io.tradegraph.graphql.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonValue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import graphql.ExecutionResult;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import io.vertx.core.buffer.Buffer;

/**
 * Writes an execution result as the JSON of a GraphQL response, straight from graphql-java's result maps into the
 * bytes sent: errors as SmallRye formats them, then data, then extensions, in the order of SmallRye's
 * {@code ExecutionResponse} and with the same rendering of every value (numbers as {@code BigDecimal.toString()}).
 * <p>
 * Why not SmallRye's {@code ExecutionResponse.getExecutionResultAsString()}: it first copies the whole result into
 * a tree of JSON-P objects, then renders the tree as a string, which the HTTP layer encodes once more; for a
 * dashboard answer those copies were a quarter of the time spent on the event loop. Jackson's generator, not
 * JSON-P's, because it writes UTF-8 directly and escapes names several times faster.
 */
final class ResultJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();

    private ResultJson() {
    }

    static Buffer of(ExecutionResult result) {
        // In parts that are added as it grows, never copied into a larger one: a 90 KB dashboard answer written into
        // one buffer allocated 224 KB of them, a twentieth of all the request allocated.
        ByteBuf bytes = Unpooled.compositeBuffer();
        try (OutputStream out = new ByteBufOutputStream(bytes); JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            if (!result.getErrors().isEmpty()) {
                json.writeFieldName("errors");
                json.writeRawValue(ERRORS.toJsonErrors(result.getErrors()).toString());
            }
            if (result.isDataPresent()) {
                json.writeFieldName("data");
                value(json, result.getData());
            }
            if (result.getExtensions() != null) {
                json.writeFieldName("extensions");
                value(json, result.getExtensions());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return Buffer.buffer(bytes);
    }

    /**
     * As {@code BigDecimal.toString()} writes it; a whole number that fits a long (most amounts) without the string
     * in between, which was a tenth of what writing a dashboard answer allocated.
     */
    private static void decimal(JsonGenerator json, BigDecimal decimal) throws IOException {
        if (decimal.scale() == 0 && decimal.precision() < 19) {
            json.writeNumber(decimal.longValue());
        } else {
            json.writeNumber(decimal);
        }
    }

    /**
     * A value of graphql-java's result: maps, lists and the scalars' serialized forms.
     * <p>
     * Classes are tested before interfaces, and the lists this service builds as the class they are: on JDK 17, a
     * test against an interface scans the class's interfaces and caches the last one found in the class itself, so
     * two event loops testing one class against {@code Collection} here and {@code Iterable} in graphql-java
     * overwrite that cache in turn, and each write takes the other core's copy (JDK-8180450). With the leaves
     * (text and numbers) tested first, this walk of ten thousand values was an eighth of a dashboard request's CPU.
     */
    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof BigDecimal decimal) {
            decimal(json, decimal);
        } else if (value instanceof InMemorySubtrees.ResultObject object) {
            json.writeStartObject();
            for (int i = 0; i < object.size(); i++) {
                json.writeFieldName(object.name(i));
                value(json, object.value(i));
            }
            json.writeEndObject();
        } else if (value instanceof ArrayList<?> list) {
            json.writeStartArray();
            for (int i = 0; i < list.size(); i++) {
                value(json, list.get(i));
            }
            json.writeEndArray();
        } else if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof Double number) {
            json.writeNumber(BigDecimal.valueOf(number));
        } else if (value instanceof Float number) {
            json.writeNumber(new BigDecimal(String.valueOf(number)));
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof JsonValue jsonValue) {
            json.writeRawValue(jsonValue.toString());
        } else {
            throw new IllegalStateException("A GraphQL result holds a " + value.getClass().getName()
                    + ", which scalars never produce");
        }
    }
}
