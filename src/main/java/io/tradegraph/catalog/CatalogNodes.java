package io.tradegraph.catalog;

import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.Node;

/** node(id:) for what the catalog holds in memory: areas, periods, commodities, markets and sources. */
@ApplicationScoped
class CatalogNodes {

    private final Catalog catalog;

    CatalogNodes(Catalog catalog) {
        this.catalog = catalog;
    }

    @Produces
    Node.Lookup provinces() {
        return lookup("Province", Snapshot::areaByCode);
    }

    @Produces
    Node.Lookup periods() {
        return lookup("Period", Snapshot::periodByCode);
    }

    @Produces
    Node.Lookup commodities() {
        return lookup("Commodity", Snapshot::commodityByCode);
    }

    @Produces
    Node.Lookup markets() {
        return lookup("Market", Snapshot::marketByCode);
    }

    @Produces
    Node.Lookup sources() {
        return lookup("Source", Snapshot::sourceByCode);
    }

    private Node.Lookup lookup(String type, Function<Snapshot, Map<String, ? extends Node>> byCode) {
        return new Node.Lookup() {
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
