package io.tradegraph.figure;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.tradegraph.catalog.Catalog;
import io.tradegraph.figure.FigureConnection.FigureEdge;
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
        FigureFilter.requireOrdered(filter);
        return figures.count(filter).flatMap(total -> total == 0
                ? Uni.createFrom().item(() -> {
                    FigureFilter.requireKnownCodes(filter, catalog.current());
                    return new FigureConnection(List.of(), page.pageInfo(0, 0), 0);
                })
                : figures.page(filter, orderBy, page).map(nodes ->
                        new FigureConnection(page.edges(nodes, FigureEdge::new), page.pageInfo(nodes.size(), total), total)));
    }
}
