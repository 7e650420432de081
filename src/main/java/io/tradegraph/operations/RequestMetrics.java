package io.tradegraph.operations;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.tradegraph.persistence.StatementCount;

/**
 * What operators measure of GraphQL requests, per request and not per field:
 * <ul>
 * <li>{@code tradegraph_graphql_requests_seconds}: latency as a histogram, by operation name and outcome
 * ({@code success}, or the first error's {@code extensions.code}), so that a request answered with errors is not
 * counted as a success, and p99 can be computed per operation;</li>
 * <li>{@code tradegraph_graphql_errors_total}: every error, by code;</li>
 * <li>{@code tradegraph_graphql_statements}: SQL statements per request, as a histogram.</li>
 * </ul>
 * Operation names come from clients: past {@value #OPERATIONS} distinct names, further ones are counted as one,
 * {@code (other)}, so that no client can grow the metrics without bound.
 */
@ApplicationScoped
public class RequestMetrics {

    static final String REQUESTS = "tradegraph.graphql.requests";
    static final String ERRORS = "tradegraph.graphql.errors";
    static final String STATEMENTS = "tradegraph.graphql.statements";
    static final int OPERATIONS = 200;
    static final String ANONYMOUS = "(anonymous)";
    static final String OTHER = "(other)";
    /** The SQL client's own timer of each statement (quarkus.datasource.metrics.enabled). */
    static final String SQL_STATEMENTS = "postgresql.processing";
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "http.server.active.requests", "HTTP requests being served now",
            "http.server.errors", "HTTP connections that failed (reset by their client, say), by the exception's class",
            "netty.allocator.memory.used", "Bytes Netty's buffer allocator holds",
            "netty.allocator.memory.pinned", "Bytes of Netty's buffers in use",
            "netty.allocator.pooled.arenas", "Arenas of Netty's pooled buffer allocator",
            "netty.allocator.pooled.chunk.size", "Chunk size of Netty's pooled buffer allocator",
            "netty.allocator.pooled.cache.size", "Cache size of Netty's pooled buffer allocator",
            "netty.allocator.pooled.threadlocal.caches", "Thread-local caches of Netty's pooled buffer allocator",
            "netty.eventexecutor.tasks.pending", "Tasks waiting on a Netty event loop");

    private final Set<String> names = ConcurrentHashMap.newKeySet();

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one answered request: its operation, outcome and duration, and the statements it sent. */
    public void answered(String operationName, String firstCode, long startedNanos) {
        Timer.builder(REQUESTS).description("GraphQL requests by operation and outcome")
                .tag("operation", label(operationName))
                .tag("outcome", firstCode == null ? "success" : firstCode)
                .register(registry).record(Duration.ofNanos(System.nanoTime() - startedNanos));
        StatementCount.current().ifPresent(count -> DistributionSummary.builder(STATEMENTS)
                .description("SQL statements a GraphQL request sent").register(registry).record(count));
    }

    /** Counts an error by its code. */
    public void error(String code) {
        Counter.builder(ERRORS).description("Errors sent to GraphQL clients, by extensions.code").tag("code", code)
                .register(registry).increment();
    }

    /** The operation's name as a label: the first {@value #OPERATIONS} names seen are themselves, later ones one. */
    String label(String operationName) {
        if (operationName == null) {
            return ANONYMOUS;
        }
        if (names.contains(operationName) || (names.size() < OPERATIONS && names.add(operationName))) {
            return operationName;
        }
        return OTHER;
    }

    /** Latencies as histograms (buckets from 1 ms to 10 s), statement counts in a few buckets. */
    @Produces
    @Singleton
    MeterFilter histograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals(REQUESTS) || id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true)
                            .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                            .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos()).build().merge(config);
                }
                if (id.getName().equals(STATEMENTS)) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(1, 2, 3, 5, 10, 20)
                            .build().merge(config);
                }
                return config;
            }
        };
    }

    /**
     * Latencies of SQL statements as histograms too (the SQL client measures each, from sent to answered); and a
     * description on every family, as Prometheus's HELP line, for the few that Quarkus's binders leave without.
     */
    @Produces
    @Singleton
    MeterFilter statementLatencies() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String description = DESCRIPTIONS.get(id.getName());
                return id.getDescription() == null && description != null
                        ? new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(), description, id.getType())
                        : id;
            }

            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals(SQL_STATEMENTS)) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true)
                            .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                            .maximumExpectedValue((double) Duration.ofSeconds(5).toNanos()).build().merge(config);
                }
                return config;
            }
        };
    }
}
