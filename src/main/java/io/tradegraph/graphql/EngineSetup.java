package io.tradegraph.graphql;

import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import io.tradegraph.catalog.Catalog;

/**
 * Puts the {@link RequestGuard} in front of the instrumentation SmallRye configures (its query cache), and the token
 * limit into the parser, through the one hook SmallRye offers before it builds graphql-java's engine. Registered in
 * META-INF/services.
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
        RequestGuard guard = new RequestGuard(limits, Arc.container().instance(Catalog.class).get());
        List<Instrumentation> chain = new ArrayList<>(List.of(guard));
        // Flattened, so that every field passes through one chain rather than a chain within a chain.
        if (configured.getInstrumentation() instanceof ChainedInstrumentation smallRyes) {
            chain.addAll(smallRyes.getInstrumentations());
        } else {
            chain.add(configured.getInstrumentation());
        }
        return builder.instrumentation(new ChainedInstrumentation(chain));
    }
}
