package io.tradegraph.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.common.annotation.NonBlocking;
import io.tradegraph.core.PageRequest;
import io.tradegraph.reference.Catalog;
import io.tradegraph.reference.Province;
import io.tradegraph.reference.ProvinceConnection.ProvinceEdge;
import io.tradegraph.reference.ProvinceConnection;
import io.tradegraph.reference.ProvinceFilter;

/** Areas come from the catalog in memory: no field here touches the database. */
@GraphQLApi
public class ProvinceApi {

    static final String NATION_CODE = "VN";

    private final Catalog catalog;

    public ProvinceApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @NonBlocking
    @Query("provinces")
    @Description("Provinces, centrally-run cities and the nation, ordered by code, one page at a time.")
    public @NonNull ProvinceConnection provinces(
            @Name("filter") @Description("Conditions on region, level, name and validity.") ProvinceFilter filter,
            @Name("first") @Description(PageRequest.FIRST + " Without first or last: the first "
                    + PageRequest.PROVINCES_BY_DEFAULT + ".") Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        List<Province> matching = filter == null ? catalog.current().areas()
                : catalog.current().areas().stream().filter(filter.matcher()).toList();
        PageRequest page = PageRequest.of(PageRequest.PROVINCES, first, after, last, before, PageRequest.PROVINCES_BY_DEFAULT, matching.size());
        List<Province> nodes = page.slice(matching);
        return new ProvinceConnection(page.edges(nodes, ProvinceEdge::new), page.pageInfo(nodes.size(), matching.size()),
                matching.size());
    }

    @NonBlocking
    @Query("province")
    @Description("The province (or the nation, code VN) with this code; an unknown code is an UNKNOWN_CODE error on "
            + "this field alone, which is then null.")
    public Province province(@Name("code") @NonNull @Description("e.g. VN-57, VN2025-24 or VN.") String code) {
        return catalog.current().area(code);
    }

    @NonBlocking
    @Query("nation")
    @Description("Việt Nam as a whole, with the same fields as a province.")
    public @NonNull Province nation() {
        return catalog.current().area(NATION_CODE);
    }

    @NonBlocking
    @Name("successor")
    @Description("The unit this one merged into on 1 July 2025; null if it was not merged away.")
    public Province successor(@Source Province province) {
        return province.successorCode() == null ? null : catalog.current().area(province.successorCode());
    }

    @NonBlocking
    @Name("members")
    @Description("The units that merged into this one on 1 July 2025, in code order; empty for units that were not "
            + "created by a merger.")
    public @NonNull List<@NonNull Province> members(@Source Province province) {
        return catalog.current().membersOf(province.code());
    }
}
