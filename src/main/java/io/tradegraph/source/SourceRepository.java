package io.tradegraph.source;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<SourceEntity, String> {

    public Uni<List<SourceEntity>> listOrdered() {
        return listAll(Sort.by("code"));
    }
}
