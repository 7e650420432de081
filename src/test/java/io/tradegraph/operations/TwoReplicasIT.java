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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;

/**
 * Two replicas of the packaged application over one database, as Kubernetes runs them: the one Quarkus starts for
 * the integration tests, and a second started here from the same jar. A write through the second is seen by the
 * first's answers, its response cache included, and by its subscribers, through PostgreSQL's notification alone.
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
        startTheSecondReplica();
    }

    private static void startTheSecondReplica() throws Exception {
        ProcessBuilder replica = new ProcessBuilder(replicaCommand())
                .redirectErrorStream(true).redirectOutput(Path.of("target", "second-replica.log").toFile());
        // The first replica cleaned the schema when it started (the failsafe environment, which this process
        // inherits, says so); this one, started beside it or again after being killed, must find the data as they are.
        replica.environment().putAll(Map.of("DB_SCHEMA", "tradegraph_it", "PORT", String.valueOf(secondPort),
                "MP_JWT_VERIFY_PUBLICKEY", Base64.getEncoder().encodeToString(editorKeys.getPublic().getEncoded()),
                "QUARKUS_FLYWAY_CLEAN_AT_START", "false"));
        second = replica.start();
        long deadline = System.nanoTime() + START.toNanos();
        while (!ready()) {
            assertTrue(second.isAlive(), "the second replica stopped; see target/second-replica.log");
            assertTrue(System.nanoTime() < deadline, "the second replica did not get ready in " + START);
            Thread.sleep(200);
        }
    }

    /**
     * The command that starts what Quarkus tests: the native executable when the build made one (`-Dnative`), the
     * packaged jar otherwise, as Quarkus's own launcher decides from the artifact it records.
     */
    private static List<String> replicaCommand() throws IOException {
        java.util.Properties artifact = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(Path.of("target", "quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        if ("native".equals(artifact.getProperty("type"))) {
            return List.of(Path.of("target", artifact.getProperty("path")).toAbsolutePath().toString());
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/quarkus-app/quarkus-run.jar");
    }

    @AfterAll
    static void stopIt() throws InterruptedException {
        if (second != null) {
            second.destroy();
            second.waitFor();
        }
    }

    @Test
    void aWriteThroughOneReplicaReachesTheOthersAnswersCacheAndSubscribers() throws Exception {
        sources(null);
        assertEquals("tradegraph; hit", sources(null).header("Cache-Status"), "the first replica serves it cached");
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        Vertx vertx = Vertx.vertx();
        WebSocket subscriber = subscribe(vertx, heard);

        String token = Jwt.issuer("tradegraph").subject("replica-test").groups(Set.of("editor")).expiresIn(600)
                .sign(editorKeys.getPrivate());
        write(token, "mutation { addSource(source: {code: \"replicas\", title: \"Written on the second replica\", "
                + "text: \"xuất khẩu đạt 2 tỷ USD\"}) { code } }");
        long committed = System.nanoTime();

        long deadline = committed + PATIENCE_MILLIS * 1_000_000;
        while (!sources(null).asString().contains("\"replicas\"")) {
            assertTrue(System.nanoTime() < deadline, "the first replica did not see the write in " + PATIENCE_MILLIS + " ms");
            Thread.sleep(5);
        }
        LOG.infof("A write through one replica was in the other's answers after %.1f ms", (System.nanoTime() - committed) / 1e6);
        assertTrue(sources(secondPort).asString().contains("\"replicas\""), "and in the writer's own");

        // A subscriber of the first replica hears figures written through the second.
        for (int attempt = 1; attempt <= 5; attempt++) {
            String code = "replicas-0" + attempt;
            long sent = System.nanoTime();
            write(token, "mutation { importFigures(source: \"replicas\", figures: [{code: \"" + code + "\", "
                    + "paragraph: 1, area: \"VN-57\", period: \"2014\", flow: EXPORT, amount: 2000000000, unit: USD, "
                    + "status: REPORTED, quote: \"xuất khẩu đạt 2 tỷ USD\"}]) { added } }");
            for (String message = heard.poll(1, TimeUnit.SECONDS); message != null; message = heard.poll(1, TimeUnit.SECONDS)) {
                if (message.contains("\"" + code + "\"")) {
                    // From sending the write, so an upper bound: its commit comes a little later.
                    LOG.infof("A subscriber of one replica heard a write through the other %.1f ms after it was sent",
                            (System.nanoTime() - sent) / 1e6);
                    subscriber.close();
                    vertx.close();
                    return;
                }
            }
        }
        throw new AssertionError("the first replica's subscriber heard none of the writes through the second");
    }

    @Test
    void anImportKilledMidwayLeavesNothingOfItselfOnceTheReplicaIsBack() throws Exception {
        String token = Jwt.issuer("tradegraph").subject("replica-test").groups(Set.of("editor")).expiresIn(600)
                .sign(editorKeys.getPrivate());
        write(token, "mutation { addSource(source: {code: \"killed\", title: \"An import cut short\", "
                + "text: \"xuất khẩu đạt 2 tỷ USD\"}) { code } }");
        StringBuilder file = new StringBuilder("code,source,paragraph,area,period,flow,commodity,market,amount,low,high,"
                + "magnitude,unit,qualifier,status,growth,growth_low,growth_high,growth_qualifier,growth_basis,rank,"
                + "share,share_qualifier,quote,note,mention\n");
        // About 3 MiB, within the import limit: a few seconds of writing.
        for (int i = 1; i <= 30_000; i++) {
            file.append("killed-").append(i).append(",killed,1,VN-57,2014,EXPORT,,,2000000000,,,,USD,EXACT,REPORTED,,,,,,"
                    + ",,,2 tỷ USD,,\n");
        }
        java.util.concurrent.atomic.AtomicReference<String> answered = new java.util.concurrent.atomic.AtomicReference<>();
        Thread importing = new Thread(() -> {
            try {
                Response answer = given().port(secondPort).header("Authorization", "Bearer " + token)
                        .contentType("text/csv").body(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .post("/figures.csv");
                answered.set(answer.statusCode() + " " + answer.asString());
            } catch (RuntimeException cut) {
                // The replica is killed under it: no answer is expected.
            }
        });
        importing.start();
        // Killed once its transaction has written figures, and before it commits.
        try (java.sql.Connection database = java.sql.DriverManager.getConnection("jdbc:postgresql://localhost:5432/postgres",
                "postgres", "")) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!writingFigures(database)) {
                assertTrue(answered.get() == null, () -> "the import was answered before it could be killed: "
                        + answered.get());
                assertTrue(System.nanoTime() < deadline, "the import never got to writing its figures");
                Thread.sleep(5);
            }
        }
        second.destroyForcibly().waitFor();
        importing.join(10_000);

        startTheSecondReplica();
        for (Integer port : new Integer[] { null, secondPort }) {
            var request = given().contentType(ContentType.JSON).body(Map.of("query",
                    "{ figures(filter: {source: \"killed\"}) { totalCount } }"));
            if (port != null) {
                request.port(port);
            }
            String answer = request.post("/graphql").then().statusCode(200).extract().asString();
            assertEquals("{\"data\":{\"figures\":{\"totalCount\":0}}}", answer, "nothing of the import was stored");
        }
    }

    /** Whether a transaction is inserting figures: the import's, between its first statement and its commit. */
    private static boolean writingFigures(java.sql.Connection database) throws java.sql.SQLException {
        try (var rows = database.createStatement().executeQuery("select count(*) from pg_stat_activity where "
                + "state in ('active', 'idle in transaction') and query like 'insert into figure (%'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }

    /** A graphql-transport-ws subscriber of the first replica, to figures of Bình Dương. */
    private static WebSocket subscribe(Vertx vertx, BlockingQueue<String> heard) throws Exception {
        WebSocket socket = vertx.createHttpClient().webSocket(new WebSocketConnectOptions().setHost("localhost")
                .setPort(RestAssured.port).setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        socket.textMessageHandler(heard::add);
        socket.writeTextMessage("{\"type\":\"connection_init\"}");
        String ack = heard.poll(5, TimeUnit.SECONDS);
        assertTrue(ack != null && ack.contains("connection_ack"), String.valueOf(ack));
        socket.writeTextMessage("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + "\"subscription { figuresChanged(area: \\\"VN-57\\\") { figures { code } } }\"}}");
        return socket;
    }

    private static void write(String token, String mutation) {
        given().port(secondPort).header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("query", mutation)).when().post("/graphql").then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue());
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
