package io.tradegraph.figure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.PageRequest;
import io.tradegraph.period.PeriodKind;
import io.tradegraph.persistence.Conditions;

@ApplicationScoped
public class FigureRepository implements PanacheRepositoryBase<FigureEntity, Long> {

    /** Which figures of an area a query needs: its totals only, also per commodity, or also per market. */
    public enum Scopes {
        TOTALS("f.commodity is null and f.market is null"),
        TOTALS_AND_COMMODITIES("f.market is null or f.commodity is not null"),
        ALL(null);

        private final String condition;

        Scopes(String condition) {
            this.condition = condition;
        }
    }

    /**
     * All figures of the given areas (of every area when null) whose periods are of a kind (any when null) and lie
     * between two days; one statement whatever the number of areas.
     */
    public Uni<List<Figure>> forAreas(Collection<String> areaCodes, PeriodKind kind, LocalDate from, LocalDate to,
            Scopes scopes) {
        Conditions where = new Conditions().and("f.area.code in :areas", "areas", areaCodes)
                .and(scopes.condition, null, scopes.condition)
                .and("p.kind = :kind", "kind", kind)
                .and("p.firstDay >= :from", "from", from)
                .and("p.lastDay <= :to", "to", to);
        return select(where, orderBy(FigureOrder.PERIOD), null);
    }

    /** The periods each area has figures for, when the figures themselves are loaded only in part. */
    public Uni<List<AreaPeriod>> periodsOf(Collection<String> areaCodes, PeriodKind kind, LocalDate from, LocalDate to) {
        Conditions where = new Conditions().and("f.area.code in :areas", "areas", areaCodes)
                .and("p.kind = :kind", "kind", kind)
                .and("p.firstDay >= :from", "from", from)
                .and("p.lastDay <= :to", "to", to);
        return find("select distinct f.area.code, p from FigureEntity f join f.period p" + where.where(), where.parameters())
                .project(AreaPeriod.class).list();
    }

    /** An area's code and one of its periods. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record AreaPeriod(String areaCode, io.tradegraph.period.PeriodEntity period) {
    }

    public Uni<List<Figure>> page(FigureFilter filter, FigureOrder order, PageRequest page) {
        return select(conditions(filter), orderBy(order), page);
    }

    /** Every figure matching a filter, in period order; for aggregates over a bounded selection. */
    public Uni<List<Figure>> matching(FigureFilter filter) {
        return select(conditions(filter), orderBy(FigureOrder.PERIOD), null);
    }

    /**
     * Figures read as a projection ({@link FigureRow}) rather than as entities: everything they are mapped with
     * comes in the same statement, and Hibernate tracks no entity per row.
     */
    private Uni<List<Figure>> select(Conditions where, String orderBy, PageRequest page) {
        String query = FigureRow.SELECT + where.where() + orderBy;
        return getSession().chain(session -> {
            var select = session.createSelectionQuery(query, FigureRow.class);
            where.parameters().map().forEach(select::setParameter);
            if (page != null) {
                select.setFirstResult(page.offset()).setMaxResults(page.limit());
            }
            return select.getResultList();
        }).map(Figure::fromRows);
    }

    public Uni<Long> count(FigureFilter filter) {
        Conditions where = conditions(filter);
        return count("from FigureEntity f join f.period p" + where.where(), where.parameters());
    }

    public Uni<List<String>> existingCodes(Collection<String> codes) {
        return find("select f.code from FigureEntity f where f.code in ?1", codes).project(String.class).list();
    }

    private static String orderBy(FigureOrder order) {
        return switch (order == null ? FigureOrder.PERIOD : order) {
            case PERIOD -> " order by p.firstDay, p.lastDay, f.code";
            case CODE -> " order by f.code";
            case AMOUNT_DESC -> " order by f.amount desc nulls last, f.code";
        };
    }

    private static Conditions conditions(FigureFilter filter) {
        Conditions where = new Conditions();
        if (filter != null) {
            where.and("f.area.code = :area", "area", filter.area())
                    .and("p.firstDay >= :from", "from", filter.from())
                    .and("p.lastDay <= :to", "to", filter.to())
                    .and("p.kind = :kind", "kind", filter.periodKind())
                    .and("f.flow = :flow", "flow", filter.flow())
                    .and("f.commodity.code = :commodity", "commodity", filter.commodity())
                    .and("f.market.code = :market", "market", filter.market())
                    .and("f.status = :status", "status", filter.status())
                    .and("f.source.code = :source", "source", filter.source());
        }
        return where;
    }

}
