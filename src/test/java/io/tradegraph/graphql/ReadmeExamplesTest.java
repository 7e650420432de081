package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every query the README shows is a golden document, so {@link GoldenQueriesTest} runs it and checks its answer;
 * the editors' workflow, which writes, is run by {@link EditorWorkflowTest} instead.
 */
class ReadmeExamplesTest {

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyReadmeQueryIsAGoldenDocument() throws IOException {
        List<String> examples = GRAPHQL_BLOCK.matcher(Files.readString(Path.of("README.md"))).results()
                .map(m -> m.group(1).strip()).filter(example -> !example.startsWith(EditorWorkflowTest.MARK)).toList();
        List<String> golden = GoldenQueriesTest.cases().map(name -> read(name)).toList();

        assertFalse(examples.isEmpty(), "the README shows queries");
        for (String example : examples) {
            assertTrue(golden.contains(example), "README query is not a golden document:\n" + example);
        }
    }

    private static String read(String name) {
        try {
            return Files.readString(GoldenQueriesTest.GOLDEN.resolve(name + ".graphql")).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
