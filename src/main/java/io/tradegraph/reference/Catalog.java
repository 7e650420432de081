package io.tradegraph.reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.tradegraph.persistence.Database;
import io.tradegraph.persistence.Transactions;
import io.vertx.sqlclient.Row;

/**
 * The reference data every API reads (areas, periods, commodities, markets, sources), held in memory as one
 * immutable {@link Snapshot}. A few hundred rows that only imports change: reading them per request would cost
 * statements and pooled connections for nothing.
 * <p>
 * The snapshot is read at start and replaced whole by {@link #refresh()}, so a reader sees either the old or the new
 * data, never a mix; a write reads it again once its transaction has committed ({@link #committed()}).
 */
@ApplicationScoped
public class Catalog implements Transactions.AfterCommit {

    private static final Logger LOG = Logger.getLogger(Catalog.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Database database;
    private volatile Snapshot snapshot;
    /**
     * The version of the data in force: PostgreSQL's {@code data_version}, which every statement that writes moves on
     * (migration V4), read with the snapshot; the same on every replica that has read the same data.
     */
    private final AtomicLong version = new AtomicLong();
    private final Event<DataChanged> changes;

    public Catalog(Database database, Event<DataChanged> changes) {
        this.database = database;
        this.changes = changes;
    }

    /** Fired when a snapshot of newer data is put in force, for what keeps answers computed from older ones. */
    public record DataChanged(long version) {
    }

    /** After the seed loader (default priority), so that the first snapshot holds what it added. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent event) {
        // The seed loader, a write, has read it already when it ran: once is enough.
        Snapshot loaded = snapshot != null ? snapshot : refresh().await().atMost(START_TIMEOUT);
        LOG.infof("Catalog: %d areas, %d periods, %d commodities, %d markets, %d scopes, %d sources; %s", loaded.areas().size(),
                loaded.periods().size(), loaded.commodities().size(), loaded.markets().size(), loaded.scopes().size(),
                loaded.sources().size(),
                loaded.shape());
    }

    /**
     * The data version: it changes when the catalog is read again after a write, which the writer does once it has
     * committed and every other replica when it hears of it ({@link ChangeListener}), so an answer computed under one
     * version is current as long as the version is.
     */
    public long version() {
        return version.get();
    }

    /** The snapshot in force. */
    public Snapshot current() {
        Snapshot known = snapshot;
        if (known == null) {
            throw new IllegalStateException("The catalog is read at start; it is not available yet");
        }
        return known;
    }

    /** The snapshot in force, read first if this is the first use (the seed loader runs before the first reading). */
    public Uni<Snapshot> ready() {
        Snapshot known = snapshot;
        return known != null ? Uni.createFrom().item(known) : refresh();
    }

    /** A write has committed here: read again, so that the writer's next read sees what it wrote. */
    @Override
    public Uni<Snapshot> committed() {
        return refresh();
    }

    /**
     * Reads the reference tables again, and which periods each area has figures for with the shape of those figures,
     * one statement after the other, and puts the result in force.
     */
    public Uni<Snapshot> refresh() {
        var read = new Object() {
            long version;
            List<Province> areas;
            List<Period> periods;
            List<Commodity> commodities;
            List<Market> markets;
            List<Scope> scopes;
            List<Source> sources;
            Map<String, Map<Integer, String>> keys;
        };
        // The version first: data read after it are at least as new, so an answer is never newer than its version.
        return list("select version from data_version", row -> row.getLong(0)).invoke(rows -> read.version = rows.get(0))
                .chain(() -> list("select code, name, name_ascii, level, region, iso_code, national_code, valid_from, "
                        + "valid_to, successor_code from area order by code", Catalog::area)).invoke(rows -> read.areas = rows)
                .chain(() -> list("select code, kind, first_day, last_day, label from period "
                        + "order by first_day, last_day, code", Catalog::period)).invoke(rows -> read.periods = rows)
                .chain(() -> list("select code, name_vi, name_en, parent_code from commodity order by code", row -> row))
                .invoke(rows -> read.commodities = commodities(rows))
                .chain(() -> list("select m.code, m.kind, m.name_vi, m.name_en, m.iso_code, array(select member_code "
                        + "from market_member where market_code = m.code order by member_code) from market m order by code",
                        row -> row)).invoke(rows -> read.markets = markets(rows))
                .chain(() -> list("select code, kind, name_vi, name_en, parent_code from scope order by code", row -> row))
                .invoke(rows -> read.scopes = scopes(rows))
                .chain(() -> list("select code, publisher, attributed_to, title, published_on, seed_file, url, recorded_at from source "
                        + "order by code", Catalog::source)).invoke(rows -> read.sources = rows)
                .chain(() -> list(KEYS, row -> row)).invoke(rows -> read.keys = keys(rows))
                .chain(() -> list("select f.area_code, f.period_code, count(distinct f.commodity_code)::int, "
                        + "count(distinct f.market_code)::int, count(*)::int, count(distinct f.scope_code)::int "
                        + "from figure f join period p on p.code = "
                        + "f.period_code where f.superseded_at is null and not f.retracted group by f.area_code, f.period_code, p.first_day, p.last_day "
                        + "order by f.area_code, p.first_day, p.last_day, f.period_code", row -> row))
                .map(rows -> snapshot(read.areas, read.periods, read.commodities, read.markets, read.scopes, read.sources,
                        rows, read.keys))
                .invoke(loaded -> install(loaded, read.version));
    }

    /** Puts a snapshot in force unless a newer one is already (two refreshes may finish in either order). */
    private synchronized void install(Snapshot loaded, long readVersion) {
        if (snapshot != null && readVersion < version.get()) {
            return;
        }
        boolean changed = readVersion != version.get();
        snapshot = loaded;
        version.set(readVersion);
        if (changed) {
            changes.fire(new DataChanged(readVersion));
        }
    }

    /** The snapshot of the tables read, with each area's periods and the shape from the figures' counts. */
    private static Snapshot snapshot(List<Province> areas, List<Period> periods, List<Commodity> commodities,
            List<Market> markets, List<Scope> scopes, List<Source> sources, List<Row> countsByAreaAndPeriod,
            Map<String, Map<Integer, String>> codesByKey) {
        Map<String, Period> periodByCode = new HashMap<>();
        periods.forEach(period -> periodByCode.put(period.code(), period));
        Map<String, List<Period>> periodsByArea = new HashMap<>();
        Map<String, Snapshot.Shape> shapeByArea = new HashMap<>();
        for (Row row : countsByAreaAndPeriod) {
            String area = row.getString(0);
            List<Period> areaPeriods = periodsByArea.computeIfAbsent(area, code -> new ArrayList<>());
            areaPeriods.add(periodByCode.get(row.getString(1)));
            shapeByArea.merge(area, new Snapshot.Shape(areaPeriods.size(), row.getInteger(2), row.getInteger(3),
                    row.getInteger(5), row.getInteger(4)), Snapshot.Shape::max);
        }
        periodsByArea.replaceAll((area, list) -> List.copyOf(list));
        return new Snapshot(areas, periods, commodities, markets, scopes, sources, periodsByArea, shapeByArea, codesByKey);
    }

    /** The key of every record of the tables figures name by key (V12), by table: one statement. */
    private static final String KEYS = Stream.of("area", "period", "commodity", "market", "scope", "source")
            .map(table -> "select '" + table + "', id, code from " + table).collect(Collectors.joining(" union all "));

    private static Map<String, Map<Integer, String>> keys(List<Row> rows) {
        Map<String, Map<Integer, String>> keys = new HashMap<>();
        for (Row row : rows) {
            keys.computeIfAbsent(row.getString(0), table -> new HashMap<>()).put(row.getInteger(1), row.getString(2));
        }
        return keys;
    }

    private <T> Uni<List<T>> list(String sql, Function<Row, T> mapper) {
        return database.query(sql, List.of(), mapper);
    }

    private static Province area(Row row) {
        return new Province(row.getString(0), row.getString(1), row.getString(2), AreaLevel.valueOf(row.getString(3)),
                optional(Region.class, row.getString(4)), row.getString(5), row.getString(6), row.getLocalDate(7),
                row.getLocalDate(8), row.getString(9));
    }

    private static Period period(Row row) {
        return new Period(row.getString(0), PeriodKind.valueOf(row.getString(1)), row.getLocalDate(2),
                row.getLocalDate(3), row.getString(4));
    }

    /** Commodities, each with what it reaches: itself and the commodities below it. */
    private static List<Commodity> commodities(List<Row> rows) {
        Map<String, List<String>> within = new HashMap<>();
        rows.forEach(row -> within.computeIfAbsent(row.getString(3), parent -> new ArrayList<>()).add(row.getString(0)));
        return rows.stream().map(row -> new Commodity(row.getString(0), row.getString(1), row.getString(2),
                row.getString(3), reach(row.getString(0), within))).toList();
    }

    /** Markets, each with its members and what it reaches: itself and its members' reach. */
    private static List<Market> markets(List<Row> rows) {
        Map<String, List<String>> members = new HashMap<>();
        rows.forEach(row -> members.put(row.getString(0), List.of(row.getArrayOfStrings(5))));
        return rows.stream().map(row -> new Market(row.getString(0), MarketKind.valueOf(row.getString(1)),
                row.getString(2), row.getString(3), row.getString(4), members.get(row.getString(0)),
                reach(row.getString(0), members))).toList();
    }

    /** Scopes, each with the sectors that divide its parent and what it reaches: itself and the sectors within it. */
    private static List<Scope> scopes(List<Row> rows) {
        Map<String, List<String>> within = new HashMap<>();
        rows.stream().filter(row -> ScopeKind.valueOf(row.getString(1)) == ScopeKind.SECTOR)
                .forEach(row -> within.computeIfAbsent(row.getString(4), parent -> new ArrayList<>()).add(row.getString(0)));
        return rows.stream().map(row -> {
            ScopeKind kind = ScopeKind.valueOf(row.getString(1));
            return new Scope(row.getString(0), kind, row.getString(2), row.getString(3), row.getString(4),
                    kind == ScopeKind.SECTOR ? List.copyOf(within.get(row.getString(4))) : List.of(row.getString(0)),
                    reach(row.getString(0), within));
        }).toList();
    }

    /** A code and every code below it in a hierarchy (the migrations keep it free of cycles; the set stops one anyway). */
    private static Set<String> reach(String code, Map<String, List<String>> below) {
        Set<String> reached = new LinkedHashSet<>();
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(List.of(code));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (reached.add(next)) {
                pending.addAll(below.getOrDefault(next, List.of()));
            }
        }
        return Set.copyOf(reached);
    }

    private static Source source(Row row) {
        return new Source(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getLocalDate(4),
                row.getString(5), row.getString(6), row.getOffsetDateTime(7));
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
