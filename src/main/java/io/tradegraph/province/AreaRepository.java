package io.tradegraph.province;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Areas for writes, inside a transaction; reads come from the catalog. */
@ApplicationScoped
public class AreaRepository implements PanacheRepositoryBase<AreaEntity, String> {

    public Uni<List<AreaEntity>> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
