package io.tradegraph.figure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import io.tradegraph.graphql.EditorKeys;

/** Figures out and in as CSV: an export imported again changes nothing, and a file is checked as an import is. */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class FigureCsvEndpointTest {

    private static final String HEADER = String.join(",", FigureCsv.COLUMNS) + "\n";

    @Test
    void anExportImportedAgainChangesNothing() {
        addSource("csv_trip");
        String file = HEADER
                + "csv_trip-01,csv_trip,1,VN-40,2018,EXPORT,,,1.25,,,billion,USD,NEARLY,REPORTED,7.5,,,,,,,,\"xuất khẩu đạt gần 1,25 tỷ USD\",\n"
                + "csv_trip-02,csv_trip,1,VN-40,2018,IMPORT,,CN,,300,400,million,USD,,ESTIMATE,,9,10,,,2,,,\"nhập khẩu từ 300 đến 400 triệu USD\",\"a range\"\n";
        importFile(file, null).statusCode(200).body("added", equalTo(List.of("csv_trip-01", "csv_trip-02")));

        String exported = given().queryParam("source", "csv_trip").when().get("/figures.csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asString();
        List<String> lines = exported.lines().toList();
        assertEquals(3, lines.size(), exported);
        assertTrue(lines.get(0).startsWith(HEADER.strip() + ",precision,revision,recorded_at"), lines.get(0));
        assertTrue(lines.get(1).startsWith("csv_trip-01,csv_trip,1,VN-40,2018,EXPORT,,,1250000000,,,,USD,NEARLY,"
                + "REPORTED,7.5,"), lines.get(1));

        importFile(exported, "round-trip").statusCode(200).body("unchanged", equalTo(List.of("csv_trip-01", "csv_trip-02")))
                .body("added", equalTo(List.of())).body("revised", equalTo(List.of()));
        importFile(exported, "round-trip").statusCode(200).body("replayed", equalTo(true));
    }

    @Test
    void aFileWithABadRowIsRefusedWhole() {
        addSource("csv_bad");
        String file = HEADER
                + "csv_bad-01,csv_bad,1,VN-40,2018,EXPORT,,,1,,,billion,USD,,REPORTED,,,,,,,,,\"xuất khẩu đạt 1 tỷ USD\",\n"
                + "csv_bad-02,csv_bad,1,VN-40,2018,IMPORT,,,-1,,,billion,USD,,REPORTED,,,,,,,,,\"nhập khẩu\",\n";

        importFile(file, null).statusCode(422).body("errors[0].extensions.code", equalTo("INVALID_IMPORT"))
                .body("errors[0].extensions.problems[0].row", equalTo(2))
                .body("errors[0].extensions.problems[0].field", equalTo("amount"));
        assertEquals(HEADER.strip() + ",precision,revision,recorded_at",
                given().queryParam("source", "csv_bad").when().get("/figures.csv").then().statusCode(200).extract()
                        .asString().strip(), "nothing written");
    }

    @Test
    void anImportNeedsAnEditorsTokenAndAnExportNone() {
        given().contentType("text/csv").body(HEADER).when().post("/figures.csv").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().queryParam("area", "VN-XX").when().get("/figures.csv").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("UNKNOWN_CODE"));
        given().queryParam("asOf", "yesterday").when().get("/figures.csv").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        editor().contentType("application/json").body("{}").when().post("/figures.csv").then().statusCode(415);
    }

    private static io.restassured.response.ValidatableResponse importFile(String csv, String key) {
        RequestSpecification request = editor().contentType("text/csv; charset=utf-8").body(csv);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/figures.csv").then().log().ifValidationFails();
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", "Bearer " + EditorKeys.token("carol"));
    }

    private static void addSource(String code) {
        EditorKeys.write(EditorKeys.token("carol"), "mutation($s: SourceInput!) { addSource(source: $s) { code } }",
                Map.of("s", Map.of("code", code, "title", "A file import", "text",
                        "Xuất khẩu đạt gần 1,25 tỷ USD; nhập khẩu từ 300 đến 400 triệu USD. xuất khẩu đạt 1 tỷ USD, nhập khẩu")));
    }
}
