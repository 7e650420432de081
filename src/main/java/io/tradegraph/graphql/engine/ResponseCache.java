package io.tradegraph.graphql.engine;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.ConfigMapping;
import io.tradegraph.graphql.Limits;
import io.tradegraph.measure.Status;
import io.tradegraph.reference.Catalog;

/**
 * Answers of queries, kept in memory and served again without executing: keyed by the normalised document (its
 * tokens without comments or layout), the operation name, the variables and the data version; only answers without
 * errors; bounded in bytes and in entries. The data version is the catalog's ({@link Catalog#version()}), which
 * moves on on every replica when data are written, so no answer outlives the data it was made from; the answers kept
 * are dropped then.
 * Each answer says in the {@code Cache-Status} header (RFC 9211) whether it was a hit.
 */
@ApplicationScoped
// Caffeine generates a class per combination of features; a cache bounded by weight is SSMW, which Quarkus's Caffeine
// support does not register for native images (it registers the size-bounded ones): without this, the native
// executable stops at start with ClassNotFoundException (Quarkus's cache guide, "Going native").
@RegisterForReflection(classNames = "com.github.benmanes.caffeine.cache.SSMW")
public class ResponseCache {

    static final String HEADER = "Cache-Status";
    static final String HIT = "tradegraph; hit";
    static final String MISS = "tradegraph; fwd=miss";
    static final String STORED = MISS + "; stored";

    /** Settings, each also an environment variable (docs/operations.md). */
    @ConfigMapping(prefix = "tradegraph.response-cache")
    public interface Settings {
        /** Whether answers are cached at all. */
        boolean enabled();

        /** Bytes of answers held; an answer larger than a sixteenth of it is not kept. */
        long maxBytes();

        /** Answers held. */
        int maxEntries();
    }

    /**
     * What an answer depends on. The operation name is the one the request gives, or else the name of the only
     * operation of the document.
     */
    public record Key(String document, String operationName, String variables, long dataVersion) {
    }

    /** A document's tokens printed compactly, and the name of its only operation; empty when it cannot be cached. */
    private record Normalised(String document, String operationName) {
        static final Normalised NOT_CACHEABLE = new Normalised("", null);
    }

    private final Settings settings;
    private final Catalog catalog;
    private final Limits limits;
    private final Cache<Key, byte[]> answers;
    /** Raw documents and their normal form, so that a document sent again is not parsed again to look it up. */
    private final Cache<String, Normalised> normalised;
    private final Counter hits;
    private final Counter misses;

    public ResponseCache(Settings settings, Catalog catalog, Limits limits, MeterRegistry registry) {
        this.settings = settings;
        this.catalog = catalog;
        this.limits = limits;
        // Every entry weighs at least its share of the entry limit, so the weight bound is the entry bound too.
        long minimumWeight = Math.max(1, settings.maxBytes() / settings.maxEntries());
        this.answers = Caffeine.newBuilder().maximumWeight(settings.maxBytes())
                .<Key, byte[]> weigher((key, body) -> (int) Math.min(Integer.MAX_VALUE, Math.max(minimumWeight,
                        body.length + 2L * (key.document().length() + key.variables().length()))))
                .build();
        this.normalised = Caffeine.newBuilder().maximumWeight(settings.maxBytes() / 4)
                .<String, Normalised> weigher((raw, normal) -> 2 * (raw.length() + normal.document().length()) + 64)
                .build();
        this.hits = Counter.builder("tradegraph.response.cache").tag("result", "hit")
                .description("GraphQL answers served from the response cache").register(registry);
        this.misses = Counter.builder("tradegraph.response.cache").tag("result", "miss")
                .description("GraphQL queries executed because the response cache had no answer").register(registry);
        Gauge.builder("tradegraph.response.cache.entries", answers, Cache::estimatedSize)
                .description("Answers the response cache holds now").register(registry);
        Gauge.builder("tradegraph.response.cache.size", answers,
                cache -> cache.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L))
                .baseUnit("bytes").description("Bytes of answers the response cache holds now").register(registry);
    }

    /** The key of a request, or null when it cannot be cached: the cache is off, or it is not a valid query. */
    public Key keyOf(JsonObject request) {
        if (!settings.enabled()) {
            return null;
        }
        // Read first: an answer computed from older data must not be stored under a newer version.
        long version = catalog.version();
        Normalised document = normalised.get(request.getString("query"), this::normalise);
        if (document.document().isEmpty()) {
            return null;
        }
        JsonValue variables = request.get("variables");
        return new Key(document.document(), request.getString("operationName", document.operationName()),
                variables == null ? "{}" : variables.toString(), version);
    }

    /** The answer kept for a key, counted as a hit or a miss. */
    public byte[] answer(Key key) {
        byte[] answer = answers.getIfPresent(key);
        (answer == null ? misses : hits).increment();
        return answer;
    }

    /** Keeps an answer without errors; says whether it was kept. */
    public boolean keep(Key key, byte[] answer) {
        if (answer.length > settings.maxBytes() / 16 || key.dataVersion() != catalog.version()) {
            return false;
        }
        answers.put(key, answer);
        return true;
    }

    /** Answers of older data can never be asked for again: their memory is freed at once. */
    void dropOlderAnswers(@Observes Catalog.DataChanged change) {
        answers.invalidateAll();
    }

    /** The document's tokens printed compactly; not cacheable when it does not parse or holds more than queries. */
    private Normalised normalise(String raw) {
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                    .transform(builder -> builder.maxTokens(limits.tokens()));
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(raw)
                    .parserOptions(options).build());
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            if (operations.stream().anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY)) {
                return Normalised.NOT_CACHEABLE;
            }
            return new Normalised(AstPrinter.printAstCompact(document), operations.size() == 1 ? operations.get(0).getName() : null);
        } catch (InvalidSyntaxException e) {
            return Normalised.NOT_CACHEABLE;
        }
    }
}
