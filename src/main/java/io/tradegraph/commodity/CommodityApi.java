package io.tradegraph.commodity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.Resolver;

@GraphQLApi
@Resolver
public class CommodityApi {

    private final CommodityRepository commodities;

    public CommodityApi(CommodityRepository commodities) {
        this.commodities = commodities;
    }

    @Query("commodities")
    @Description("Every commodity and commodity group, ordered by code.")
    public Uni<@NonNull List<@NonNull Commodity>> commodities() {
        return commodities.listOrdered().map(rows -> rows.stream().map(Commodity::from).toList());
    }

    @Name("parent")
    @Description("The group this commodity belongs to; null for a top-level group.")
    public Uni<List<Commodity>> parent(@Source List<Commodity> children) {
        List<String> codes = children.stream().map(Commodity::parentCode).filter(Objects::nonNull).distinct().toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(children.stream().map(c -> (Commodity) null).toList());
        }
        return commodities.findByCodes(codes).map(rows -> {
            Map<String, Commodity> byCode = rows.stream().map(Commodity::from)
                    .collect(Collectors.toMap(Commodity::code, c -> c));
            return children.stream().map(c -> c.parentCode() == null ? null : byCode.get(c.parentCode())).toList();
        });
    }
}
