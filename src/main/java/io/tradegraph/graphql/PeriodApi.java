package io.tradegraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.common.annotation.NonBlocking;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Period;
import io.tradegraph.reference.PeriodKind;

@GraphQLApi
public class PeriodApi {

    private final Catalog catalog;

    public PeriodApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @NonBlocking
    @Query("periods")
    @Description("Every period that some figure refers to, in chronological order.")
    public @NonNull List<@NonNull Period> periods(@Name("kind") @Description("Only periods of this kind.") PeriodKind kind) {
        List<Period> all = catalog.current().periods();
        return kind == null ? all : all.stream().filter(p -> p.kind() == kind).toList();
    }
}
