package io.tradegraph.graphql.engine;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every override in this package that replaces what SmallRye or graphql-java would do anyway, only faster, can be
 * switched off: {@code tradegraph.engine.<name>.enabled=false} (default on) gives the framework's own way back, so
 * that a test suite can run without it, a benchmark can measure it, and an upgrade can show when it is no longer
 * needed (docs/engine.md lists each with its upstream issue and its measured gain).
 */
final class Switches {

    static final String IN_MEMORY_SUBTREES = "in-memory-subtrees";
    static final String FIELDLESS_CHAIN = "fieldless-chain";
    static final String PROPERTY_FETCHERS = "property-fetchers";
    static final String RESULT_JSON = "result-json";

    private Switches() {
    }

    /** Read when the engine is built (the services SmallRye loads are not beans), so a change needs a restart. */
    static boolean on(String name) {
        return ConfigProvider.getConfig().getOptionalValue("tradegraph.engine." + name + ".enabled", Boolean.class)
                .orElse(true);
    }
}
