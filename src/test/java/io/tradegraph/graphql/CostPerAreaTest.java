package io.tradegraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.tradegraph.figure.FigureCsv;

/**
 * The cost of a query about one area is estimated from that area's own data: an import of thousands of figures
 * about one area and period makes that area's full page too expensive, never every other area's, from the moment
 * the import is written.
 */
@QuarkusTest
@TestProfile(EditorKeys.Editing.class)
class CostPerAreaTest {

    private static final Path DASHBOARD_QUERY = Path.of("src/main/resources/web/app/queries/area.graphql");
    private static final int FIGURES = 5_000;

    @Test
    void aBulkImportAboutOneAreaLeavesTheOtherAreasPagesAnswered() throws IOException {
        String page = Files.readString(DASHBOARD_QUERY);
        // Answered before the import, twice, as a client asks a page again: the cost estimated then is not the one
        // that counts after it.
        for (int i = 0; i < 2; i++) {
            JsonObject before = GraphQLClient.post(page, Map.of("code", "VN-01", "geography", "AS_REPORTED"));
            assertFalse(before.containsKey("errors"), before::toString);
        }

        String token = EditorKeys.token("bulk");
        EditorKeys.write(token, "mutation { addSource(source: {code: \"t_bulk\", title: \"Bulk\", "
                + "text: \"xuất khẩu đạt 1,2 tỷ USD\"}) { code } }", Map.of());
        StringBuilder csv = new StringBuilder("code,source,paragraph,area,period,flow,amount,unit,status,quote\n");
        for (int i = 1; i <= FIGURES; i++) {
            csv.append("t_bulk-").append(i).append(",t_bulk,1,VN-01,2012,EXPORT,").append(1_200_000_000L + i)
                    .append(",USD,REPORTED,\"xuất khẩu đạt 1,2 tỷ USD\"\n");
        }
        given().header("Authorization", "Bearer " + token).contentType(FigureCsv.MEDIA_TYPE + "; charset=utf-8")
                .body(csv.toString()).when().post("/figures.csv").then().log().ifValidationFails().statusCode(200);

        JsonObject bulky = GraphQLClient.post(page, Map.of("code", "VN-01", "geography", "AS_REPORTED"));
        JsonObject other = GraphQLClient.post(page, Map.of("code", "VN-44", "geography", "AS_REPORTED"));

        JsonObject refusal = bulky.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions");
        assertEquals("LIMIT_EXCEEDED", refusal.getString("code"), bulky::toString);
        assertEquals("cost", refusal.getString("limit"),
                "5,000 figures of one period, each with its provenance, are more than a request may ask: " + bulky);
        assertFalse(other.containsKey("errors"), other::toString);
        assertEquals("An Giang", other.getJsonObject("data").getJsonObject("province").getString("name"));
    }
}
