package io.tradegraph.operations;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

/**
 * Two replicas of the packaged application over one database, as Kubernetes runs them: the one Quarkus starts for
 * the integration tests, and a second started here from the same jar. A write through the second is seen by the
 * first's answers, its response cache included, through PostgreSQL's notification alone.
 */
@QuarkusIntegrationTest
class TwoReplicasIT {

    private static final Logger LOG = Logger.getLogger(TwoReplicasIT.class);
    private static final Duration START = Duration.ofSeconds(60);
    private static final long PATIENCE_MILLIS = 5000;
    private static final String SOURCES = "{ sources { code } }";

    private static Process second;
    private static int secondPort;
    private static KeyPair editorKeys;

    @BeforeAll
    static void startASecondReplica() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        editorKeys = generator.generateKeyPair();
        try (ServerSocket free = new ServerSocket(0)) {
            secondPort = free.getLocalPort();
        }
        ProcessBuilder replica = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(Path.of("target", "second-replica.log").toFile());
        replica.environment().putAll(Map.of("DB_SCHEMA", "tradegraph_it", "PORT", String.valueOf(secondPort),
                "MP_JWT_VERIFY_PUBLICKEY", Base64.getEncoder().encodeToString(editorKeys.getPublic().getEncoded())));
        second = replica.start();
        long deadline = System.nanoTime() + START.toNanos();
        while (!ready()) {
            assertTrue(second.isAlive(), "the second replica stopped; see target/second-replica.log");
            assertTrue(System.nanoTime() < deadline, "the second replica did not get ready in " + START);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        if (second != null) {
            second.destroy();
            second.waitFor();
        }
    }

    @Test
    void aWriteThroughOneReplicaReachesTheOthersAnswersAndCache() throws InterruptedException {
        sources(null);
        assertEquals("tradegraph; hit", sources(null).header("Cache-Status"), "the first replica serves it cached");

        String token = Jwt.issuer("tradegraph").subject("replica-test").groups(Set.of("editor")).expiresIn(600)
                .sign(editorKeys.getPrivate());
        given().port(secondPort).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { addSource(source: {code: \"replicas\", title: \"Written on the "
                        + "second replica\", text: \"text\"}) { code } }"))
                .when().post("/graphql").then().statusCode(200);
        long committed = System.nanoTime();

        long deadline = committed + PATIENCE_MILLIS * 1_000_000;
        while (!sources(null).asString().contains("\"replicas\"")) {
            assertTrue(System.nanoTime() < deadline, "the first replica did not see the write in " + PATIENCE_MILLIS + " ms");
            Thread.sleep(5);
        }
        LOG.infof("A write through one replica was in the other's answers after %.1f ms", (System.nanoTime() - committed) / 1e6);
        assertTrue(sources(secondPort).asString().contains("\"replicas\""), "and in the writer's own");
    }

    private static ExtractableResponse<Response> sources(Integer port) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", SOURCES));
        if (port != null) {
            request.port(port);
        }
        return request.when().post("/graphql").then().statusCode(200).extract();
    }

    private static boolean ready() {
        try {
            return given().port(secondPort).when().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notYet) {
            return false;
        }
    }
}
