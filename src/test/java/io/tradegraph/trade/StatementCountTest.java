package io.tradegraph.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.Documents;
import io.tradegraph.graphql.GraphQLClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

/** The four-level traversal costs the same few statements for one province as for every province. */
@QuarkusTest
class StatementCountTest {

    private static final Logger LOG = Logger.getLogger(StatementCountTest.class);

    /** Provinces come from the catalog in memory; one statement reads the figures of every province in the page. */
    private static final int STATEMENTS_PER_TRAVERSAL = 1;

    @Test
    void fourLevelTraversalOfOneProvinceCostsOneStatement() {
        assertEquals(STATEMENTS_PER_TRAVERSAL, statementsFor(Map.of("filter", Map.of("name", "binh duong")), 1));
    }

    @Test
    void fourLevelTraversalOfAllProvincesCostsNoMoreThanForOne() {
        assertEquals(STATEMENTS_PER_TRAVERSAL, statementsFor(Map.of("first", 100), 87));
    }

    /**
     * Totals alone load only the totals, yet list every period with figures of any scope: the catalog knows which
     * periods those are, so this costs no statement more than the traversal.
     */
    @Test
    void periodsOfAProvinceWithTotalsOnlyCostOneStatement() {
        String totals = "query($code: String!) { province(code: $code) { periods { period { code } exports { amount } } } }";
        GraphQLClient.post(totals, Map.of("code", "VN-57"));
        double before = sent();
        JsonObject response = GraphQLClient.post(totals, Map.of("code", "VN-57"));
        assertEquals(STATEMENTS_PER_TRAVERSAL, (int) (sent() - before));
        assertFalse(response.getJsonObject("data").getJsonObject("province").getJsonArray("periods").isEmpty(),
                () -> response.toString());
    }

    /**
     * Paging through a filtered list counts its figures once: the first page costs the count and the page, every
     * later one (with its totalCount) the page alone, until the data change.
     */
    @Test
    void pagesOfOneListCountItsFiguresOnce() {
        String page = "query($after: String) { figures(filter: {area: \"VN-57\", flow: EXPORT}, first: 2, after: $after) "
                + "{ totalCount pageInfo { endCursor } } }";
        double before = sent();
        JsonObject first = GraphQLClient.post(page, Map.of()).getJsonObject("data").getJsonObject("figures");
        double afterFirst = sent();
        JsonObject second = GraphQLClient.post(page, Map.of("after", first.getJsonObject("pageInfo").getString("endCursor")))
                .getJsonObject("data").getJsonObject("figures");
        assertTrue(afterFirst - before <= 2, "the first page: its count and itself");
        assertEquals(1, (int) (sent() - afterFirst), "a later page: itself alone");
        assertEquals(first.getInt("totalCount"), second.getInt("totalCount"));
        assertTrue(first.getInt("totalCount") > 2, () -> first.toString());
    }

    @Inject
    MeterRegistry registry;

    private int statementsFor(Map<String, Object> variables, int expectedProvinces) {
        // The records figures point to are read once per service (the catalog); count a service that has them.
        GraphQLClient.post(Documents.read("four-level-traversal"), variables);
        double before = sent();
        JsonObject response = GraphQLClient.post(Documents.read("four-level-traversal"), variables);
        int statements = (int) (sent() - before);

        assertFalse(response.containsKey("errors"), () -> response.toString());
        var edges = response.getJsonObject("data").getJsonObject("provinces").getJsonArray("edges");
        assertEquals(expectedProvinces, edges.size());
        assertTrue(edges.stream().anyMatch(e -> !e.asJsonObject().getJsonObject("node").getJsonArray("periods").isEmpty()),
                "the traversal reached figures");
        LOG.infof("four-level traversal of %d provinces: %d SQL statements", edges.size(), statements);
        return statements;
    }

    /** The reactive PostgreSQL client's own count of the statements it completed, as /q/metrics shows it. */
    private double sent() {
        return registry.get("postgresql.completed").counter().count();
    }
}
