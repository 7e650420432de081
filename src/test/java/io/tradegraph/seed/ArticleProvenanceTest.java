package io.tradegraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.GraphQLClient;
import jakarta.json.JsonObject;

/**
 * Every stored figure can be traced to its article: its quote stands in the paragraph it names. The articles
 * are kept with the tests ({@code src/test/resources/articles/seeds}, as the seeds gave them); set {@code tradegraph.seeds} to
 * point elsewhere.
 */
@QuarkusTest
class ArticleProvenanceTest {

    private static final Path SEEDS = Path.of(System.getProperty("tradegraph.seeds", "src/test/resources/articles/seeds"));

    @Test
    void everyQuoteStandsInTheParagraphItsFigureNames() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the articles are not beside the repository");
        List<JsonObject> figures = allFigures();

        for (JsonObject figure : figures) {
            List<String> paragraphs = paragraphs(SEEDS.resolve(figure.getJsonObject("source").getString("seedFile")));
            int paragraph = figure.getInt("paragraph");
            String quote = figure.getString("quote");

            assertTrue(paragraph <= paragraphs.size(), figure.getString("code") + ": no paragraph " + paragraph);
            assertTrue(normalised(paragraphs.get(paragraph - 1)).contains(normalised(quote)),
                    figure.getString("code") + ": «" + quote + "» is not in paragraph " + paragraph);
        }
    }

    @Test
    void eachArticleContributesItsFigures() {
        Map<String, Long> perSource = allFigures().stream()
                .collect(Collectors.groupingBy(f -> f.getJsonObject("source").getString("code"), Collectors.counting()));

        // 003 has 16 figures, one of them retracted (data/corrections.csv); 000 and 004 name markets without a value.
        assertEquals(Map.of("000", 14L, "001", 4L, "002", 11L, "003", 15L, "004", 13L), perSource);
    }

    private static List<JsonObject> allFigures() {
        return GraphQLClient.post("{ figures(first: 100) { edges { node { code paragraph quote source { code seedFile } } } } }")
                .getJsonObject("data").getJsonObject("figures").getJsonArray("edges").stream()
                .map(edge -> edge.asJsonObject().getJsonObject("node")).toList();
    }

    /** Paragraphs are the non-empty lines of an article, numbered from 1. */
    private static List<String> paragraphs(Path article) throws IOException {
        return Files.readAllLines(article).stream().filter(line -> !line.isBlank()).toList();
    }

    /** The articles use no-break spaces where the quotes use plain ones. */
    private static String normalised(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ");
    }
}
