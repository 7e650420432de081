package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * Runs every {@code src/test/resources/graphql/<case>.graphql} (or the GraphiQL example of that name) against the
 * application and compares the response with {@code <case>.json}. A new behaviour is usually a new pair of files.
 */
@QuarkusTest
class GoldenQueriesTest {

    static final Path GOLDEN = Path.of("src/test/resources/graphql");
    /** The examples GraphiQL opens on are golden documents too; their answers sit with the others. */
    static final Path GRAPHIQL_EXAMPLES = Path.of("src/main/resources/web/graphiql/examples");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    static String document(String name) throws IOException {
        Path own = GOLDEN.resolve(name + ".graphql");
        return Files.readString(Files.exists(own) ? own : GRAPHIQL_EXAMPLES.resolve(name + ".graphql"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void responseMatchesGoldenFile(String name) throws IOException {
        String document = document(name);
        JsonValue expected = Json.createReader(new StringReader(Files.readString(GOLDEN.resolve(name + ".json")))).readValue();

        JsonValue actual = GraphQLClient.post(document);
        if (Boolean.getBoolean("golden.update")) {
            // Rewrites the golden files from the answers (-Dgolden.update=true); review the change with git diff.
            Files.writeString(GOLDEN.resolve(name + ".json"), pretty(actual) + "\n");
            return;
        }

        assertEquals(pretty(expected), pretty(actual), name + ".graphql: the response differs from " + name + ".json");
    }

    static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out).write(value);
        return out.toString().strip();
    }
}
