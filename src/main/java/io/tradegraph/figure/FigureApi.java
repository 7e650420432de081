package io.tradegraph.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.tradegraph.catalog.Catalog;
import io.tradegraph.figure.FigureConnection.FigureEdge;
import io.tradegraph.graphql.ClientError;
import io.tradegraph.graphql.PageRequest;

@GraphQLApi
public class FigureApi {

    private final FigureRepository figures;
    private final Catalog catalog;

    public FigureApi(FigureRepository figures, Catalog catalog) {
        this.figures = figures;
        this.catalog = catalog;
    }

    @Query("figures")
    @Description("The figures as the articles state them, filtered and ordered, one page at a time.")
    public Uni<@NonNull FigureConnection> figures(
            @Name("filter") @Description("Conditions on area, period, flow, commodity, market, status and source.") FigureFilter filter,
            @Name("orderBy") @DefaultValue("PERIOD") @Description("Order of the figures.") FigureOrder orderBy,
            @Name("first") @DefaultValue("50") @Description("Page size, from 1 to 100.") int first,
            @Name("after") @Description("Cursor after which the page starts; omit it for the first page.") String after) {
        PageRequest page = PageRequest.of(first, after);
        if (filter != null && filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ClientError.InvalidDateRange(filter.from(), filter.to());
        }
        return figures.count(filter).flatMap(total -> total == 0
                ? rejectUnknownCodes(filter).replaceWith(new FigureConnection(List.of(), page.pageInfo(0, 0), 0))
                : figures.page(filter, orderBy, page).map(nodes ->
                        new FigureConnection(page.edges(nodes, FigureEdge::new), page.pageInfo(nodes.size(), total), total)));
    }

    @Query("aggregate")
    @Description("Figures grouped by area, period, flow, commodity or market, with exact sums and counts. Only "
            + "figures with an amount take part. Refused, with the reason, where a group would add different units, "
            + "statuses or flows, or count the same trade twice (overlapping periods, a total next to its parts).")
    public Uni<@NonNull List<@NonNull FigureGroup>> aggregate(
            @Name("filter") @Description("Which figures to add.") FigureFilter filter,
            @Name("groupBy") @NonNull @Description("The keys to group by; none adds everything the filter selects.")
            List<@NonNull GroupKey> groupBy) {
        if (filter != null && filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ClientError.InvalidDateRange(filter.from(), filter.to());
        }
        Set<GroupKey> keys = groupBy.isEmpty() ? EnumSet.noneOf(GroupKey.class) : EnumSet.copyOf(groupBy);
        return figures.matching(filter).flatMap(rows -> rows.isEmpty()
                ? rejectUnknownCodes(filter).replaceWith(List.<FigureGroup> of())
                : Uni.createFrom().item(() -> Aggregation.of(rows, keys)));
    }

    /**
     * A filter that matches nothing may name a code that does not exist, which the client should hear about.
     * When something matches, every code in the filter exists, so the check costs nothing on the common path.
     */
    private Uni<Void> rejectUnknownCodes(FigureFilter filter) {
        if (filter != null) {
            catalog.current().unknownCode(filter.area(), filter.commodity(), filter.market(), filter.source())
                    .ifPresent(error -> {
                        throw error;
                    });
        }
        return Uni.createFrom().voidItem();
    }
}
