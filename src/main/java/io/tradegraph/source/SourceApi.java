package io.tradegraph.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.common.annotation.NonBlocking;
import io.tradegraph.catalog.Catalog;

@GraphQLApi
public class SourceApi {

    private final Catalog catalog;

    public SourceApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @NonBlocking
    @Query("sources")
    @Description("Every article the figures come from, ordered by code.")
    public @NonNull List<@NonNull Source> sources() {
        return catalog.current().sources();
    }
}
