package io.tradegraph.period;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PeriodRepository implements PanacheRepositoryBase<PeriodEntity, String> {

    private static final Sort CHRONOLOGICAL = Sort.by("firstDay").and("lastDay");

    public Uni<List<PeriodEntity>> listByKind(PeriodKind kind) {
        return kind == null ? listAll(CHRONOLOGICAL) : list("kind", CHRONOLOGICAL, kind);
    }

    public Uni<List<PeriodEntity>> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
