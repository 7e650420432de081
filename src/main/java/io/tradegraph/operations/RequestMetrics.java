package io.tradegraph.operations;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
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
 * Operation names come from clients: past {@value #OPERATIONS} distinct names, further ones are not recorded, so
 * that no client can grow the metrics without bound.
 */
@ApplicationScoped
public class RequestMetrics {

    static final String REQUESTS = "tradegraph.graphql.requests";
    static final String ERRORS = "tradegraph.graphql.errors";
    static final String STATEMENTS = "tradegraph.graphql.statements";
    static final int OPERATIONS = 200;

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one answered request: its operation, outcome and duration, and the statements it sent. */
    public void answered(String operationName, String firstCode, long startedNanos) {
        Timer.builder(REQUESTS).description("GraphQL requests by operation and outcome")
                .tag("operation", operationName == null ? "(anonymous)" : operationName)
                .tag("outcome", firstCode == null ? "success" : firstCode)
                .register(registry).record(Duration.ofNanos(System.nanoTime() - startedNanos));
        StatementCount.current().ifPresent(count -> DistributionSummary.builder(STATEMENTS)
                .description("SQL statements a GraphQL request sent").register(registry).record(count));
    }

    /** Counts an error by its code. */
    public void error(String code) {
        registry.counter(ERRORS, "code", code).increment();
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

    /** Operation names beyond the first {@value #OPERATIONS} are not recorded. */
    @Produces
    @Singleton
    MeterFilter boundedOperationNames() {
        return MeterFilter.maximumAllowableTags(REQUESTS, "operation", OPERATIONS, MeterFilter.deny());
    }
}
