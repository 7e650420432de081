package io.tradegraph.core;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page stands in its connection (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("True when more items follow the last one of this page.") boolean hasNextPage,
        @NonNull @Description("True when items precede the first one of this page.") boolean hasPreviousPage,
        @Description("Cursor of the first item of this page; null on an empty page.") String startCursor,
        @Description("Cursor of the last item of this page: pass it as 'after' to get the next page.") String endCursor) {
}
