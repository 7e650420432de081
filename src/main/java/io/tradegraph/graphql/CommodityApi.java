package io.tradegraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.common.annotation.NonBlocking;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Commodity;

@GraphQLApi
public class CommodityApi {

    private final Catalog catalog;

    public CommodityApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @NonBlocking
    @Query("commodities")
    @Description("Every commodity and commodity group, ordered by code.")
    public @NonNull List<@NonNull Commodity> commodities() {
        return catalog.current().commodities();
    }

    @NonBlocking
    @Name("parent")
    @Description("The group this commodity belongs to; null for a top-level group.")
    public Commodity parent(@Source Commodity commodity) {
        return commodity.parentCode() == null ? null : catalog.current().commodityByCode().get(commodity.parentCode());
    }
}
