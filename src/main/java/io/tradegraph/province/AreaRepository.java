package io.tradegraph.province;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.PageRequest;
import io.tradegraph.persistence.Conditions;

@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<AreaEntity, String> {

    public Uni<List<AreaEntity>> page(ProvinceFilter filter, PageRequest page) {
        Conditions where = conditions(filter);
        return find("from AreaEntity a" + where.where() + " order by a.code", where.parameters().toArray())
                .range(page.offset(), page.offset() + page.limit() - 1).list();
    }

    public Uni<Long> count(ProvinceFilter filter) {
        Conditions where = conditions(filter);
        return count("from AreaEntity a" + where.where(), where.parameters().toArray());
    }

    public Uni<List<AreaEntity>> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }

    public Uni<List<AreaEntity>> findMembersOf(Collection<String> successorCodes) {
        return list("successorCode in ?1", Sort.by("code"), successorCodes);
    }

    private static Conditions conditions(ProvinceFilter filter) {
        Conditions where = new Conditions();
        if (filter != null) {
            String name = filter.name() == null || filter.name().isBlank() ? null
                    : "%" + escapeLike(AsciiFolding.fold(filter.name().strip())) + "%";
            where.and("a.region = ?", filter.region())
                    .and("a.level = ?", filter.level())
                    .and("lower(a.nameAscii) like ? escape '\\'", name)
                    .and("(a.validFrom is null or a.validFrom <= ?) and (a.validTo is null or a.validTo >= ?)",
                            filter.validOn());
        }
        return where;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
