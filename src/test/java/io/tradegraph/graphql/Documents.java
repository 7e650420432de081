package io.tradegraph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * GraphQL documents that tests send, kept as files in {@code src/test/resources/documents}, and the cases of the
 * hostile corpora, a JSON file each.
 */
public final class Documents {

    private Documents() {
    }

    public static String read(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/documents", name + ".graphql"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the cases in a folder of them: its JSON files, without the extension, in order. */
    public static java.util.stream.Stream<String> caseNames(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }
}
