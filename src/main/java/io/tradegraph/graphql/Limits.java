package io.tradegraph.graphql;

import java.time.Duration;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;

/**
 * What one request may ask of the service. Checked before execution (depth, aliases, cost), while it runs
 * (deadline, series length) or before it is read at all (body size); each refusal names the limit and the figure
 * the request reached. Every setting is also an environment variable (docs/operations.md).
 */
@ConfigMapping(prefix = "tradegraph.limits")
public interface Limits {

    /** Tokens of one document, counted by graphql-java's parser before anything else. */
    int tokens();

    /** Deepest nesting of fields, counted from the root field as 1. */
    int depth();

    /** Fields given an alias, over the whole operation with its fragments expanded. */
    int aliases();

    /** Estimated cost: every field costs one, and a list multiplies what it holds by its estimated length. */
    int cost();

    /** Figures one statement may read (a page is always far below it). */
    int rows();

    /** Points of one series. */
    int seriesPoints();

    /** Time a request may take, from the moment its body is read to its answer. */
    Duration requestTimeout();

    /** Bytes of a request body. */
    int bodyBytes();

    /** Nesting of the JSON request body (the variables, mostly). */
    int jsonDepth();

    /** Bytes of a CSV file imported in one request. */
    int importBytes();

    /**
     * GraphQL executions one replica runs at once (engine.Admission); the rest wait in line. By default four per
     * processor the JVM sees: what the event loops and the statements they wait for keep busy.
     */
    OptionalInt executions();

    /** Requests that may wait in line for an execution; more are refused at once ({@code OVERLOADED}). */
    int queue();

    /** Subscriptions one replica serves at once. */
    int subscriptions();

    /** WebSocket connections this replica holds at once. */
    int websockets();

    /** How soon a WebSocket must start an operation after its upgrade, or be closed. */
    Duration websocketIdle();
}
