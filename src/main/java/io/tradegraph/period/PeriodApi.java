package io.tradegraph.period;

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
public class PeriodApi {

    private final PeriodRepository periods;

    public PeriodApi(PeriodRepository periods) {
        this.periods = periods;
    }

    @Query("periods")
    @Description("Every period that some figure refers to, in chronological order.")
    public Uni<@NonNull List<@NonNull Period>> periods(@Name("kind") @Description("Only periods of this kind.") PeriodKind kind) {
        return periods.listByKind(kind).map(rows -> rows.stream().map(Period::from).toList());
    }
}
