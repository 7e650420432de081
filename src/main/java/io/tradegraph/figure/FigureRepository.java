package io.tradegraph.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.tradegraph.catalog.Catalog;
import io.tradegraph.catalog.Snapshot;
import io.tradegraph.figure.Figure.Growth;
import io.tradegraph.figure.Figure.Range;
import io.tradegraph.figure.Figure.Share;
import io.tradegraph.graphql.ClientError;
import io.tradegraph.graphql.Limits;
import io.tradegraph.graphql.PageRequest;
import io.tradegraph.measure.MeasureUnit;
import io.tradegraph.measure.Qualifier;
import io.tradegraph.measure.Status;
import io.tradegraph.period.PeriodKind;
import io.tradegraph.persistence.Conditions;
import io.tradegraph.persistence.Database;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.sqlclient.data.Numeric;

/**
 * Figures are written through Hibernate (the importer) and read in SQL through the reactive client: a read is
 * thousands of rows for computation, and as plain rows of codes, mapped onto the records of the {@link Catalog},
 * they cost a fraction of what entities or even Hibernate projections cost.
 */
@ApplicationScoped
public class FigureRepository implements PanacheRepositoryBase<FigureEntity, Long> {

    /**
     * The qualifiers come as null when EXACT, by far the commonest value (a figure without growth or share still
     * has EXACT for their qualifiers): a null costs the driver nothing to decode, a string three allocations, and
     * decoding rows is most of what a large read allocates.
     */
    private static final String NUMBERS = "f.code, f.area_code, f.period_code, f.flow, f.commodity_code, f.market_code, "
            + "f.amount, f.amount_low, f.amount_high, f.amount_precision, f.unit, nullif(f.qualifier, 'EXACT'), f.status, "
            + "f.growth_pct, f.growth_low, f.growth_high, nullif(f.growth_qualifier, 'EXACT'), f.growth_basis, f.rank, "
            + "f.share_pct, nullif(f.share_qualifier, 'EXACT'), f.source_code, f.mention";
    /** The first column of the provenance: the words, then which revision and when it was recorded. */
    private static final int TEXT_COLUMN = 23;
    private static final String FROM = " from figure f join period p on p.code = f.period_code";

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
     * Which columns of the figures a query needs: all, or all but the provenance (the words, which are the largest,
     * and the revision with its time, which is the slowest to decode).
     */
    public enum Columns {
        WITH_TEXT(NUMBERS + ", f.paragraph, f.quote, f.note, f.revision, f.recorded_at"),
        WITHOUT_TEXT(NUMBERS);

        private final String list;

        Columns(String list) {
            this.list = list;
        }
    }

    private final Database database;
    private final Catalog catalog;
    private final Limits limits;

    public FigureRepository(Database database, Catalog catalog, Limits limits) {
        this.database = database;
        this.catalog = catalog;
        this.limits = limits;
    }

    /**
     * All figures of the given areas (of every area when null) whose periods are of a kind (any when null) and lie
     * between two days; one statement whatever the number of areas.
     */
    public Uni<List<Figure>> forAreas(Collection<String> areaCodes, PeriodKind kind, LocalDate from, LocalDate to,
            Scopes scopes, Columns columns, OffsetDateTime asOf) {
        Conditions where = inForce(asOf)
                .and("f.area_code = any(?)", areaCodes == null ? null : areaCodes.toArray(String[]::new))
                .and("p.kind = ?", name(kind))
                .and("p.first_day >= ?", from)
                .and("p.last_day <= ?", to)
                .and(scopes.condition, scopes.condition);
        return select(columns, where, orderBy(List.of(FigureOrder.PERIOD)), null);
    }

    public Uni<List<Figure>> page(FigureFilter filter, List<FigureOrder> order, PageRequest page, OffsetDateTime asOf) {
        return select(Columns.WITH_TEXT, conditions(filter, asOf), orderBy(order), page);
    }

    /** Every figure matching a filter, in period order; for aggregates over a bounded selection. */
    public Uni<List<Figure>> matching(FigureFilter filter, OffsetDateTime asOf) {
        return select(Columns.WITH_TEXT, conditions(filter, asOf), orderBy(List.of(FigureOrder.PERIOD)), null);
    }

    public Uni<Long> count(FigureFilter filter, OffsetDateTime asOf) {
        Conditions where = conditions(filter, asOf);
        return database.rows("select count(*)" + FROM + where.sqlWhere(), where.parameters())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Figures matching a filter in code order after a code (from the first when null), a batch for an export. */
    public Uni<List<Figure>> batchAfter(FigureFilter filter, OffsetDateTime asOf, String afterCode, int size) {
        Conditions where = conditions(filter, asOf).and("f.code > ?", afterCode);
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(size);
        return query("select " + Columns.WITH_TEXT.list + FROM + where.sqlWhere() + orderBy(List.of(FigureOrder.CODE))
                + " limit $" + parameters.size(), parameters, FigureRepository::figure);
    }

    /** Every revision of the given figures, by code and revision: one statement whatever the number of figures. */
    public Uni<List<FigureRevision>> revisions(Collection<String> codes) {
        return query("select " + Columns.WITH_TEXT.list + ", f.superseded_at, f.recorded_by, f.reason, f.retracted"
                + FROM + " where f.code = any($1) order by f.code, f.revision", List.of((Object) codes.toArray(String[]::new)),
                (row, known) -> new FigureRevision(figure(row, known), row.getOffsetDateTime(TEXT_COLUMN + 5),
                        row.getString(TEXT_COLUMN + 6), row.getString(TEXT_COLUMN + 7), row.getBoolean(TEXT_COLUMN + 8)));
    }

    /**
     * A page of figures, or all that match: then at most {@link Limits#rows()}, read with one more to tell whether
     * there were more, so that no request can hold an unbounded result in memory.
     */
    private Uni<List<Figure>> select(Columns columns, Conditions where, String orderBy, PageRequest page) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        int maximum = limits.rows();
        parameters.add(page != null ? page.limit() : maximum + 1);
        parameters.add(page != null ? page.offset() : 0);
        String limit = " limit $" + (parameters.size() - 1) + " offset $" + parameters.size();
        return query("select " + columns.list + FROM + where.sqlWhere() + orderBy + limit, parameters, FigureRepository::figure)
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
        for (Row row : rows) {
            mapped.add(mapper.map(row, known));
        }
        return mapped;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(Row row, Snapshot known);
    }

    /**
     * Maps a row of {@link Columns}, in their order; without the provenance, a figure has none (nulls, and 0 for the
     * paragraph and revision), which no selection reads (see {@code @Loads}).
     */
    private static Figure figure(Row row, Snapshot known) {
        BigDecimal amountLow = decimal(row, 7);
        String growthBasis = row.getString(17);
        BigDecimal sharePct = decimal(row, 19);
        return new Figure(row.getString(0),
                reference(known.areaByCode(), row.getString(1)),
                reference(known.periodByCode(), row.getString(2)),
                Flow.valueOf(row.getString(3)),
                optionalReference(known.commodityByCode(), row.getString(4)),
                optionalReference(known.marketByCode(), row.getString(5)),
                decimal(row, 6), optional(MeasureUnit.class, row.getString(10)), qualifier(row.getString(11)),
                amountLow == null ? null : new Range(amountLow, decimal(row, 8)),
                decimal(row, 9), Status.valueOf(row.getString(12)),
                growthBasis == null ? null : new Growth(decimal(row, 13), decimal(row, 14), decimal(row, 15),
                        qualifier(row.getString(16)), GrowthBasis.valueOf(growthBasis)),
                row.getInteger(18),
                sharePct == null ? null : new Share(sharePct, qualifier(row.getString(20))),
                reference(known.sourceByCode(), row.getString(21)),
                row.size() > TEXT_COLUMN ? row.getInteger(TEXT_COLUMN + 3) : 0,
                row.size() > TEXT_COLUMN ? row.getOffsetDateTime(TEXT_COLUMN + 4) : null,
                row.size() > TEXT_COLUMN ? row.getInteger(TEXT_COLUMN) : 0,
                row.size() > TEXT_COLUMN ? row.getString(TEXT_COLUMN + 1) : null,
                row.size() > TEXT_COLUMN ? row.getString(TEXT_COLUMN + 2) : null,
                row.getBoolean(22));
    }

    /** See {@link #NUMBERS}. */
    private static Qualifier qualifier(String name) {
        return name == null ? Qualifier.EXACT : Qualifier.valueOf(name);
    }

    /**
     * A numeric column as the BigDecimal the driver parsed: {@code Row.getBigDecimal} prints the driver's
     * {@code Numeric} and parses it once more.
     */
    private static BigDecimal decimal(Row row, int column) {
        return row.getValue(column) instanceof Numeric numeric ? numeric.bigDecimalValue() : row.getBigDecimal(column);
    }

    private static <R> R reference(Map<String, R> known, String code) {
        R record = known.get(code);
        if (record == null) {
            throw new UnknownReference();
        }
        return record;
    }

    private static <R> R optionalReference(Map<String, R> known, String code) {
        return code == null ? null : reference(known, code);
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A row names a code that the cached reference records do not know. */
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
                    .and("f.amount <= ?", filter.amountAtMost());
        }
        return where;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
