package io.tradegraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.common.annotation.NonBlocking;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Market;
import io.tradegraph.reference.MarketKind;

@GraphQLApi
public class MarketApi {

    private final Catalog catalog;

    public MarketApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @NonBlocking
    @Query("markets")
    @Description("Every market, ordered by code.")
    public @NonNull List<@NonNull Market> markets(@Name("kind") @Description("Only markets of this kind.") MarketKind kind) {
        List<Market> all = catalog.current().markets();
        return kind == null ? all : all.stream().filter(m -> m.kind() == kind).toList();
    }
}
