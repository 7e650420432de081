package io.tradegraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.common.annotation.NonBlocking;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Scope;

@GraphQLApi
public class ScopeApi {

    private final Catalog catalog;

    public ScopeApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @NonBlocking
    @Query("scopes")
    @Description("Every sector and restriction a figure can be scoped to, ordered by code.")
    public @NonNull List<@NonNull Scope> scopes() {
        return catalog.current().scopes();
    }

    @NonBlocking
    @Name("parent")
    @Description("The sector this one lies within (the state sector within the domestic one); null for the others.")
    public Scope parent(@Source Scope scope) {
        return scope.parentCode() == null ? null : catalog.current().scopeByCode().get(scope.parentCode());
    }
}
