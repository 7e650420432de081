package io.tradegraph.commodity;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Commodities for writes, inside a transaction; reads come from the catalog. */
@ApplicationScoped
public class CommodityRepository implements PanacheRepositoryBase<CommodityEntity, String> {

    public Uni<List<CommodityEntity>> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
