package io.tradegraph.figure;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.PageRequest;
import io.tradegraph.persistence.Conditions;
import io.tradegraph.persistence.Database;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Snapshot;
import io.vertx.sqlclient.Row;

/**
 * Figures are written in the importer's Hibernate Reactive transaction and read in SQL through the reactive client: a read is
 * thousands of rows for computation, and as plain rows of codes, mapped onto the records of the {@link Catalog},
 * they cost a fraction of what entities or even Hibernate projections cost.
 */
@ApplicationScoped
public class FigureRepository {

    private static final String FROM = " from figure f join period p on p.code = f.period_code";
    /** Filters whose counts are kept: a few hundred bytes each. */
    private static final int COUNTS_KEPT = 10_000;

    /** Which figures of an area a query needs: its totals only, also per commodity, or also per market. */
    public enum Scopes {
        TOTALS("f.commodity_code is null and f.market_code is null"),
        TOTALS_AND_COMMODITIES("f.market_code is null or f.commodity_code is not null"),
        ALL(null);

        private final String condition;

        Scopes(String condition) {
            this.condition = condition;
        }
    }

    /**
     * Which columns of the figures a query needs: always those of what a figure states and of whom; the comparisons
     * (growths, ranks, shares, plan attainment) and the provenance (the words, the largest columns, and the revision
     * with its time, the slowest to decode) only when a field selected reads them ({@code @Loads}). A dashboard of
     * amounts reads 16 columns of a row; with the comparisons it would read 30.
     */
    public enum Columns {
        ALL(true, true),
        WITHOUT_TEXT(true, false),
        WITHOUT_COMPARISONS(false, true),
        AMOUNTS(false, false);

        private final String list;
        /** Where each field of the description comes in a row, or -1 where it is not read. */
        private final int[] positions = new int[FigureColumns.ALL.size()];
        /** Where the revision's number comes, then when it was recorded; -1 without the provenance. */
        private final int revision;

        Columns(boolean comparisons, boolean text) {
            List<FigureColumns.Field> fields = new ArrayList<>(FigureColumns.fields(Column.Group.STATEMENT));
            if (comparisons) {
                fields.addAll(FigureColumns.fields(Column.Group.COMPARISON));
            }
            if (text) {
                fields.addAll(FigureColumns.fields(Column.Group.PROVENANCE));
            }
            Arrays.fill(positions, -1);
            for (int position = 0; position < fields.size(); position++) {
                positions[fields.get(position).index()] = position;
            }
            revision = text ? fields.size() : -1;
            list = fields.stream().map(field -> field.selectKey("f.")).collect(Collectors.joining(", "))
                    + (text ? ", f.revision, f.recorded_at" : "");
        }

        /** The columns of what fields selected read: comparisons, provenance, both or neither. */
        public static Columns of(boolean comparisons, boolean text) {
            return comparisons ? (text ? ALL : WITHOUT_TEXT) : (text ? WITHOUT_COMPARISONS : AMOUNTS);
        }

        /** Reads each field from its place in the row, a reference as its code; fields not read are null. */
        FigureColumns.Values read(Row row, Reading reading) {
            return fill(row, reading, true);
        }

        /**
         * Maps a row; without the provenance, a figure has none (nulls, and 0 for the paragraph and revision), and
         * without the comparisons none of those (nulls), which no selection reads (see {@code @Loads}). Its
         * references are the catalog's records, found by key; the values hold no codes for them.
         */
        Figure figure(Row row, Reading reading) {
            FigureColumns.Values values = fill(row, reading, false);
            return Figure.of(values, record(row, reading, AREA), record(row, reading, PERIOD),
                    record(row, reading, COMMODITY), record(row, reading, MARKET), record(row, reading, SCOPE),
                    record(row, reading, SOURCE), revision < 0 ? 0 : row.getInteger(revision),
                    revision < 0 ? null : row.getOffsetDateTime(revision + 1));
        }

        /** The read's holder filled with the row's fields; references as their codes, or as nulls. */
        private FigureColumns.Values fill(Row row, Reading reading, boolean codes) {
            FigureColumns.Values values = reading.values;
            for (int index = 0; index < positions.length; index++) {
                int position = positions[index];
                Snapshot.Keyed<?> keyed = reading.keyed[index];
                Object value = position < 0 ? null : keyed == null ? row.getValue(position)
                        : codes ? code(row, position, keyed) : null;
                values.set(FigureColumns.ALL.get(index), value);
            }
            return values;
        }

        /** The catalog's record a reference of the row names by key; null where the row names none. */
        @SuppressWarnings("unchecked")
        private <R> R record(Row row, Reading reading, FigureColumns.Field field) {
            Integer key = row.getInteger(positions[field.index()]);
            return key == null ? null : known((R) reading.keyed[field.index()].record(key));
        }

        private static String code(Row row, int position, Snapshot.Keyed<?> keyed) {
            Integer key = row.getInteger(position);
            return key == null ? null : known(keyed.code(key));
        }
    }

    /**
     * What mapping the rows of one read takes: the snapshot's records of each reference field, found once for the
     * read rather than for each of its thousands of rows, and a holder of a row's values, filled again for each.
     */
    private static final class Reading {
        final Snapshot.Keyed<?>[] keyed = new Snapshot.Keyed<?>[FigureColumns.ALL.size()];
        final FigureColumns.Values values = new FigureColumns.Values();

        Reading(Snapshot known) {
            for (FigureColumns.Field field : FigureColumns.ALL) {
                if (field.references() != null) {
                    keyed[field.index()] = known.keyed(field.references());
                }
            }
        }
    }

    private final Database database;
    private final Catalog catalog;
    /** Counts of the current data version, and of the last few: a key holds the version it was counted at. */
    private final Cache<CountKey, Long> counts = Caffeine.newBuilder().maximumSize(COUNTS_KEPT).build();
    /** Figures one statement may read (tradegraph.limits.rows): a page is always far below it. */
    private final int maximumRows;

    public FigureRepository(Database database, Catalog catalog,
            @ConfigProperty(name = "tradegraph.limits.rows") int maximumRows) {
        this.database = database;
        this.catalog = catalog;
        this.maximumRows = maximumRows;
    }

    /**
     * All figures of the given areas (of every area when null) in the given periods (in every period when null), in
     * no particular order: the caller groups them by area and period and orders each group. One statement whatever
     * the number of areas, which looks up one index: the periods come by code from the catalog rather than by a join
     * with their table, which PostgreSQL planned anew for every read (a third of a small read's time), and no
     * order by, whose sort of a dashboard's 2,000 rows by code took two thirds of the statement's time.
     */
    public Uni<List<Figure>> forAreas(Collection<String> areaCodes, Collection<String> periodCodes, Scopes scopes,
            Columns columns, OffsetDateTime asOf) {
        Conditions where = inForce(asOf)
                .and("f.area_code = any(?)", areaCodes == null ? null : areaCodes.toArray(String[]::new))
                .and("f.period_code = any(?)", periodCodes == null ? null : periodCodes.toArray(String[]::new))
                .and(scopes.condition, scopes.condition);
        return select(columns, " from figure f", where, "", null);
    }

    public Uni<List<Figure>> page(FigureFilter filter, List<FigureOrder> order, PageRequest page, OffsetDateTime asOf) {
        return select(Columns.ALL, FROM, conditions(filter, asOf), orderBy(order), page);
    }

    /** Every figure matching a filter, in period order; for aggregates over a bounded selection. */
    public Uni<List<Figure>> matching(FigureFilter filter, OffsetDateTime asOf) {
        return select(Columns.ALL, FROM, conditions(filter, asOf), orderBy(List.of(FigureOrder.PERIOD)), null);
    }

    /**
     * How many figures match a filter: counted once per filter and data version, since a client paging through a
     * list asks the same count with every page, and the count reads every match while a page reads a hundred. The
     * version is read before counting, so a count is never kept under a version older than the data it counted.
     */
    public Uni<Long> count(FigureFilter filter, OffsetDateTime asOf) {
        Conditions where = conditions(filter, asOf);
        String sql = "select count(*)" + FROM + where.sqlWhere();
        List<Object> parameters = where.parameters();
        CountKey key = new CountKey(sql, parameters.stream().map(p -> p instanceof Object[] array ? List.of(array) : p)
                .toList(), catalog.version());
        Long counted = counts.getIfPresent(key);
        if (counted != null) {
            return Uni.createFrom().item(counted);
        }
        return database.rows(sql, parameters).map(rows -> rows.iterator().next().getLong(0))
                .invoke(count -> counts.put(key, count));
    }

    /** A count's statement, its parameters (arrays as lists, which compare by value) and the data version. */
    private record CountKey(String sql, List<Object> parameters, long version) {
    }

    /** A stored revision as it states the figure, with its number and when it was recorded: a line of an export. */
    public record Stated(FigureInput figure, int revision, OffsetDateTime recordedAt) {
    }

    /** Figures matching a filter in code order after a code (from the first when null), a batch for an export. */
    public Uni<List<Stated>> batchAfter(FigureFilter filter, OffsetDateTime asOf, String afterCode, int size) {
        Conditions where = conditions(filter, asOf).and("f.code > ?", afterCode);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(size);
        Columns all = Columns.ALL;
        return query("select " + all.list + FROM + where.sqlWhere() + orderBy(List.of(FigureOrder.CODE))
                + " limit $" + parameters.size(), parameters, (row, reading) -> new Stated(all.read(row, reading)
                        .statement(), row.getInteger(all.revision), row.getOffsetDateTime(all.revision + 1)));
    }

    /** Every revision of the given figures, by code and revision: one statement whatever the number of figures. */
    public Uni<List<FigureRevision>> revisions(Collection<String> codes) {
        Columns all = Columns.ALL;
        int after = all.revision + 2;
        return query("select " + all.list + ", f.superseded_at, f.recorded_by, f.reason, f.retracted"
                + FROM + " where f.code = any($1) order by f.code, f.revision", List.of((Object) codes.toArray(String[]::new)),
                (row, reading) -> new FigureRevision(all.figure(row, reading), row.getOffsetDateTime(after),
                        row.getString(after + 1), row.getString(after + 2), row.getBoolean(after + 3)));
    }

    /**
     * A page of figures, or all that match: then at most {@code tradegraph.limits.rows}, read with one more to tell whether
     * there were more, so that no request can hold an unbounded result in memory.
     */
    private Uni<List<Figure>> select(Columns columns, String from, Conditions where, String orderBy, PageRequest page) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        int maximum = maximumRows;
        parameters.add(page != null ? page.limit() : maximum + 1);
        parameters.add(page != null ? page.offset() : 0);
        String limit = " limit $" + (parameters.size() - 1) + " offset $" + parameters.size();
        return query("select " + columns.list + from + where.sqlWhere() + orderBy + limit, parameters, columns::figure)
                .invoke(rows -> {
                    if (page == null && rows.size() > maximum) {
                        throw new ClientError.LimitExceeded("rows", maximum, "The request reads more than " + maximum
                                + " figures at once; narrow it to fewer areas, periods or kinds.");
                    }
                });
    }

    /**
     * Runs a query and maps its rows onto the catalog's records; a row naming a code the catalog does not know yet
     * (written since the snapshot was read) has the catalog read again.
     */
    private <T> Uni<List<T>> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        return database.rows(sql, parameters).flatMap(rows -> {
            try {
                return Uni.createFrom().item(map(rows, catalog.current(), mapper));
            } catch (UnknownReference stale) {
                return catalog.refresh().map(refreshed -> map(rows, refreshed, mapper));
            }
        });
    }

    private static <T> List<T> map(Iterable<Row> rows, Snapshot known, RowMapper<T> mapper) {
        List<T> mapped = new ArrayList<>();
        Reading reading = new Reading(known);
        for (Row row : rows) {
            mapped.add(mapper.map(row, reading));
        }
        return mapped;
    }

    /** Maps a row of a read. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(Row row, Reading reading);
    }

    private static final FigureColumns.Field AREA = FigureColumns.field("area");
    private static final FigureColumns.Field PERIOD = FigureColumns.field("period");
    private static final FigureColumns.Field COMMODITY = FigureColumns.field("commodity");
    private static final FigureColumns.Field MARKET = FigureColumns.field("market");
    private static final FigureColumns.Field SOURCE = FigureColumns.field("source");
    private static final FigureColumns.Field SCOPE = FigureColumns.field("scope");

    /** A record or code the catalog knows by a row's key; one it does not know has it read again. */
    private static <R> R known(R record) {
        if (record == null) {
            throw new UnknownReference();
        }
        return record;
    }

    /** A row names a key that the cached reference records do not know. */
    private static final class UnknownReference extends RuntimeException {
        UnknownReference() {
            super(null, null, false, false);
        }
    }

    /**
     * The revisions in force at an instant (now, when null): recorded by then, not yet superseded, and not a
     * retraction.
     */
    private static Conditions inForce(OffsetDateTime asOf) {
        return asOf == null ? new Conditions().and("f.superseded_at is null and not f.retracted", Boolean.TRUE)
                : new Conditions().and("f.recorded_at <= ? and (f.superseded_at is null or f.superseded_at > ?) "
                        + "and not f.retracted", asOf);
    }

    /** The keys in turn (PERIOD when none), then the code, unless a key already orders by it. */
    private static String orderBy(List<FigureOrder> keys) {
        List<FigureOrder> given = keys == null ? List.of() : keys.stream().filter(Objects::nonNull).distinct().toList();
        List<FigureOrder> order = given.isEmpty() ? List.of(FigureOrder.PERIOD) : given;
        String sql = " order by" + order.stream().map(key -> key.sql).collect(Collectors.joining(","));
        return order.contains(FigureOrder.CODE) || order.contains(FigureOrder.CODE_DESC) ? sql : sql + ", f.code";
    }

    /** A list argument as a text array parameter (enums by name); null when the client gave none. */
    private static String[] array(List<?> values) {
        return values == null ? null : values.stream().map(v -> v instanceof Enum<?> e ? e.name() : (String) v)
                .toArray(String[]::new);
    }

    private static Conditions conditions(FigureFilter filter, OffsetDateTime asOf) {
        Conditions where = inForce(asOf);
        if (filter != null) {
            where.and("f.area_code = ?", filter.area())
                    .and("p.first_day >= ?", filter.from())
                    .and("p.last_day <= ?", filter.to())
                    .and("p.kind = ?", name(filter.periodKind()))
                    .and("f.flow = ?", name(filter.flow()))
                    .and("f.commodity_code = ?", filter.commodity())
                    .and("f.market_code = ?", filter.market())
                    .and("f.status = ?", name(filter.status()))
                    .and("f.source_code = ?", filter.source())
                    .and("f.area_code = any(?)", array(filter.areaIn()))
                    .and("f.flow = any(?)", array(filter.flowIn()))
                    .and("f.commodity_code = any(?)", array(filter.commodityIn()))
                    .and("f.market_code = any(?)", array(filter.marketIn()))
                    .and("f.status = any(?)", array(filter.statusIn()))
                    .and("f.source_code = any(?)", array(filter.sourceIn()))
                    .and("f.amount >= ?", filter.amountAtLeast())
                    .and("f.amount <= ?", filter.amountAtMost())
                    .and("f.scope_code = ?", filter.scope())
                    .and("(f.scope_code is null) = ?", filter.wholeTrade())
                    .and("f.market_code in (select code from market where kind = ?)", name(filter.marketKind()));
        }
        return where;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    // Writes: statements the importer runs in its Hibernate Reactive transaction (Transactions), set-based.

    /** A revision in force: what it states, its number, whether it is a retraction, and its row. */
    public record StoredRevision(long id, FigureInput figure, int revision, boolean retracted) {
    }

    /** A revision to record: a figure's values, its number, why it was made (null for a first) and whether it retracts. */
    public record Revision(FigureInput row, int number, String reason, boolean retracted) {
    }

    /**
     * The revisions in force of the given figures, retracted ones included, by code: one statement whatever the
     * number of codes, which travel as one JSON parameter. An import of new figures, the common case, finds none.
     * The codes are an array the index of current figures is probed with, not a set joined with the table: with
     * statistics from before the last large import, PostgreSQL joined 39,000 codes with every current figure by
     * nested loop, past the statement timeout.
     */
    public Uni<Map<String, StoredRevision>> inForce(Set<String> codes) {
        JsonArrayBuilder list = JSON.createArrayBuilder();
        codes.forEach(list::add);
        return Panache.getSession().chain(session -> session.createNativeQuery(STORED, Object[].class)
                .setParameter(1, list.build().toString()).getResultList())
                .map(rows -> {
                    Map<String, StoredRevision> found = new HashMap<>();
                    int stored = FigureColumns.ALL.size();
                    for (Object[] row : rows) {
                        FigureColumns.Values values = new FigureColumns.Values();
                        FigureColumns.ALL.forEach(field -> values.set(field, row[field.index()]));
                        FigureInput figure = values.statement();
                        found.put(figure.code(), new StoredRevision(((Number) row[stored]).longValue(), figure,
                                ((Number) row[stored + 1]).intValue(), (Boolean) row[stored + 2]));
                    }
                    return found;
                });
    }

    static final String STORED = "select " + FigureColumns.selectList(FigureColumns.ALL, "") + ", id, revision, "
            + "retracted from figure where superseded_at is null and code = any(array("
            + "select jsonb_array_elements_text(cast(cast(?1 as text) as jsonb))))";

    /**
     * Marks revisions superseded now, each only if it still is in force and was recorded before this transaction
     * began: another writer who got there first leaves one unmarked, and then this write fails whole with a
     * conflict, run once more by {@code Transactions} (a revision committed while this one ran would otherwise be
     * superseded before it was recorded, which the table refuses).
     */
    public Uni<Void> supersede(List<StoredRevision> revisions) {
        if (revisions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        revisions.forEach(revision -> ids.add(revision.id()));
        return Panache.getSession().chain(session -> session.createNativeQuery("update figure set superseded_at = "
                + "current_timestamp where superseded_at is null and recorded_at <= current_timestamp and id = any(array("
                + "select cast(jsonb_array_elements_text(cast(cast(?1 as text) as jsonb)) as bigint)))")
                .setParameter(1, ids.build().toString()).executeUpdate()).invoke(count -> {
                    if (count != revisions.size()) {
                        throw new ClientError.Conflict("CONFLICT", "Another editor revised figure "
                                + revisions.get(0).figure().code() + (revisions.size() > 1
                                        ? " (or another of this write's figures)" : "")
                                + " while this write ran; nothing was written. Read the figures again and redo the change.",
                                true);
                    }
                }).replaceWithVoid();
    }

    /**
     * The statement that inserts revisions, all of a chunk at once: they travel as one JSON parameter, which
     * PostgreSQL unpacks into rows (numbers as strings, so that each keeps its digits and scale exactly). One
     * statement shape and one parameter whatever the number of rows: one row a statement took 39,000 round trips
     * for a large file, and a parameter a value strained Hibernate's handling of parameters. The parameter is text,
     * cast: a parameter PostgreSQL takes for jsonb, the reactive client would send as one JSON string. The keys of
     * the references come from joins with their tables, which is cheaper than V12's trigger finding them row by row.
     */
    private static final String INSERT = "insert into figure (revision, recorded_by, reason, retracted, "
            + FigureColumns.columnList() + ") select r.revision, ?2, r.reason, r.retracted, " + FigureColumns.insertedValues()
            + " from jsonb_to_recordset(cast(cast(?1 as text) as jsonb)) as r(revision integer, reason text, "
            + "retracted boolean, " + FigureColumns.recordType() + ")" + FigureColumns.referenceJoins();
    /** Rows one INSERT takes: its JSON stays near a megabyte, its run well within the statement timeout. */
    static final int ROWS_PER_INSERT = 5000;
    private static final JsonProvider JSON = JsonProvider.provider();

    /** Inserts revisions set-based ({@link #INSERT}), in the session's transaction. */
    public Uni<Void> insert(List<Revision> revisions, String author) {
        Uni<Void> inserted = Uni.createFrom().voidItem();
        for (int from = 0; from < revisions.size(); from += ROWS_PER_INSERT) {
            List<Revision> chunk = revisions.subList(from, Math.min(revisions.size(), from + ROWS_PER_INSERT));
            inserted = inserted.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                    .setParameter(1, json(chunk)).setParameter(2, author).executeUpdate()).replaceWithVoid());
        }
        return inserted;
    }

    /** The revisions as the JSON array {@link #INSERT} unpacks: an object a row, with the table's column names. */
    private static String json(List<Revision> revisions) {
        StringWriter text = new StringWriter(revisions.size() * 400);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            for (Revision revision : revisions) {
                json.writeStartObject().write("revision", revision.number()).write("retracted", revision.retracted());
                if (revision.reason() != null) {
                    json.write("reason", revision.reason());
                }
                for (FigureColumns.Field field : FigureColumns.ALL) {
                    Object value = field.of(revision.row());
                    // A column the JSON leaves out is null; a number travels as its digits, exactly as held.
                    if (value instanceof BigDecimal number) {
                        json.write(field.column(), number.toPlainString());
                    } else if (value instanceof Integer number) {
                        json.write(field.column(), number.intValue());
                    } else if (value instanceof Boolean truth) {
                        json.write(field.column(), truth.booleanValue());
                    } else if (value instanceof Enum<?> name) {
                        json.write(field.column(), name.name());
                    } else if (value != null) {
                        json.write(field.column(), value.toString());
                    }
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        return text.toString();
    }
}
