package io.tradegraph.reference;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Periods for writes, inside a transaction; reads come from the catalog. */
@ApplicationScoped
public class PeriodRepository implements PanacheRepositoryBase<PeriodEntity, String> {

    public Uni<List<PeriodEntity>> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
