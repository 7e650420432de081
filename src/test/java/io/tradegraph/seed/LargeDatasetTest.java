package io.tradegraph.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark generator on a small size, in a schema of its own: its totals add up, and it is deterministic. */
class LargeDatasetTest {

    private static final String SCHEMA = "tradegraph_generator_test";
    private static final String URL = "jdbc:" + env("DB_URL", "postgresql://localhost:5432/postgres");
    private static Connection connection;
    private static long generated;

    @BeforeAll
    static void generate() throws Exception {
        migrateEmpty();
        connection = DriverManager.getConnection(URL, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
        connection.setSchema(SCHEMA);
        generated = LargeDataset.load(connection, LargeDataset.SMALL, LargeDataset.SEED);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyGeneratedFigureIsStored() throws SQLException {
        assertEquals(generated, number("SELECT count(*) FROM figure WHERE source_code = 'GEN'"));
        assertTrue(generated > 1000, "a few thousand figures on the small size: " + generated);
    }

    @Test
    void yearsAndYearsToDateAreTheSumsOfTheirMonths() throws SQLException {
        String mismatches = """
                SELECT count(*) FROM figure t JOIN period pt ON pt.code = t.period_code AND pt.kind IN (%s)
                WHERE t.amount <> (SELECT sum(m.amount) FROM figure m JOIN period pm ON pm.code = m.period_code
                    AND pm.kind = 'MONTH' AND pm.first_day >= pt.first_day AND pm.last_day <= pt.last_day
                    WHERE m.area_code = t.area_code AND m.flow = t.flow
                    AND m.commodity_code IS NOT DISTINCT FROM t.commodity_code
                    AND m.market_code IS NOT DISTINCT FROM t.market_code)""";

        assertEquals(0, number(mismatches.formatted("'YEAR'")));
        assertEquals(0, number(mismatches.formatted("'YEAR_TO_DATE'")));
        assertTrue(number("SELECT count(*) FROM figure f JOIN period p ON p.code = f.period_code WHERE p.kind = 'YEAR'") > 0);
        assertTrue(number("SELECT count(*) FROM figure f JOIN period p ON p.code = f.period_code WHERE p.kind = 'YEAR_TO_DATE'") > 0);
    }

    @Test
    void theNationIsTheSumOfItsProvinces() throws SQLException {
        long mismatches = number("""
                SELECT count(*) FROM figure n JOIN period p ON p.code = n.period_code AND p.kind = 'MONTH'
                WHERE n.area_code = 'VN' AND n.amount <> (SELECT sum(f.amount) FROM figure f
                    WHERE f.area_code <> 'VN' AND f.period_code = n.period_code AND f.flow = n.flow
                    AND f.commodity_code IS NOT DISTINCT FROM n.commodity_code
                    AND f.market_code IS NOT DISTINCT FROM n.market_code)""");

        assertEquals(0, mismatches);
        assertTrue(number("SELECT count(*) FROM figure WHERE area_code = 'VN'") > 0);
    }

    @Test
    void unitsMergedOn1July2025HaveNoFiguresAfterIt() throws SQLException {
        assertEquals(0, number("""
                SELECT count(*) FROM figure f JOIN area a ON a.code = f.area_code JOIN period p ON p.code = f.period_code
                WHERE (a.valid_to IS NOT NULL AND p.last_day > a.valid_to)
                   OR (a.valid_from IS NOT NULL AND p.first_day < a.valid_from)"""));
    }

    @Test
    void theDataAreSparseNotEveryCombination() throws SQLException {
        long commoditiesPerArea = number("SELECT max(n) FROM (SELECT count(DISTINCT commodity_code) n FROM figure "
                + "WHERE area_code <> 'VN' GROUP BY area_code) c");

        assertEquals(LargeDataset.SMALL.commoditiesPerArea(), commoditiesPerArea);
    }

    @Test
    void theSameSeedGeneratesTheSameData() throws Exception {
        String first = fingerprint();
        migrateEmpty();
        LargeDataset.load(connection, LargeDataset.SMALL, LargeDataset.SEED);

        assertEquals(first, fingerprint());
    }

    private static String fingerprint() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT md5(string_agg(concat_ws('|', code, area_code, period_code, flow, commodity_code, market_code, amount), "
                        + "',' ORDER BY code)) FROM figure")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void migrateEmpty() {
        Flyway flyway = Flyway.configure().dataSource(URL, env("DB_USER", "postgres"), env("DB_PASSWORD", ""))
                .schemas(SCHEMA).defaultSchema(SCHEMA).createSchemas(true).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
    }

    private static long number(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
