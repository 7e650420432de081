package io.tradegraph.market;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MarketRepository implements PanacheRepositoryBase<MarketEntity, String> {

    public Uni<List<MarketEntity>> listByKind(MarketKind kind) {
        return kind == null ? listAll(Sort.by("code")) : list("kind", Sort.by("code"), kind);
    }
}
