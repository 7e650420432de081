package io.tradegraph.reference;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.PageInfo;

@Description("A page of provinces, ordered by code.")
public record ProvinceConnection(
        @NonNull @Description("The provinces of this page, each with its cursor.") List<@NonNull ProvinceEdge> edges,
        @NonNull @Description("Whether more pages exist, and the cursors to reach them.") PageInfo pageInfo,
        @NonNull @Description("Number of provinces matching the filter, over all pages.") long totalCount) {

    @Description("A province and its position in the connection.")
    public record ProvinceEdge(
            @NonNull @Description("Opaque position; pass it as 'after' to continue after this province.") String cursor,
            @NonNull @Description("The province.") Province node) {
    }
}
