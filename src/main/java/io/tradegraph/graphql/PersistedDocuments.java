package io.tradegraph.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Documents known by the SHA-256 hash of their text, so that a client may send the hash alone: Apollo's automatic
 * persisted queries, and trusted documents.
 * <ul>
 * <li><b>Listed</b> documents are known on every replica from the start: the pages' own ({@link Settings#builtIn()})
 * and those of a folder an operator fills ({@link Settings#folder()}).</li>
 * <li>In {@link Mode#AUTOMATIC} mode (the default) any document runs, and one sent with its hash is <b>learned</b>
 * once it has run, in a bounded store of this replica's: a replica that does not know a hash answers
 * {@code PERSISTED_QUERY_NOT_FOUND}, and the client sends the document once more with it (docs/api.md).</li>
 * <li>In {@link Mode#TRUSTED} mode only listed documents run, whether sent by hash or in full, over HTTP and over
 * WebSocket alike: nothing is learned.</li>
 * </ul>
 */
@ApplicationScoped
public class PersistedDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedDocuments.class);
    /** A hash this replica does not know: the client sends the document once more, with its hash. */
    public static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    /** A document that is not listed, where only listed ones run. */
    public static final String NOT_LISTED = "PERSISTED_QUERY_NOT_IN_LIST";
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    /** Whether documents other than the listed ones may run. */
    public enum Mode {
        AUTOMATIC, TRUSTED
    }

    /** Settings, each also an environment variable (docs/operations.md). */
    @ConfigMapping(prefix = "tradegraph.persisted-documents")
    public interface Settings {
        Mode mode();

        /** Class-path resources: the documents of the dashboard, the editors' page and GraphiQL's examples. */
        List<String> builtIn();

        /** A folder of {@code .graphql} files and JSON manifests (Apollo's, or a map of hash to document). */
        Optional<Path> folder();

        /** Documents learned and kept per replica. */
        @WithDefault("2000")
        int maxEntries();

        /** Characters of documents learned and kept per replica. */
        @WithDefault("8388608")
        long maxChars();
    }

    private final Settings settings;
    private final Map<String, String> listed;
    private final Cache<String, String> learned;

    public PersistedDocuments(Settings settings, Limits limits, MeterRegistry registry) {
        this.settings = settings;
        Map<String, String> documents = new HashMap<>();
        for (String resource : settings.builtIn()) {
            String document = resource(resource);
            documents.put(hash(document), document);
        }
        settings.folder().ifPresent(folder -> documents.putAll(folder(folder)));
        this.listed = Map.copyOf(documents);
        long minimumWeight = Math.max(1, settings.maxChars() / settings.maxEntries());
        this.learned = Caffeine.newBuilder().maximumWeight(settings.maxChars())
                .<String, String> weigher((hash, document) -> (int) Math.max(minimumWeight, document.length() + hash.length()))
                .build();
        Gauge.builder("tradegraph.persisted.documents", listed, Map::size).tag("kind", "listed")
                .description("Documents a client may send by hash: listed at start").register(registry);
        Gauge.builder("tradegraph.persisted.documents", learned, cache -> cache.estimatedSize()).tag("kind", "learned")
                .description("Documents a client may send by hash: learned from clients by this replica").register(registry);
        LOG.infof("%d documents listed by hash (%s mode)", listed.size(), settings.mode());
    }

    /** The hash a client sends: SHA-256 of the document's UTF-8 text, in lower-case hexadecimal. */
    public static String hash(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Whether a hash is written as one: 64 hexadecimal digits. */
    public static boolean isHash(String text) {
        return SHA_256.matcher(text).matches();
    }

    public boolean trustedOnly() {
        return settings.mode() == Mode.TRUSTED;
    }

    /** The document of a hash, listed or (in automatic mode) learned; null when this replica does not know it. */
    public String document(String hash) {
        String document = listed.get(hash);
        if (document != null || trustedOnly()) {
            return document;
        }
        return learned.getIfPresent(hash);
    }

    /** Keeps a document that ran, under its hash, checked by the caller; nothing in trusted mode. */
    public void learn(String hash, String document) {
        if (!trustedOnly() && !listed.containsKey(hash)) {
            learned.put(hash, document);
        }
    }

    /** Whether a document may run: any in automatic mode, only a listed one in trusted mode. */
    public boolean mayRun(String document) {
        return !trustedOnly() || listed.containsKey(hash(document));
    }

    private static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("tradegraph.persisted-documents.built-in names " + name
                        + ", which is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents of an operator's folder: each {@code .graphql} file under its hash; each {@code .json} file as
     * Apollo's manifest ({@code {"operations": [{"id", "body"}]}}) or as a map of hash to document (GraphQL Code
     * Generator's, Relay's), under the ids it gives. A folder that cannot be read stops the start.
     */
    static Map<String, String> folder(Path folder) {
        Map<String, String> documents = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".graphql")) {
                    String document = Files.readString(file);
                    documents.put(hash(document), document);
                } else if (name.endsWith(".json")) {
                    documents.putAll(manifest(Files.readString(file), file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The trusted documents' folder " + folder + " cannot be read", e);
        }
        return documents;
    }

    private static Map<String, String> manifest(String json, Path file) {
        Map<String, String> documents = new HashMap<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject manifest = reader.readObject();
            if (manifest.get("operations") instanceof jakarta.json.JsonArray operations) {
                for (JsonValue operation : operations) {
                    JsonObject entry = operation.asJsonObject();
                    documents.put(entry.getString("id"), entry.getString("body"));
                }
            } else {
                manifest.forEach((id, body) -> documents.put(id, ((jakarta.json.JsonString) body).getString()));
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " is neither Apollo's manifest of persisted queries nor a JSON map "
                    + "of hash to document", e);
        }
        return documents;
    }
}
