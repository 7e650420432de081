package io.tradegraph.graphql;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The hostile corpus against the packaged build: the same answers, and the same log, read from the file Quarkus's
 * launcher writes the service's output to (one JSON object a line, as the failsafe environment asks).
 */
@QuarkusIntegrationTest
@TestProfile(ReadsOnly.class)
class HostileRequestsIT extends HostileRequestsTest {

    private static final Path LOG = Path.of("target", "quarkus.log");
    private static final Set<String> SERIOUS = Set.of("WARN", "WARNING", "ERROR", "SEVERE", "FATAL");
    /** The request log's line follows the answer; how long to wait for it before counting what was logged. */
    private static final long REQUEST_LOG_WAIT_NANOS = 2_000_000_000L;

    @Override
    protected LogWatch watchTheLog() {
        long from = size();
        return () -> {
            long deadline = System.nanoTime() + REQUEST_LOG_WAIT_NANOS;
            List<LogLine> logged = read(from);
            while (logged.stream().noneMatch(line -> line.logger().endsWith("RequestLog")) && System.nanoTime() < deadline) {
                Thread.sleep(20);
                logged = read(from);
            }
            return logged;
        };
    }

    private static long size() {
        try {
            return Files.size(LOG);
        } catch (IOException e) {
            throw new IllegalStateException("the packaged build's log " + LOG, e);
        }
    }

    /** The lines written since {@code from}; a line that is not JSON was printed around the logs, and is serious. */
    private static List<LogLine> read(long from) throws IOException {
        String text;
        try (FileChannel file = FileChannel.open(LOG, StandardOpenOption.READ)) {
            var bytes = ByteBuffer.allocate((int) (file.size() - from));
            file.read(bytes, from);
            text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
        }
        List<LogLine> lines = new ArrayList<>();
        int end = text.lastIndexOf('\n');
        for (String line : end < 0 ? new String[0] : text.substring(0, end).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonObject json = Json.createReader(new StringReader(line)).readObject();
                lines.add(new LogLine(json.getString("logger", ""), SERIOUS.contains(json.getString("level", ""))
                        || json.containsKey("exception"), line));
            } catch (JsonException notJson) {
                lines.add(new LogLine("", true, line));
            }
        }
        return lines;
    }
}
