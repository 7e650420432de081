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

    @NonBlocking
    @Name("members")
    @Description("The markets a region or bloc is made of, as far as the catalog names them, by code; empty for a "
            + "country and for the world. A region's figure is never added to its members'.")
    public @NonNull List<@NonNull Market> members(@Source Market market) {
        var byCode = catalog.current().marketByCode();
        return market.memberCodes().stream().map(byCode::get).toList();
    }
}
