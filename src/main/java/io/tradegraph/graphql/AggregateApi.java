package io.tradegraph.graphql;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.tradegraph.balance.Aggregation;
import io.tradegraph.balance.FigureGroup;
import io.tradegraph.balance.GroupKey;
import io.tradegraph.figure.FigureFilter;
import io.tradegraph.figure.FigureRepository;
import io.tradegraph.reference.Catalog;

/** Sums of figures, refused where they would add what cannot be added. */
@GraphQLApi
public class AggregateApi {

    private final FigureRepository figures;
    private final Catalog catalog;

    public AggregateApi(FigureRepository figures, Catalog catalog) {
        this.figures = figures;
        this.catalog = catalog;
    }

    @Query("aggregate")
    @Description("Figures grouped by area, period, flow, commodity or market, with exact sums and counts. Only "
            + "figures with an amount take part. Refused, with the reason, where a group would add different units, "
            + "statuses or flows, or count the same trade twice (overlapping periods, a total next to its parts).")
    public Uni<@NonNull List<@NonNull FigureGroup>> aggregate(
            @Name("filter") @Description("Which figures to add.") FigureFilter filter,
            @Name("groupBy") @NonNull @Description("The keys to group by; none adds everything the filter selects.")
            List<@NonNull GroupKey> groupBy,
            @Name("asOf") @Description("Answer as the data stood at this instant (default: now).") OffsetDateTime asOf) {
        FigureFilter.requireSatisfiable(filter);
        Set<GroupKey> keys = groupBy.isEmpty() ? EnumSet.noneOf(GroupKey.class) : EnumSet.copyOf(groupBy);
        return figures.matching(filter, asOf).flatMap(rows -> rows.isEmpty()
                ? Uni.createFrom().item(() -> {
                    FigureFilter.requireKnownCodes(filter, catalog.current());
                    return List.<FigureGroup> of();
                })
                : Uni.createFrom().item(() -> Aggregation.of(rows, keys)));
    }
}
