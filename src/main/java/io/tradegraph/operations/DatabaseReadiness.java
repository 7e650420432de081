package io.tradegraph.operations;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.tradegraph.persistence.Database;

/**
 * Ready when PostgreSQL answers through the same reactive pool that serves requests; DOWN with the reason
 * otherwise. Replaces Quarkus's two data source checks, one of which would validate the JDBC pool that only
 * Flyway uses.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements AsyncHealthCheck {

    static final String NAME = "PostgreSQL";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Database database;

    public DatabaseReadiness(Database database) {
        this.database = database;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return database.ping()
                .map(answered -> HealthCheckResponse.up(NAME))
                .ifNoItem().after(TIMEOUT).failWith(() -> new IllegalStateException("no answer within " + TIMEOUT.toSeconds() + " s"))
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("reason", String.valueOf(failure.getMessage())).build());
    }
}
