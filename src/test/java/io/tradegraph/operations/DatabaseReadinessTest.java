package io.tradegraph.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.inject.Inject;
import io.tradegraph.measure.Status;

@QuarkusTest
class DatabaseReadinessTest {

    @Inject
    Vertx vertx;

    @Inject
    @Readiness
    DatabaseReadiness readiness;

    @Test
    void isUpWhenPostgresAnswers() {
        HealthCheckResponse response = readiness.call().await().atMost(Duration.ofSeconds(10));

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
    }

    @Test
    void isDownWithTheReasonWhenPostgresCannotBeReached() {
        // A port nothing listens on: the same check, through a pool that cannot connect.
        Pool unreachable = PgBuilder.pool().connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(1)
                .setDatabase("postgres").setUser("postgres")).using(vertx).build();
        try {
            HealthCheckResponse response = new DatabaseReadiness(new io.tradegraph.persistence.Database(unreachable)).call().await().atMost(Duration.ofSeconds(10));

            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            String reason = String.valueOf(response.getData().orElseThrow().get("reason"));
            assertTrue(reason.toLowerCase().contains("connection refused"), reason);
        } finally {
            unreachable.closeAndAwait();
        }
    }
}
