package io.tradegraph.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.Resolver;

@GraphQLApi
@Resolver
public class SourceApi {

    private final SourceRepository sources;

    public SourceApi(SourceRepository sources) {
        this.sources = sources;
    }

    @Query("sources")
    @Description("Every article the figures come from, ordered by code.")
    public Uni<@NonNull List<@NonNull Source>> sources() {
        return sources.listOrdered().map(rows -> rows.stream().map(Source::from).toList());
    }
}
