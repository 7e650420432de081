package io.tradegraph.market;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.Resolver;

@GraphQLApi
@Resolver
public class MarketApi {

    private final MarketRepository markets;

    public MarketApi(MarketRepository markets) {
        this.markets = markets;
    }

    @Query("markets")
    @Description("Every market, ordered by code.")
    public Uni<@NonNull List<@NonNull Market>> markets(@Name("kind") @Description("Only markets of this kind.") MarketKind kind) {
        return markets.listByKind(kind).map(rows -> rows.stream().map(Market::from).toList());
    }
}
