package io.tradegraph.graphql;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Apollo Client and urql, as frontends use them, run by Node.js from {@code src/test/js}: its lock file's packages
 * are installed from the npm registry into {@code target/js-clients} once per build (Node.js 20 or later and npm on
 * the path, as {@code .ci/run} ensures).
 */
final class JavaScriptClients {

    private static final Path SOURCES = Path.of("src/test/js");
    private static final Path HOME = Path.of("target/js-clients");

    private JavaScriptClients() {
    }

    /** Runs one of {@code src/test/js}'s scripts with the arguments, and reads the JSON it prints. */
    static synchronized JsonObject run(String script, String... arguments) throws IOException, InterruptedException {
        install();
        List<String> command = new ArrayList<>(List.of("node", script));
        command.addAll(List.of(arguments));
        String output = execute(command, 120);
        try (var reader = Json.createReader(new StringReader(output))) {
            return reader.readObject();
        }
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(HOME);
        Path lock = HOME.resolve("package-lock.json");
        boolean current = Files.exists(HOME.resolve("node_modules"))
                && Files.exists(lock) && Files.mismatch(lock, SOURCES.resolve("package-lock.json")) == -1;
        try (var files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                Files.copy(file, HOME.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!current) {
            execute(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
        }
    }

    private static String execute(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(HOME.toFile()).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took longer than " + seconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
