package io.tradegraph.market;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Markets for writes, inside a transaction; reads come from the catalog. */
@ApplicationScoped
public class MarketRepository implements PanacheRepositoryBase<MarketEntity, String> {
}
