package io.tradegraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import io.tradegraph.reference.PeriodCode;
import io.tradegraph.reference.PeriodEntity;

/**
 * A deterministic, national-scale dataset for benchmarks: every province valid in each month (the 63 before
 * 1 July 2025, the 34 after), monthly, year-to-date and yearly periods, generated commodities and markets chosen
 * sparsely per province, both flows. Yearly and year-to-date figures are the exact sums of their months and the
 * nation's the exact sums of its provinces, so answers can be checked. Rows go in with COPY.
 */
public final class LargeDataset {

    /** How much to generate; {@link #FULL} makes about a million figures. */
    public record Size(int firstYear, int lastYear, int commodities, int markets, int commoditiesPerArea,
            int marketsPerCommodity, int marketsPerArea, int areaLimit) {
    }

    public static final Size FULL = new Size(2018, 2025, 50, 40, 15, 3, 8, Integer.MAX_VALUE);
    public static final Size SMALL = new Size(2024, 2025, 6, 5, 3, 2, 2, 6);

    /** The seed every benchmark dataset is generated from, so that every run measures the same data. */
    public static final long SEED = 20251101L;
    public static final String SOURCE = "GEN";
    private static final String COPY = "COPY figure (code, area_code, period_code, flow, commodity_code, market_code, "
            + "amount, amount_precision, unit, qualifier, status, source_code, paragraph, quote) FROM STDIN WITH (FORMAT csv)";
    private static final String[] FLOWS = { "EXPORT", "IMPORT" };

    private record Area(String code, LocalDate validFrom, LocalDate validTo) {
        boolean validThroughout(LocalDate first, LocalDate last) {
            return (validFrom == null || !validFrom.isAfter(first)) && (validTo == null || !validTo.isBefore(last));
        }
    }

    /** A scope within an area: all commodities and markets (nulls), one commodity, one market, or both. */
    private record Scope(String commodity, String market, double weight, boolean inNation, boolean inYearToDate) {
    }

    private final Connection connection;
    private final Size size;
    private final long seed;
    private final Map<String, Long> nation = new LinkedHashMap<>();
    private CopyIn copy;
    private long written;

    private LargeDataset(Connection connection, Size size, long seed) {
        this.connection = connection;
        this.size = size;
        this.seed = seed;
    }

    /**
     * Loads the dataset into a schema of its own, migrated as the service migrates its own, unless the schema holds
     * it already. Benchmark tooling, kept out of the service's jar; {@code src/bench/benchmark.sh} runs it as
     * {@code java -cp "target/test-classes:target/classes:target/quarkus-app/lib/main/*" io.tradegraph.seed.LargeDataset
     * tradegraph_large full}, with {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} read as the service reads them.
     */
    public static void main(String[] args) throws Exception {
        String schema = args.length > 0 ? args[0] : "tradegraph_large";
        Size size = args.length > 1 && args[1].equals("small") ? SMALL : FULL;
        String url = "jdbc:" + env("DB_URL", "postgresql://localhost:5432/postgres");
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema).createSchemas(true)
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            connection.setSchema(schema);
            try (ResultSet loaded = statement.executeQuery("SELECT count(*) FROM figure WHERE source_code = '" + SOURCE + "'")) {
                loaded.next();
                if (loaded.getLong(1) > 0) {
                    System.out.printf("Large dataset: %d generated figures already in schema %s%n", loaded.getLong(1), schema);
                    return;
                }
            }
            long started = System.nanoTime();
            long figures = load(connection, size, SEED);
            System.out.printf("Large dataset: %d figures generated and copied into schema %s in %.1f s%n", figures, schema,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Loads into the schema the connection's search path points at; returns the number of figures written. */
    public static long load(Connection connection, Size size, long seed) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long figures = new LargeDataset(connection, size, seed).generate();
            connection.commit();
            // What autovacuum does soon after a load: statistics, and the visibility map, without which no count
            // is read from an index alone.
            connection.setAutoCommit(true);
            try (Statement vacuum = connection.createStatement()) {
                vacuum.execute("VACUUM (ANALYZE)");
            }
            return figures;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private long generate() throws SQLException, IOException {
        referenceData();
        List<Area> areas = areas();
        copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            for (int i = 0; i < areas.size(); i++) {
                area(areas.get(i), new Random(seed * 7919 + i));
            }
            for (Map.Entry<String, Long> total : nationWithTotals().entrySet()) {
                String[] key = total.getKey().split("\\|", -1);
                row("VN", key[0], key[1], key[2], key[3], total.getValue());
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return written;
    }

    private void area(Area area, Random random) throws SQLException {
        List<Scope> scopes = scopes(random);
        double monthly = 20e6 * Math.exp(random.nextDouble() * 4.5);
        double yearlyGrowth = 0.03 + random.nextDouble() * 0.12;
        for (int year = size.firstYear(); year <= size.lastYear(); year++) {
            Map<String, Long> yearToDate = new HashMap<>();
            boolean wholeYear = area.validThroughout(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(year, month);
                if (!area.validThroughout(ym.atDay(1), ym.atEndOfMonth())) {
                    continue;
                }
                double scale = monthly * Math.pow(1 + yearlyGrowth, year - size.firstYear())
                        * (0.85 + 0.3 * random.nextDouble());
                for (String flow : FLOWS) {
                    double flowScale = flow.equals("EXPORT") ? scale : scale * (0.7 + 0.5 * random.nextDouble());
                    for (Scope scope : scopes) {
                        long amount = Math.max(1000, Math.round(flowScale * scope.weight() / 1000) * 1000);
                        emit(area.code(), ym.toString(), flow, scope, amount);
                        String key = flow + "|" + code(scope.commodity()) + "|" + code(scope.market());
                        long sum = yearToDate.merge(key, amount, Long::sum);
                        boolean ytdValid = area.validThroughout(LocalDate.of(year, 1, 1), ym.atEndOfMonth());
                        if (month >= 2 && month < 12 && ytdValid && scope.inYearToDate()) {
                            emit(area.code(), year + "-01/" + ym, flow, scope, sum);
                        }
                        if (month == 12 && wholeYear) {
                            emit(area.code(), String.valueOf(year), flow, scope, sum);
                        }
                    }
                }
            }
        }
    }

    private void emit(String area, String period, String flow, Scope scope, long amount) throws SQLException {
        row(area, period, flow, code(scope.commodity()), code(scope.market()), amount);
        if (scope.inNation() && period.length() == 7) {
            nation.merge(period + "|" + flow + "|" + code(scope.commodity()) + "|" + code(scope.market()), amount, Long::sum);
        }
    }

    /** The nation's months are the sums of its provinces'; its years and years to date, the sums of its months. */
    private Map<String, Long> nationWithTotals() {
        Map<String, Long> all = new LinkedHashMap<>(nation);
        nation.forEach((key, amount) -> {
            String[] parts = key.split("\\|", -1);
            YearMonth month = YearMonth.parse(parts[0]);
            String rest = key.substring(parts[0].length());
            all.merge(month.getYear() + rest, amount, Long::sum);
            boolean yearToDate = parts[3].isEmpty();
            for (int last = Math.max(2, month.getMonthValue()); yearToDate && last < 12; last++) {
                all.merge(month.getYear() + "-01/" + YearMonth.of(month.getYear(), last) + rest, amount, Long::sum);
            }
        });
        return all;
    }

    /** The area's total, a few commodities (each with a few markets), and a few market totals. */
    private List<Scope> scopes(Random random) {
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(null, null, 1.0, true, true));
        List<Integer> commodities = pick(random, size.commodities(), size.commoditiesPerArea());
        double commodityShare = 0.8 / commodities.size();
        for (int c : commodities) {
            double weight = commodityShare * (0.5 + random.nextDouble());
            scopes.add(new Scope(commodity(c), null, weight, true, true));
            double marketShare = 0.7 / size.marketsPerCommodity();
            for (int m : pick(random, size.markets(), size.marketsPerCommodity())) {
                scopes.add(new Scope(commodity(c), market(m), weight * marketShare * (0.5 + random.nextDouble()), false, false));
            }
        }
        double marketShare = 0.8 / size.marketsPerArea();
        for (int m : pick(random, size.markets(), size.marketsPerArea())) {
            scopes.add(new Scope(null, market(m), marketShare * (0.5 + random.nextDouble()), true, false));
        }
        return scopes;
    }

    private static List<Integer> pick(Random random, int of, int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 1; i <= of; i++) {
            all.add(i);
        }
        java.util.Collections.shuffle(all, random);
        List<Integer> picked = new ArrayList<>(all.subList(0, Math.min(count, of)));
        java.util.Collections.sort(picked);
        return picked;
    }

    private void row(String area, String period, String flow, String commodity, String market, long amount)
            throws SQLException {
        String line = "G" + (++written) + "," + area + "," + period + "," + flow + "," + commodity + "," + market + ","
                + amount + ",1,USD,EXACT,REPORTED," + SOURCE + ",1,generated\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    private void referenceData() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO source (code, publisher, title, seed_file) VALUES ('" + SOURCE
                    + "', 'tradegraph', 'Generated benchmark data', 'generated') ON CONFLICT DO NOTHING");
        }
        batch("INSERT INTO commodity (code, name_vi, name_en) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", size.commodities(),
                (i, s) -> set(s, commodity(i), "Mặt hàng " + i, "Commodity " + i));
        batch("INSERT INTO market (code, kind, name_vi, name_en) VALUES (?, 'REGION', ?, ?) ON CONFLICT DO NOTHING",
                size.markets(), (i, s) -> set(s, market(i), "Thị trường " + i, "Market " + i));
        List<String> periods = new ArrayList<>();
        for (int year = size.firstYear(); year <= size.lastYear(); year++) {
            periods.add(String.valueOf(year));
            for (int month = 1; month <= 12; month++) {
                periods.add(YearMonth.of(year, month).toString());
                if (month >= 2 && month < 12) {
                    periods.add(year + "-01/" + YearMonth.of(year, month));
                }
            }
        }
        batch("INSERT INTO period (code, kind, first_day, last_day, label) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                periods.size(), (i, s) -> {
                    PeriodEntity p = PeriodCode.parse(periods.get(i - 1));
                    set(s, p.code, p.kind.name(), p.firstDay, p.lastDay, p.label);
                });
    }

    private List<Area> areas() throws SQLException {
        List<Area> areas = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT code, valid_from, valid_to FROM area "
                        + "WHERE level <> 'NATION' ORDER BY code LIMIT " + size.areaLimit())) {
            while (rows.next()) {
                areas.add(new Area(rows.getString(1), rows.getObject(2, LocalDate.class), rows.getObject(3, LocalDate.class)));
            }
        }
        return areas;
    }

    private interface Binder {
        void bind(int index, PreparedStatement statement) throws SQLException;
    }

    private void batch(String sql, int count, Binder binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= count; i++) {
                binder.bind(i, statement);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    static String commodity(int index) {
        return "GC%02d".formatted(index);
    }

    static String market(int index) {
        return "GM%02d".formatted(index);
    }

    private static String code(String value) {
        return value == null ? "" : value;
    }
}
