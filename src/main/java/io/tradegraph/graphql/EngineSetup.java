package io.tradegraph.graphql;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import io.tradegraph.catalog.Catalog;

/**
 * Puts the {@link RequestGuard} in front of the instrumentation SmallRye configures (its query cache), through the
 * one hook SmallRye offers before it builds graphql-java's engine. Registered in META-INF/services.
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
        RequestGuard guard = new RequestGuard(limits, Arc.container().instance(Catalog.class).get());
        return builder.instrumentation(new ChainedInstrumentation(guard, configured.getInstrumentation()));
    }
}
