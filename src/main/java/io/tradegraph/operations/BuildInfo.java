package io.tradegraph.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code tradegraph_build_info}, always 1, labelled with what is running: the service's version, JVM or native, and
 * the Java version, so that a dashboard can tell replicas of two releases apart during a rolling update.
 */
@ApplicationScoped
public class BuildInfo {

    void register(@Observes StartupEvent started, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        Gauge.builder("tradegraph.build.info", () -> 1).description("What this replica runs: version, JVM or native, Java")
                .tag("version", version)
                .tag("image", ImageMode.current() == ImageMode.NATIVE_RUN ? "native" : "jvm")
                .tag("java", System.getProperty("java.version", "unknown"))
                .register(registry);
    }
}
