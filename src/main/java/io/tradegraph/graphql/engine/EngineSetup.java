package io.tradegraph.graphql.engine;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import io.tradegraph.graphql.Limits;
import io.tradegraph.graphql.PersistedDocuments;
import io.tradegraph.graphql.RequestGuard;
import io.tradegraph.reference.Catalog;

/**
 * Puts the {@link RequestGuard} in front of the instrumentation SmallRye configures (its query cache), the token
 * limit into the parser, and {@link InMemorySubtrees} in place of graphql-java's default query strategy, through the
 * one hook SmallRye offers before it builds graphql-java's engine. Registered in META-INF/services.
 * <p>
 * In a native image, graphql-java's messages need their bundles. Quarkus registers {@code i18n.Parsing} and
 * {@code i18n.Validation} only, so a wrong literal or an unknown enum value, whose messages are in the others, failed
 * with a {@code MissingResourceException} instead of its coded error. The others are registered in
 * {@code META-INF/native-image/io.tradegraph/tradegraph/resource-config.json}: Quarkus 3.34 ignores
 * {@code @RegisterResourceBundle} when a class repeats it (as quarkus#55401 reports of {@code @RegisterForProxy}).
 */
@RegisterForReflection
public class EngineSetup implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder has no getter: a throw-away engine shows what SmallRye configured, to chain after ours.
        GraphQL configured = builder.build();
        Limits limits = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(Limits.class);
        // graphql-java parses operations with its operation options (SmallRye's parser-max-tokens sets only the
        // others), and SmallRye parses them once more with the others: both stop at the same number of tokens.
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.tokens())));
        ParserOptions.setDefaultParserOptions(ParserOptions.getDefaultParserOptions()
                .transform(options -> options.maxTokens(limits.tokens())));
        RequestGuard guard = new RequestGuard(limits, Arc.container().instance(Catalog.class).get(),
                Arc.container().instance(PersistedDocuments.class).get(),
                Arc.container().instance(WebSockets.class).get()::operationStarted);
        // Flattened, so that every field passes through one chain rather than a chain within a chain.
        List<Instrumentation> smallRyes = configured.getInstrumentation() instanceof ChainedInstrumentation chained
                ? chained.getInstrumentations()
                : List.of(configured.getInstrumentation());
        ChainedInstrumentation instrumentation = Switches.on(Switches.FIELDLESS_CHAIN) ? FieldlessChain.of(guard, smallRyes)
                : new ChainedInstrumentation(Stream.concat(Stream.of(guard), smallRyes.stream()).toList());
        builder.instrumentation(instrumentation);
        // In-memory subtrees skip per-field hooks: only when the guard's are the only ones, which they then honour.
        if (Switches.on(Switches.IN_MEMORY_SUBTREES) && instrumentation instanceof FieldlessChain
                && configured.getQueryStrategy().getClass() == AsyncExecutionStrategy.class) {
            builder.queryExecutionStrategy(new InMemorySubtrees(new ExceptionHandler()));
        }
        return builder;
    }
}
