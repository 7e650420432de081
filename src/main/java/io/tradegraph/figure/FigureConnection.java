package io.tradegraph.figure;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.PageInfo;

@Description("A page of figures.")
public record FigureConnection(
        @NonNull @Description("The figures of this page, each with its cursor.") List<@NonNull FigureEdge> edges,
        @NonNull @Description("Whether more pages exist, and the cursors to reach them.") PageInfo pageInfo,
        @NonNull @Description("Number of figures matching the filter, over all pages.") long totalCount) {

    @Description("A figure and its position in the connection.")
    public record FigureEdge(
            @NonNull @Description("Opaque position; pass it as 'after' to continue after this figure.") String cursor,
            @NonNull @Description("The figure.") Figure node) {
    }
}
