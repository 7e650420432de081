package io.tradegraph.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Source;
import io.tradegraph.reference.SourceImporter;
import io.tradegraph.reference.SourceInput;

@GraphQLApi
public class SourceApi {

    private final Catalog catalog;
    private final SourceImporter importer;
    private final Editor editor;

    public SourceApi(Catalog catalog, SourceImporter importer, Editor editor) {
        this.catalog = catalog;
        this.importer = importer;
        this.editor = editor;
    }

    @Mutation("addSource")
    @RolesAllowed(Editor.ROLE)
    @Description("Adds an article to take figures from. Sending the same source again changes nothing; its code with "
            + "other details is a CONFLICT. Needs an editor's token.")
    public Uni<@NonNull Source> addSource(@Name("source") @NonNull @Description("The article.") SourceInput source) {
        return editor.name().chain(author -> importer.add(source, author))
                .map(ignored -> catalog.current().sourceByCode().get(source.code()));
    }

    @NonBlocking
    @Query("sources")
    @Description("Every article the figures come from, ordered by code.")
    public @NonNull List<@NonNull Source> sources(
            @Name("asOf") @Description("Only the articles the service had at this instant (default: now).") OffsetDateTime asOf) {
        List<Source> all = catalog.current().sources();
        return asOf == null ? all : all.stream().filter(source -> !source.recordedAt().isAfter(asOf)).toList();
    }
}
