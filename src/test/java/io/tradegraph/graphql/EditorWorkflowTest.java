package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The editorial round the manual shows (docs/editors.md) runs as written, in its order, with an editor's token. */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class EditorWorkflowTest {

    /** The first line of each document of the round. */
    static final String MARK = "# editor workflow";
    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesEditorialRoundRuns() throws IOException {
        List<String> round = GRAPHQL_BLOCK.matcher(Files.readString(Path.of("docs/editors.md"))).results()
                .map(m -> m.group(1).strip()).filter(document -> document.startsWith(MARK)).toList();
        assertEquals(4, round.size(), "add, import, revise, read the history");
        String token = EditorKeys.token("readme");
        JsonObject last = null;
        for (String document : round) {
            last = EditorKeys.write(token, document, Map.of());
            assertFalse(last.containsKey("errors"), document + "\n" + last);
        }
        JsonObject history = last.getJsonObject("data").getJsonObject("figures").getJsonArray("edges").getJsonObject(0)
                .getJsonObject("node");
        assertEquals(2, history.getInt("revision"));
        assertEquals("[4000000000, 4200000000]", history.getJsonArray("history").stream()
                .map(r -> r.asJsonObject().getJsonObject("figure").get("amount").toString()).toList().toString());
        assertEquals("readme", history.getJsonArray("history").getJsonObject(1).getString("recordedBy"));
    }
}
