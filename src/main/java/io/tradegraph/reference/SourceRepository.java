package io.tradegraph.reference;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Sources for writes, inside a transaction; reads come from the catalog. */
@ApplicationScoped
public class SourceRepository implements PanacheRepositoryBase<SourceEntity, String> {
}
