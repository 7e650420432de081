package io.tradegraph.graphql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** GraphQL documents that tests send, kept as files in {@code src/test/resources/documents}. */
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
}
