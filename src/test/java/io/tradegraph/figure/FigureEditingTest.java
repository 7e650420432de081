package io.tradegraph.figure;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.graphql.EditorKeys;
import io.tradegraph.graphql.GraphQLClient;
import io.tradegraph.measure.Bounds;
import io.tradegraph.persistence.Sql;

/**
 * Editors' writes against the real PostgreSQL: all or nothing, idempotent, revisions that keep every earlier value
 * readable at its instant (computed fields and checks included), and one winner when two editors revise at once.
 * Each test writes its own source, area and period, so that the tests do not depend on one another's writes.
 */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class FigureEditingTest {

    private static final String ADD_SOURCE = "mutation($source: SourceInput!) { addSource(source: $source) { code } }";
    private static final String IMPORT = "mutation($source: String!, $figures: [FigureInput!]!, $key: String) { "
            + "importFigures(source: $source, figures: $figures, idempotencyKey: $key) { added revised unchanged replayed } }";
    private static final String REVISE = "mutation($code: String!, $revision: Int!, $figure: FigureInput!) { "
            + "reviseFigure(code: $code, revision: $revision, figure: $figure, reason: \"The statistics office revised it\") { "
            + "figure { code revision amount } recordedBy reason } }";
    /** An article in the seeds' manner, one paragraph a line. */
    private static final String TEXT = """
            Năm %1$s, kim ngạch xuất khẩu của tỉnh ước đạt 10 tỷ USD, nhập khẩu đạt 4 tỷ USD.

            Cán cân thương mại xuất siêu 6 tỷ USD.
            """;

    private final String token = EditorKeys.token("alice");

    @Test
    void anImportWithBadRowsWritesNothingAndReportsEachRow() {
        addSource("t_bad", "2019");
        Map<String, Object> unknownArea = row("t_bad-02", "VN-QN", "2019", "IMPORT", "4000000000", 1, "nhập khẩu đạt 4 tỷ USD");
        Map<String, Object> misquoted = row("t_bad-03", "VN-27", "2019", "BALANCE", "6000000000", 2, "xuất siêu 7 tỷ USD");

        JsonObject answer = EditorKeys.write(token, IMPORT, Map.of("source", "t_bad", "figures", List.of(
                row("t_bad-01", "VN-27", "2019", "EXPORT", "10000000000", 1, "xuất khẩu của tỉnh ước đạt 10 tỷ USD"),
                unknownArea, misquoted)));

        JsonObject error = answer.getJsonArray("errors").getJsonObject(0);
        assertEquals("INVALID_IMPORT", error.getJsonObject("extensions").getString("code"));
        JsonArray problems = error.getJsonObject("extensions").getJsonArray("problems");
        assertEquals(List.of("2 t_bad-02 area", "3 t_bad-03 quote"), problems.stream().map(JsonValue::asJsonObject)
                .map(p -> p.getInt("row") + " " + p.getString("code") + " " + p.getString("field")).toList());
        assertEquals(0, figureCount("t_bad"), "the good row was not written either");
    }

    @Test
    void theSameImportTwiceChangesNothing() {
        addSource("t_twice", "2020");
        List<Map<String, Object>> rows = flows("t_twice", "2020", "4000000000");

        assertEquals("[t_twice-01, t_twice-02, t_twice-03] [] []", report(importFigures("t_twice", rows, null)));
        assertEquals("[] [] [t_twice-01, t_twice-02, t_twice-03]", report(importFigures("t_twice", rows, null)));
        assertEquals(3, figureCount("t_twice"));

        JsonObject keyed = importFigures("t_twice", rows, "import-t_twice");
        assertEquals(false, keyed.getBoolean("replayed"));
        JsonObject again = importFigures("t_twice", rows, "import-t_twice");
        assertEquals(true, again.getBoolean("replayed"), "the first report, not a second run");
        assertEquals(report(keyed), report(again));

        List<Map<String, Object>> other = flows("t_twice", "2020", "5000000000");
        JsonObject reused = EditorKeys.write(token, IMPORT, Map.of("source", "t_twice", "figures", other, "key", "import-t_twice"));
        assertEquals("IDEMPOTENCY_KEY_REUSED", code(reused));
        assertEquals("4000000000", amount("t_twice-02", null), "nothing written under a reused key");
    }

    @Test
    void aRevisionLeavesTheEarlierValueReadableAsOfItsTime() throws InterruptedException {
        addSource("t_rev", "2021");
        importFigures("t_rev", flows("t_rev", "2021", "4000000000"), null);
        Thread.sleep(20);
        Instant beforeRevision = Instant.now();
        Thread.sleep(20);

        Map<String, Object> imports = row("t_rev-02", "VN-27", "2021", "IMPORT", "2000000000", 1, "nhập khẩu đạt 4 tỷ USD");
        JsonObject revised = EditorKeys.write(token, REVISE, Map.of("code", "t_rev-02", "revision", 1, "figure", imports))
                .getJsonObject("data").getJsonObject("reviseFigure");
        assertEquals(2, revised.getJsonObject("figure").getInt("revision"));
        assertEquals("alice", revised.getString("recordedBy"), "the author is the token's subject");

        assertEquals("4000000000", amount("t_rev-02", beforeRevision));
        assertEquals("2000000000", amount("t_rev-02", null));
        assertEquals("6000000000", balance("2021", beforeRevision), "computed from the figures as they stood");
        assertEquals("8000000000", balance("2021", null));
        assertEquals("MATCH", balanceCheck("2021", beforeRevision), "the stated balance of 6 agreed then");
        assertEquals("CONTRADICTION", balanceCheck("2021", null), "and contradicts 10 − 2, even allowing for rounding, now");

        JsonArray history = GraphQLClient.post("{ figures(filter: {source: \"t_rev\", flow: IMPORT}) { edges { node { "
                + "history { figure { revision amount } recordedBy reason supersededAt retracted } } } } }")
                .getJsonObject("data").getJsonObject("figures").getJsonArray("edges").getJsonObject(0)
                .getJsonObject("node").getJsonArray("history");
        assertEquals(2, history.size());
        assertEquals("4000000000", history.getJsonObject(0).getJsonObject("figure").getJsonNumber("amount").toString());
        assertTrue(!history.getJsonObject(0).isNull("supersededAt"));
        assertEquals("The statistics office revised it", history.getJsonObject(1).getString("reason"));
        assertTrue(history.getJsonObject(1).isNull("supersededAt"), "the last revision is in force");
    }

    @Test
    void ofTwoEditorsRevisingTheSameRevisionOneWinsAndTheOtherIsTold() throws Exception {
        addSource("t_race", "2022");
        importFigures("t_race", flows("t_race", "2022", "4000000000"), null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        List<Future<JsonObject>> answers = new ArrayList<>();
        for (String amount : List.of("4100000000", "4200000000")) {
            Map<String, Object> figure = row("t_race-02", "VN-27", "2022", "IMPORT", amount, 1, "nhập khẩu đạt 4 tỷ USD");
            Callable<JsonObject> revise = () -> {
                start.await();
                return EditorKeys.write(EditorKeys.token("editor-" + amount), REVISE,
                        Map.of("code", "t_race-02", "revision", 1, "figure", figure));
            };
            answers.add(editors.submit(revise));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<JsonObject> answer : answers) {
            outcomes.add(answer.get().containsKey("errors") ? code(answer.get()) : "REVISED");
        }
        editors.shutdown();

        assertEquals(List.of("CONFLICT", "REVISED"), outcomes.stream().sorted().toList());
        JsonArray history = GraphQLClient.post("{ figures(filter: {source: \"t_race\", flow: IMPORT}) { edges { node { "
                + "revision history { figure { revision } } } } } }").getJsonObject("data").getJsonObject("figures")
                .getJsonArray("edges").getJsonObject(0).getJsonObject("node").getJsonArray("history");
        assertEquals(2, history.size(), "no lost update: one revision on top of the first");
    }

    @Test
    void aRetractedFigureIsNoLongerReadButKeepsItsHistory() {
        addSource("t_retract", "2023");
        importFigures("t_retract", flows("t_retract", "2023", "4000000000"), null);
        String retract = "mutation { retractFigure(code: \"t_retract-03\", revision: 1, reason: \"Not a trade figure\") { "
                + "retracted figure { revision } } }";

        JsonObject retracted = EditorKeys.write(token, retract, Map.of()).getJsonObject("data").getJsonObject("retractFigure");
        assertEquals(true, retracted.getBoolean("retracted"));
        assertEquals(2, retracted.getJsonObject("figure").getInt("revision"));
        assertEquals(2, figureCount("t_retract"));
        assertEquals("CONFLICT", code(EditorKeys.write(token, retract, Map.of())), "revision 1 is no longer in force");

        // Importing it again states it again: a revision, not a new figure.
        JsonObject report = importFigures("t_retract", flows("t_retract", "2023", "4000000000"), null);
        assertEquals("[] [t_retract-03] [t_retract-01, t_retract-02]", report(report));
        assertEquals(3, figureCount("t_retract"));
    }

    @Test
    void aFigureSaysHowMuchOfItsPlanItReachesAndKeepsItThroughAnExport() {
        addSource("t_plan", "2017");
        Map<String, Object> exports = row("t_plan-01", "VN-27", "2017", "EXPORT", "10000000000", 1,
                "xuất khẩu của tỉnh ước đạt 10 tỷ USD");
        exports.put("planPercent", "105.5");
        List<Map<String, Object>> rows = List.of(exports, row("t_plan-02", "VN-27", "2017", "IMPORT", "4000000000", 1,
                "nhập khẩu đạt 4 tỷ USD"));
        assertEquals("[t_plan-01, t_plan-02] [] []", report(importFigures("t_plan", rows, null)));

        JsonArray edges = GraphQLClient.post("{ figures(filter: {source: \"t_plan\"}, orderBy: [CODE]) { edges { node { "
                + "code planPercent } } } }").getJsonObject("data").getJsonObject("figures").getJsonArray("edges");
        assertEquals(new BigDecimal("105.5"), edges.getJsonObject(0).getJsonObject("node").getJsonNumber("planPercent").bigDecimalValue());
        assertTrue(edges.getJsonObject(1).getJsonObject("node").isNull("planPercent"), "unknown where the article says nothing");

        String exported = given().queryParam("source", "t_plan").when().get("/figures.csv").then().statusCode(200)
                .extract().asString();
        List<String> header = List.of(exported.lines().findFirst().orElseThrow().split(","));
        List<String> first = List.of(exported.lines().skip(1).findFirst().orElseThrow().split(",", -1));
        assertEquals("105.5", first.get(header.indexOf("plan_percent")), exported);

        Map<String, Object> revised = new HashMap<>(exports);
        revised.put("planPercent", "98");
        assertEquals("[] [t_plan-01] [t_plan-02]", report(importFigures("t_plan", List.of(revised, rows.get(1)), null)),
                "another plan attainment is another statement");
    }

    @Test
    void theLargestAmountReadsBackDigitForDigitAndTheTableRefusesALargerOne() throws Exception {
        addSource("t_large", "2016");
        String largest = "9".repeat(Bounds.AMOUNT_DIGITS);
        Map<String, Object> exports = row("t_large-01", "VN-27", "2016", "EXPORT", largest, 1,
                "xuất khẩu của tỉnh ước đạt 10 tỷ USD");
        exports.put("precision", "1");
        importFigures("t_large", List.of(exports), null);
        assertEquals(largest, amount("t_large-01", null), "read as a bigint, exactly");

        // What reading amounts as bigints relies on holds for every row, written through the service or not.
        try (Connection connection = Sql.connection(EditorKeys.Editing.SCHEMA)) {
            for (String amount : List.of("1" + "0".repeat(Bounds.AMOUNT_DIGITS), "1.5")) {
                SQLException refused = assertThrows(SQLException.class, () -> Sql.execute(connection, "update figure set "
                        + "amount = " + amount + " where code = 't_large-01' and superseded_at is null"));
                assertTrue(refused.getMessage().contains("figure_amounts_whole_within_bigint"), refused.getMessage());
            }
        }
        assertEquals(largest, amount("t_large-01", null));
    }

    private void addSource(String code, String year) {
        JsonObject answer = EditorKeys.write(token, ADD_SOURCE, Map.of("source", Map.of("code", code,
                "title", "Quảng Nam's trade in " + year, "publishedOn", year + "-12-28", "text", TEXT.formatted(year))));
        assertEquals(code, answer.getJsonObject("data").getJsonObject("addSource").getString("code"), answer.toString());
    }

    /** Exports 10, imports as given, a stated balance of 6 (billion USD), in VN-27 for one year. */
    private static List<Map<String, Object>> flows(String source, String year, String imports) {
        return List.of(row(source + "-01", "VN-27", year, "EXPORT", "10000000000", 1, "xuất khẩu của tỉnh ước đạt 10 tỷ USD"),
                row(source + "-02", "VN-27", year, "IMPORT", imports, 1, "nhập khẩu đạt 4 tỷ USD"),
                row(source + "-03", "VN-27", year, "BALANCE", "6000000000", 2, "xuất siêu 6 tỷ USD"));
    }

    private static Map<String, Object> row(String code, String area, String period, String flow, String amount,
            int paragraph, String quote) {
        Map<String, Object> row = new HashMap<>();
        row.put("code", code);
        row.put("area", area);
        row.put("period", period);
        row.put("flow", flow);
        row.put("amount", amount);
        row.put("unit", "USD");
        // "10 tỷ" is written to the billion; left out, the precision would be read from the last non-zero digit.
        row.put("precision", "1000000000");
        row.put("status", "ESTIMATE");
        row.put("paragraph", paragraph);
        row.put("quote", quote);
        return row;
    }

    private JsonObject importFigures(String source, List<Map<String, Object>> rows, String key) {
        Map<String, Object> variables = new HashMap<>(Map.of("source", source, "figures", rows));
        variables.put("key", key);
        JsonObject answer = EditorKeys.write(token, IMPORT, variables);
        assertTrue(!answer.containsKey("errors"), answer.toString());
        return answer.getJsonObject("data").getJsonObject("importFigures");
    }

    private static String report(JsonObject report) {
        return report.getJsonArray("added").toString().replace("\"", "").replace(",", ", ") + " "
                + report.getJsonArray("revised").toString().replace("\"", "").replace(",", ", ") + " "
                + report.getJsonArray("unchanged").toString().replace("\"", "").replace(",", ", ");
    }

    private static String code(JsonObject answer) {
        return answer.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    private static int figureCount(String source) {
        return GraphQLClient.post("{ figures(filter: {source: \"" + source + "\"}) { totalCount } }")
                .getJsonObject("data").getJsonObject("figures").getInt("totalCount");
    }

    private static String amount(String code, Instant asOf) {
        JsonArray edges = GraphQLClient.post("query($asOf: DateTime) { figures(first: 100, asOf: $asOf) { edges { node { code amount } } } }",
                asOf == null ? Map.of() : Map.of("asOf", asOf.toString()))
                .getJsonObject("data").getJsonObject("figures").getJsonArray("edges");
        return edges.stream().map(e -> e.asJsonObject().getJsonObject("node")).filter(n -> n.getString("code").equals(code))
                .map(n -> n.getJsonNumber("amount").bigDecimalValue().toPlainString()).findFirst().orElse(null);
    }

    private static String balance(String year, Instant asOf) {
        return GraphQLClient.post("query($asOf: DateTime) { province(code: \"VN-27\") { periods(from: \"" + year
                + "-01-01\", to: \"" + year + "-12-31\", asOf: $asOf) { balance { computed } } } }",
                asOf == null ? Map.of() : Map.of("asOf", asOf.toString()))
                .getJsonObject("data").getJsonObject("province").getJsonArray("periods").getJsonObject(0)
                .getJsonObject("balance").getJsonNumber("computed").bigDecimalValue().toPlainString();
    }

    private static String balanceCheck(String year, Instant asOf) {
        return GraphQLClient.post("query($asOf: DateTime) { checks(area: \"VN-27\", kind: BALANCE_VS_FLOWS, asOf: $asOf) { "
                + "period { code } verdict } }", asOf == null ? Map.of() : Map.of("asOf", asOf.toString()))
                .getJsonObject("data").getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonObject("period").getString("code").equals(year))
                .map(c -> c.getString("verdict")).findFirst().orElse(null);
    }
}
