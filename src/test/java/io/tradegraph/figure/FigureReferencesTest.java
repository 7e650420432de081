package io.tradegraph.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A figure's keys (V12) are those of the records its codes name: left out by a writer, they are filled in; given,
     * they must be those (reads take the keys for the codes).
     */
    @Test
    void aFigureNamesItsReferencesByTheKeysOfItsCodesWhoeverWritesIt() {
        String commodity = database.query("select code from commodity order by code limit 1").execute()
                .await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0);
        String insert = "insert into figure (code, area_code, period_code, flow, commodity_code, amount, unit, "
                + "amount_precision, status, source_code, paragraph, quote%s) values ('test-keys', 'VN-57', '2024', "
                + "'EXPORT', '" + commodity + "', 1000, 'USD', 1, 'REPORTED', '000', 1, 'test'%s)";
        RuntimeException refused = assertThrows(RuntimeException.class, () -> execute(insert.formatted(", area_id",
                ", (select id from area where code = 'VN-01')")));
        assertTrue(refused.getMessage().contains("figure_area_fkey"), refused.getMessage());
        execute(insert.formatted("", ""));
        try {
            assertEquals(0, figuresWhoseKeysDisagree(), "inserted without keys");
            execute("update figure set market_code = 'CN' where code = 'test-keys'");
            refused = assertThrows(RuntimeException.class,
                    () -> execute("update figure set commodity_code = null where code = 'test-keys'"));
            assertTrue(refused.getMessage().contains("figure_commodity_fkey"), refused.getMessage());
            execute("update figure set commodity_code = null, commodity_id = null where code = 'test-keys'");
            assertEquals(0, figuresWhoseKeysDisagree(), "codes changed");
            assertEquals(1, count("select count(*) from figure where code = 'test-keys' and commodity_id is null "
                    + "and market_id = (select id from market where code = 'CN') and scope_id is null"));
        } finally {
            execute("delete from figure where code = 'test-keys'");
        }
    }

    /**
     * An import looks up the revisions in force of all its codes in one statement, planned without a join: joined
     * with the table by nested loop, as PostgreSQL planned it with statistics from before a large import, 39,000
     * codes took 78 s (with the codes as an array the index is probed with, 0.06 s). Hash and merge joins are turned
     * off here to leave the planner only that choice, were the statement a join.
     */
    @Test
    void theRevisionsInForceOfAnImportAreLookedUpWithoutAJoin() {
        String plan = database.withConnection(connection -> connection.query("set enable_hashjoin = off").execute()
                .chain(() -> connection.query("set enable_mergejoin = off").execute())
                .chain(() -> connection.preparedQuery("explain " + FigureRepository.STORED.replace("?1", "$1"))
                        .execute(io.vertx.mutiny.sqlclient.Tuple.of("[\"000-01\", \"000-02\"]")))
                .eventually(() -> connection.query("reset all").execute()))
                .await().atMost(Duration.ofSeconds(10)).stream().map(row -> row.getString(0))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertFalse(plan.contains("Join") || plan.contains("Nested Loop"), plan);
        assertTrue(plan.contains("code = ANY"), plan);
    }

    /** Figures, of every revision, whose key of a reference is not the key of the record their code names. */
    private long figuresWhoseKeysDisagree() {
        return count("select count(*) from figure f where f.area_id is distinct from (select id from area where code = f.area_code) "
                + "or f.period_id is distinct from (select id from period where code = f.period_code) "
                + "or f.source_id is distinct from (select id from source where code = f.source_code) "
                + "or f.commodity_id is distinct from (select id from commodity where code = f.commodity_code) "
                + "or f.market_id is distinct from (select id from market where code = f.market_code) "
                + "or f.scope_id is distinct from (select id from scope where code = f.scope_code)");
    }

    private long count(String sql) {
        return database.query(sql).execute().await().atMost(Duration.ofSeconds(10)).iterator().next().getLong(0);
    }

    private void execute(String sql) {
        database.query(sql).execute().await().atMost(Duration.ofSeconds(10));
    }
}
