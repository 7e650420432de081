package io.tradegraph.graphql;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.Loads;
import io.tradegraph.core.PageRequest;
import io.tradegraph.figure.Figure;
import io.tradegraph.figure.FigureChange;
import io.tradegraph.figure.FigureConnection.FigureEdge;
import io.tradegraph.figure.FigureConnection;
import io.tradegraph.figure.FigureFilter;
import io.tradegraph.figure.FigureImporter;
import io.tradegraph.figure.FigureInput;
import io.tradegraph.figure.FigureOrder;
import io.tradegraph.figure.FigureRepository;
import io.tradegraph.figure.FigureRevision;
import io.tradegraph.figure.FigureRules;
import io.tradegraph.figure.Flow;
import io.tradegraph.figure.ImportReport;
import io.tradegraph.reference.Catalog;

@GraphQLApi
public class FigureApi {

    private final FigureRepository figures;
    private final FigureImporter importer;
    private final Catalog catalog;
    private final Editor editor;
    private final FigureChanges changes;

    public FigureApi(FigureRepository figures, FigureImporter importer, Catalog catalog, Editor editor,
            FigureChanges changes) {
        this.changes = changes;
        this.figures = figures;
        this.importer = importer;
        this.catalog = catalog;
        this.editor = editor;
    }

    @Query("figures")
    @Description("The figures as the articles state them, filtered and ordered, one page at a time.")
    public Uni<@NonNull FigureConnection> figures(
            @Name("filter") @Description("Conditions on area, period, flow, commodity, market, status and source.") FigureFilter filter,
            @Name("orderBy") @Description("Keys to order by, in turn, e.g. [AREA, AMOUNT_DESC]; one key may be given "
                    + "alone. Default: PERIOD.") List<FigureOrder> orderBy,
            @Name("first") @Description(PageRequest.FIRST + " Without first or last: the first "
                    + PageRequest.FIGURES_BY_DEFAULT + ".") Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before,
            @Name("asOf") @Description("Answer as the data stood at this instant (default: now).") OffsetDateTime asOf) {
        // Refused before anything is read; the page itself is known once the figures are counted.
        PageRequest.requireValid(PageRequest.FIGURES, first, after, last, before, PageRequest.FIGURES_BY_DEFAULT);
        FigureFilter.requireSatisfiable(filter);
        return figures.count(filter, asOf).flatMap(total -> {
            PageRequest page = PageRequest.of(PageRequest.FIGURES, first, after, last, before, PageRequest.FIGURES_BY_DEFAULT, total);
            return total == 0
                    ? Uni.createFrom().item(() -> {
                        FigureFilter.requireKnownCodes(filter, catalog.current());
                        return new FigureConnection(List.of(), page.pageInfo(0, 0), 0);
                    })
                    : figures.page(filter, orderBy, page, asOf).map(nodes -> new FigureConnection(
                            page.edges(nodes, FigureEdge::new), page.pageInfo(nodes.size(), total), total));
        });
    }

    @Query("figureHistory")
    @Description("Every revision of one figure, first to last, retracted figures included (which no other read "
            + "returns, except as of an instant before their retraction).")
    public Uni<@NonNull List<@NonNull FigureRevision>> figureHistory(
            @Name("code") @NonNull @Description("The figure's code, e.g. 003-16.") String code) {
        return figures.revisions(List.of(code)).invoke(revisions -> {
            if (revisions.isEmpty()) {
                throw FigureImporter.unknownFigure(code);
            }
        });
    }

    @Loads({})
    @Name("history")
    @Description("Every revision of this figure, first to last, with who recorded each, when and why: no value is "
            + "ever lost.")
    public Uni<@NonNull List<@NonNull List<@NonNull FigureRevision>>> history(@Source List<Figure> of) {
        // Batched: one statement for every figure of a list. No arguments, so SmallRye's batching by source is right.
        List<String> codes = of.stream().map(Figure::code).distinct().toList();
        return figures.revisions(codes).map(revisions -> {
            Map<String, List<FigureRevision>> byCode = new LinkedHashMap<>();
            revisions.forEach(r -> byCode.computeIfAbsent(r.figure().code(), code -> new ArrayList<>()).add(r));
            return of.stream().map(figure -> byCode.getOrDefault(figure.code(), List.of())).toList();
        });
    }

    @Subscription("figuresChanged")
    @Description("Each committed write of figures, on any replica, as it happens: new figures, revisions and "
            + "retractions, about an area and a flow if given. Over WebSocket (graphql-transport-ws) at /graphql; no "
            + "token needed.")
    public Multi<@NonNull FigureChange> figuresChanged(
            @Name("area") @Description("Only figures of this area, e.g. VN-57.") String area,
            @Name("flow") @Description("Only figures of this flow.") Flow flow) {
        if (area != null && !catalog.current().areaByCode().containsKey(area)) {
            throw new ClientError.UnknownCode("area", area, "Use a code from 'provinces', e.g. VN-57, or VN.");
        }
        return changes.about(area, flow);
    }

    @Mutation("importFigures")
    @RolesAllowed(Editor.ROLE)
    @Description("Adds an article's figures, revises those stored with other values and leaves those stored alike, in "
            + "one transaction: every row is checked first, and one bad row writes nothing (error INVALID_IMPORT lists "
            + "each with its field and reason). Needs an editor's token.")
    public Uni<@NonNull ImportReport> importFigures(
            @Name("source") @NonNull @Description("The code of the source the figures come from (addSource).") String source,
            @Name("figures") @NonNull @Description("The figures, each with a code that starts with the source's.")
            List<@NonNull FigureInput> rows,
            @Name("idempotencyKey") @Description("A key of the client's choosing: the same import sent again with it "
                    + "gets the first report and writes nothing; the key with other rows is refused "
                    + "(IDEMPOTENCY_KEY_REUSED).") String idempotencyKey,
            @Name("reason") @Description("Why figures stored with other values are revised; recorded in their history.")
            String reason) {
        requireReason(reason, false);
        return editor.name().chain(author -> importer.importFigures(source, rows, idempotencyKey, author,
                reason != null ? reason : "Imported again from source " + source + " with other values"));
    }

    @Mutation("reviseFigure")
    @RolesAllowed(Editor.ROLE)
    @Description("Records a new revision of a figure: the figure as it should now read, replacing the revision the "
            + "editor read (CONFLICT if another editor revised it since). The old values stay in its history. Needs an "
            + "editor's token.")
    public Uni<@NonNull FigureRevision> reviseFigure(
            @Name("code") @NonNull @Description("The figure's code.") String code,
            @Name("revision") @NonNull @Description("The revision the change was made to, as read from 'revision'.") int revision,
            @Name("figure") @NonNull @Description("The figure as it should now read, with the same code.") FigureInput figure,
            @Name("reason") @NonNull @Description("Why, for the history: 1 to 500 characters.") String reason) {
        requireReason(reason, true);
        return write(code, author -> importer.revise(code, revision, current -> figure, false, author, reason));
    }

    @Mutation("retractFigure")
    @RolesAllowed(Editor.ROLE)
    @Description("Retracts a figure: it no longer answers reads from now on, and its history keeps every value it had. "
            + "CONFLICT if another editor revised it since the given revision. Needs an editor's token.")
    public Uni<@NonNull FigureRevision> retractFigure(
            @Name("code") @NonNull @Description("The figure's code.") String code,
            @Name("revision") @NonNull @Description("The revision being retracted, as read from 'revision'.") int revision,
            @Name("reason") @NonNull @Description("Why, for the history: 1 to 500 characters.") String reason) {
        requireReason(reason, true);
        return write(code, author -> importer.revise(code, revision, current -> current, true, author, reason));
    }

    /** Runs a revision as its author and answers with the revision written, read once it has committed. */
    private Uni<FigureRevision> write(String code, java.util.function.Function<String, Uni<Void>> revision) {
        return editor.name().chain(revision::apply)
                .chain(written -> figures.revisions(List.of(code)).map(all -> all.get(all.size() - 1)));
    }

    private static void requireReason(String reason, boolean required) {
        FigureRules.requireReason("reason", reason, required);
    }
}
