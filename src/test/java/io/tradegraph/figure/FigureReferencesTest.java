package io.tradegraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.GraphQLClient;
import io.tradegraph.reference.Catalog;
import io.vertx.mutiny.sqlclient.Pool;

/** The catalog is kept in memory; a figure that points to a reference added since it was read still reads correctly. */
@QuarkusTest
class FigureReferencesTest {

    private static final String FIGURES = """
            query ($area: String!, $from: Date) {
              figures(filter: { area: $area, from: $from }) { totalCount edges { node { code period { code label } } } }
            }""";

    @Inject
    Pool database;

    @Inject
    Catalog catalog;

    @Test
    void aPeriodAddedAfterTheReferencesWereReadIsFound() {
        JsonObject before = GraphQLClient.post(FIGURES, Map.of("area", "VN-57"));
        assertFalse(before.containsKey("errors"), before::toString);

        execute("insert into period (code, kind, first_day, last_day, label) values "
                + "('2019', 'YEAR', '2019-01-01', '2019-12-31', 'Year 2019')");
        try {
            execute("insert into figure (code, area_code, period_code, flow, amount, unit, amount_precision, status, "
                    + "source_code, paragraph, quote) values ('test-2019', 'VN-57', '2019', 'EXPORT', 1000, 'USD', 1, "
                    + "'REPORTED', '000', 1, 'test')");

            JsonObject after = GraphQLClient.post(FIGURES, Map.of("area", "VN-57", "from", "2019-01-01"));

            assertFalse(after.containsKey("errors"), after::toString);
            JsonObject node = after.getJsonObject("data").getJsonObject("figures").getJsonArray("edges")
                    .getJsonObject(0).getJsonObject("node");
            assertEquals("test-2019", node.getString("code"));
            assertEquals("Year 2019", node.getJsonObject("period").getString("label"));
        } finally {
            execute("delete from figure where code = 'test-2019'");
            execute("delete from period where code = '2019'");
            // Other tests read the reference lists: leave the catalog as the seed made it.
            catalog.refresh().await().atMost(Duration.ofSeconds(10));
        }
    }

    private void execute(String sql) {
        database.query(sql).execute().await().atMost(Duration.ofSeconds(10));
    }
}
