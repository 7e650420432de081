package io.tradegraph.figure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.tradegraph.graphql.Editor;
import io.tradegraph.graphql.EditorKeys;
import io.tradegraph.graphql.GraphQLWebSocket;
import io.tradegraph.persistence.Sql;
import io.vertx.core.http.WebSocket;

/**
 * What a careless editor or an attacker with a token might send to the write path, one case a file in
 * {@code src/test/resources/hostile-writes}, with the HTTP status and {@code extensions.code} it must get (and, for
 * an import refused row by row, the field named): absurd numbers, impossible periods and dates, control and
 * bidirectional characters, unfit tokens, broken CSV files. A refusal writes nothing: the data version and the rows
 * stored are checked unchanged after each. The races (one new code, one idempotency key, twenty writers at once), an
 * expired token on an open WebSocket and the CSV round trip through a spreadsheet's escapes are tests of their own.
 * <p>
 * A case holds {@code graphql} ({@code query}, {@code variables}) or {@code csv} (the file), optionally {@code token}
 * ({@code subject}, {@code expiresIn} in seconds, negative for a token expired that long ago), {@code status},
 * {@code code}, {@code field} and {@code fast} (refused within a second and a half: no work done first).
 */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class HostileWritesTest {

    static final Path CASES = Path.of("src/test/resources/hostile-writes");
    private static final Duration FAST_REFUSAL = Duration.ofMillis(1500);
    private static final String SOURCE_TEXT = "Xuất khẩu đạt 1 tỷ USD.";
    private static final String IMPORT = "mutation($figures: [FigureInput!]!, $key: String) { importFigures(source: "
            + "\"t_hostile\", figures: $figures, idempotencyKey: $key) { added unchanged replayed } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    private final String token = EditorKeys.token("mallory");

    @BeforeEach
    void addSource() {
        EditorKeys.write(token, "mutation($s: SourceInput!) { addSource(source: $s) { code } }", Map.of("s",
                Map.of("code", "t_hostile", "title", "Hostile writes", "text", SOURCE_TEXT)));
    }

    static Stream<String> cases() throws IOException {
        return io.tradegraph.graphql.Documents.caseNames(CASES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithItsStatusAndCodeAndWritesNothing(String name) throws Exception {
        JsonObject spec = Json.createReader(new StringReader(Files.readString(CASES.resolve(name + ".json")))).readObject();
        String bearer = spec.containsKey("token") ? token(spec.getJsonObject("token")) : token;
        RequestSpecification request = given().header("Authorization", "Bearer " + bearer);
        String path;
        if (spec.containsKey("csv")) {
            path = "/figures.csv";
            request.contentType("text/csv; charset=utf-8").body(spec.getString("csv").getBytes(StandardCharsets.UTF_8));
        } else {
            path = "/graphql";
            request.contentType("application/json").header("Accept", "application/graphql-response+json")
                    .body(spec.getJsonObject("graphql").toString().getBytes(StandardCharsets.UTF_8));
        }
        Stored before = stored();
        long started = System.nanoTime();
        Response response = request.post(path);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        String body = response.asString();
        assertEquals(spec.getInt("status"), response.statusCode(), () -> name + ": " + body);
        for (String leak : new String[] { "Exception", "\tat ", "io.tradegraph", "java.", "smallrye" }) {
            assertFalse(body.contains(leak), () -> name + " leaks '" + leak + "': " + body);
        }
        JsonObject error = Json.createReader(new StringReader(body)).readObject().getJsonArray("errors").getJsonObject(0);
        assertEquals(spec.getString("code"), error.getJsonObject("extensions").getString("code"), () -> name + ": " + body);
        assertFalse(error.getString("message").isBlank(), name);
        if (spec.containsKey("field")) {
            assertEquals(spec.getString("field"), error.getJsonObject("extensions").getJsonArray("problems")
                    .getJsonObject(0).getString("field"), () -> name + ": " + body);
        }
        if (spec.getBoolean("fast", false)) {
            assertTrue(took.compareTo(FAST_REFUSAL) < 0, () -> name + " took " + took.toMillis() + " ms to refuse");
        }
        assertEquals(before, stored(), () -> name + " changed what is stored");
    }

    @Test
    void twentyImportsOfOneNewCodeAtOnceAllSucceedAndAddItOnce() throws Exception {
        // Those that lose the race to add it run again once (Transactions) and find it stored alike: unchanged.
        List<String> codes = race(20, i -> EditorKeys.post(token, IMPORT, Map.of("figures", List.of(row("t_hostile-50",
                "1000000000")))).extract().asString());
        assertEquals(Set.of("ok"), Set.copyOf(codes), "every import succeeds: " + codes);
        assertEquals(1, count("select count(*) from figure where code = 't_hostile-50'"), "one revision, the first");
    }

    @Test
    void twentyReplaysOfOneKeyWithTwoBodiesStoreOneAndNoneFails() throws Exception {
        List<String> codes = race(20, i -> EditorKeys.post(token, IMPORT, Map.of("key", "hostile-replay", "figures",
                List.of(row("t_hostile-60", i % 2 == 0 ? "1000000000" : "2000000000")))).extract().asString());
        // The first writes; each other one, run again if it lost the race, replays it or is refused for other rows.
        assertEquals(Set.of(), Set.copyOf(codes.stream().filter(code -> !Set.of("ok", "IDEMPOTENCY_KEY_REUSED")
                .contains(code)).toList()), "only writes, replays and refusals: " + codes);
        assertTrue(codes.contains("ok") && codes.contains("IDEMPOTENCY_KEY_REUSED"), codes.toString());
        assertEquals(1, count("select count(*) from figure where code = 't_hostile-60'"));
        assertEquals(1, count("select count(*) from figure_import where idempotency_key = 'hostile-replay'"));
    }

    @Test
    void aSocketOpenedWithATokenIsClosedWhenItExpires() throws Exception {
        // Valid when the socket opens; Quarkus closes the socket when it expires (TokenExpiry tells it when).
        String shortLived = EditorKeys.sign(Jwt.issuer("tradegraph").subject("eve").groups(Set.of(Editor.ROLE))
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plusSeconds(2)));
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = GraphQLWebSocket.open(endpoint, received, "Authorization", "Bearer " + shortLived);
        java.util.concurrent.CompletableFuture<Short> closed = new java.util.concurrent.CompletableFuture<>();
        socket.closeHandler(ignored -> closed.complete(socket.closeStatusCode()));
        socket.writeTextMessage("{\"type\":\"connection_init\"}");
        assertEquals("connection_ack", received.poll(5, TimeUnit.SECONDS).getString("type"));
        // A write while the token holds is written, with its subject as author.
        JsonObject written = send(socket, received, "1", row("t_hostile-70", "1000000000"));
        assertFalse(written.toString().contains("errors"), written.toString());
        assertEquals((short) 1008, closed.get(6, TimeUnit.SECONDS), "closed as a policy violation at expiry");
        assertEquals(1, count("select count(*) from figure where code = 't_hostile-70' and recorded_by = 'eve'"));
    }

    @Test
    void aTokenInConnectionInitWritesAsItsEditor() throws Exception {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = GraphQLWebSocket.open(endpoint, received);
        socket.writeTextMessage(Json.createObjectBuilder().add("type", "connection_init").add("payload",
                Json.createObjectBuilder().add("Authorization", "Bearer " + EditorKeys.token("trent"))).build().toString());
        assertEquals("connection_ack", received.poll(5, TimeUnit.SECONDS).getString("type"));
        JsonObject written = send(socket, received, "1", row("t_hostile-71", "1000000000"));
        assertFalse(written.toString().contains("errors"), written.toString());
        assertEquals(1, count("select count(*) from figure where code = 't_hostile-71' and recorded_by = 'trent'"));
        socket.close();
    }

    /** Sends an import over graphql-transport-ws; its first answer. */
    private static JsonObject send(WebSocket socket, BlockingQueue<JsonObject> received, String id,
            Map<String, Object> figure) throws InterruptedException {
        socket.writeTextMessage(Json.createObjectBuilder().add("id", id).add("type", "subscribe").add("payload",
                Json.createObjectBuilder().add("query", IMPORT).add("variables", Json.createObjectBuilder().add("figures",
                        Json.createArrayBuilder().add(Json.createObjectBuilder(figure))))).build().toString());
        JsonObject answer = received.poll(5, TimeUnit.SECONDS);
        assertNotNull(answer, "an answer to the mutation");
        return answer;
    }

    @Test
    void anExportWithFormulasOpensInASpreadsheetAsTextAndImportsBackUnchanged() throws IOException {
        // Every kind of start a spreadsheet evaluates, the escape itself, and what CSV itself must quote or keep.
        String[] notes = { "=HYPERLINK(\"http://example.com\")", "+1+1", "-2", "@SUM(A1)", "'quoted", "''twice",
            "\t=after a tab", "\r\n=after a line break", "line one\nline two", "a comma, and \"quotes\"",
            " a space first", "a space last ", "Việt Nam 🇻🇳", "plain" };
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < notes.length; i++) {
            Map<String, Object> row = row("t_hostile-8" + (10 + i), "1000000000");
            row.put("note", notes[i]);
            rows.add(row);
        }
        JsonObject added = EditorKeys.write(token, IMPORT, Map.of("figures", rows));
        assertFalse(added.containsKey("errors"), added.toString());
        String exported = given().queryParam("source", "t_hostile").get("/figures.csv").then().statusCode(200).extract()
                .asString();
        // Cells as a spreadsheet reads them: none starts as a formula does (OWASP's list).
        for (org.apache.commons.csv.CSVRecord record : org.apache.commons.csv.CSVFormat.RFC4180.parse(
                new StringReader(exported))) {
            for (String cell : record) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet "
                        + "evaluates: " + cell);
            }
        }
        assertTrue(exported.contains("'=HYPERLINK") && exported.contains(",'-2,") && exported.contains(",''quoted,"),
                exported);
        String report = given().header("Authorization", "Bearer " + token).contentType("text/csv")
                .body(exported.getBytes(StandardCharsets.UTF_8)).post("/figures.csv").then().statusCode(200).extract()
                .asString();
        JsonObject json = Json.createReader(new StringReader(report)).readObject();
        assertEquals(0, json.getJsonArray("added").size() + json.getJsonArray("revised").size(), report);
        assertEquals(exported, given().queryParam("source", "t_hostile").get("/figures.csv").then().statusCode(200)
                .extract().asString(), "exported again, byte for byte the same");
    }

    @Test
    void anImportOfManyStatementsIsOneWriteAnnouncedOnce() throws Exception {
        StringBuilder file = new StringBuilder(String.join(",", FigureCsv.COLUMNS)).append('\n');
        for (int i = 1; i <= 2500; i++) {
            file.append("t_hostile_many-").append(i).append(",t_hostile_many,1,VN-57,2024,EXPORT,,,1000000000,,,,USD,"
                    + "EXACT,REPORTED,,,,,,,,,Xuất khẩu đạt 1 tỷ USD,,\n");
        }
        EditorKeys.write(token, "mutation($s: SourceInput!) { addSource(source: $s) { code } }", Map.of("s",
                Map.of("code", "t_hostile_many", "title", "Many rows", "text", SOURCE_TEXT)));
        Stored before = stored();
        given().header("Authorization", "Bearer " + token).contentType("text/csv")
                .body(file.toString().getBytes(StandardCharsets.UTF_8)).post("/figures.csv").then().statusCode(200);
        Stored after = stored();
        assertEquals(before.figures() + 2500, after.figures());
        // 2,500 rows are three statements (1,000, 1,000, then 256 + … for the rest): one version, one announcement.
        assertEquals(before.version() + 1, after.version());
    }

    /** Runs a request from many threads at once; each answer's first error code, or "ok". */
    private static List<String> race(int writers, java.util.function.IntFunction<String> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                answers.add(pool.submit(() -> write.apply(writer)));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> answer : answers) {
                JsonObject json = Json.createReader(new StringReader(answer.get(30, TimeUnit.SECONDS))).readObject();
                codes.add(json.containsKey("errors") ? json.getJsonArray("errors").getJsonObject(0)
                        .getJsonObject("extensions").getString("code") : "ok");
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> row(String code, String amount) {
        Map<String, Object> row = new HashMap<>(Map.of("code", code, "paragraph", 1, "area", "VN-57", "period", "2024",
                "flow", "EXPORT", "amount", amount, "unit", "USD", "status", "REPORTED", "quote", "Xuất khẩu đạt 1 tỷ USD"));
        return row;
    }

    private static String token(JsonObject spec) {
        Instant now = Instant.now();
        return EditorKeys.sign(Jwt.issuer("tradegraph").subject(spec.getString("subject")).groups(Set.of(Editor.ROLE))
                .issuedAt(now.minusSeconds(600)).expiresAt(now.plusSeconds(spec.getInt("expiresIn", 600))));
    }

    /** What a refused write must leave as it was. */
    private record Stored(long version, long figures, long sources, long periods, long imports) {
    }

    private static Stored stored() throws Exception {
        return new Stored(count("select version from data_version"), count("select count(*) from figure"),
                count("select count(*) from source"), count("select count(*) from period"),
                count("select count(*) from figure_import"));
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = Sql.connection(EditorKeys.Editing.SCHEMA); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
