package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every query the manual (README.md and docs/*.md) shows is a golden document, so {@link GoldenQueriesTest} runs it
 * and checks its answer; the editors' workflow, which writes, is run by {@link EditorWorkflowTest} instead.
 */
public class ReadmeExamplesTest {

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyManualQueryIsAGoldenDocument() throws IOException {
        List<String> examples = GRAPHQL_BLOCK.matcher(manual()).results()
                .map(m -> m.group(1).strip()).filter(example -> !example.startsWith(EditorWorkflowTest.MARK)).toList();
        List<String> golden = GoldenQueriesTest.cases().map(name -> read(name)).toList();

        assertFalse(examples.isEmpty(), "the manual shows queries");
        for (String example : examples) {
            assertTrue(golden.contains(example), "manual query is not a golden document:\n" + example);
        }
    }

    /** The examples GraphiQL opens on (/graphiql.html) are manual queries, and golden documents. */
    @Test
    void everyGraphiqlExampleIsAManualQuery() throws IOException {
        List<String> manual = GRAPHQL_BLOCK.matcher(manual()).results()
                .map(m -> m.group(1).strip()).toList();
        assertFalse(graphiqlExamples().isEmpty(), "GraphiQL opens on examples");
        for (Path example : graphiqlExamples()) {
            assertTrue(manual.contains(Files.readString(example).strip()), example + " is not a manual query");
        }
    }

    /** The manual: README.md, then every docs/*.md in order of name. */
    public static String manual() throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("README.md")));
        try (Stream<Path> pages = Files.list(Path.of("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                text.append('\n').append(Files.readString(page));
            }
        }
        return text.toString();
    }

    public static List<Path> graphiqlExamples() throws IOException {
        try (Stream<Path> files = Files.list(GoldenQueriesTest.GRAPHIQL_EXAMPLES)) {
            return files.sorted().toList();
        }
    }

    private static String read(String name) {
        try {
            return GoldenQueriesTest.document(name).strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
