package io.tradegraph.graphql;

import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.smallrye.mutiny.Uni;
import io.tradegraph.core.Node;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Snapshot;

/** node(id:) for what the catalog holds in memory: areas, periods, commodities, markets, scopes and sources. */
@ApplicationScoped
class CatalogNodes {

    private final Catalog catalog;

    CatalogNodes(Catalog catalog) {
        this.catalog = catalog;
    }

    @Produces
    NodeLookup provinces() {
        return lookup("Province", Snapshot::areaByCode);
    }

    @Produces
    NodeLookup periods() {
        return lookup("Period", Snapshot::periodByCode);
    }

    @Produces
    NodeLookup commodities() {
        return lookup("Commodity", Snapshot::commodityByCode);
    }

    @Produces
    NodeLookup markets() {
        return lookup("Market", Snapshot::marketByCode);
    }

    @Produces
    NodeLookup scopes() {
        return lookup("Scope", Snapshot::scopeByCode);
    }

    @Produces
    NodeLookup sources() {
        return lookup("Source", Snapshot::sourceByCode);
    }

    private NodeLookup lookup(String type, Function<Snapshot, Map<String, ? extends Node>> byCode) {
        return new NodeLookup() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Uni<? extends Node> find(String key) {
                return Uni.createFrom().item(byCode.apply(catalog.current()).get(key));
            }
        };
    }
}
