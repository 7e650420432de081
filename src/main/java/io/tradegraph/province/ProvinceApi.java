package io.tradegraph.province;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.mutiny.Uni;
import io.tradegraph.graphql.ClientError;
import io.tradegraph.graphql.PageRequest;
import io.tradegraph.graphql.Resolver;
import io.tradegraph.province.ProvinceConnection.ProvinceEdge;

@GraphQLApi
@Resolver
public class ProvinceApi {

    static final String NATION_CODE = "VN";

    private final AreaRepository areas;

    public ProvinceApi(AreaRepository areas) {
        this.areas = areas;
    }

    @Query("provinces")
    @Description("Provinces, centrally-run cities and the nation, ordered by code, one page at a time.")
    public Uni<ProvinceConnection> provinces(
            @Name("filter") @Description("Conditions on region, level, name and validity.") ProvinceFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, from 1 to 100.") int first,
            @Name("after") @Description("Cursor after which the page starts; omit it for the first page.") String after) {
        PageRequest page = PageRequest.of(first, after);
        return areas.count(filter).flatMap(total -> areas.page(filter, page).map(rows -> {
            List<Province> nodes = rows.stream().map(Province::from).toList();
            return new ProvinceConnection(page.edges(nodes, ProvinceEdge::new), page.pageInfo(nodes.size(), total), total);
        }));
    }

    @Query("province")
    @Description("The province (or the nation, code VN) with this code; an unknown code is an UNKNOWN_CODE error.")
    public Uni<@NonNull Province> province(@Name("code") @NonNull @Description("e.g. VN-57, VN2025-24 or VN.") String code) {
        return areas.findById(code).map(area -> {
            if (area == null) {
                throw new ClientError.UnknownCode("province", code, "Codes are ISO 3166-2:VN for units that existed "
                        + "before 1 July 2025 (e.g. VN-57), VN2025-<national code> for units created that day "
                        + "(e.g. VN2025-24) and VN for the nation; the 'provinces' query lists them.");
            }
            return Province.from(area);
        });
    }

    @Query("nation")
    @Description("Việt Nam as a whole, with the same fields as a province.")
    public Uni<@NonNull Province> nation() {
        return province(NATION_CODE);
    }

    @Name("successor")
    @Description("The unit this one merged into on 1 July 2025; null if it was not merged away.")
    public Uni<List<Province>> successor(@Source List<Province> provinces) {
        List<String> codes = provinces.stream().map(Province::successorCode).filter(c -> c != null).distinct().toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(provinces.stream().map(p -> (Province) null).toList());
        }
        return areas.findByCodes(codes).map(rows -> {
            Map<String, Province> byCode = byCode(rows);
            return provinces.stream().map(p -> p.successorCode() == null ? null : byCode.get(p.successorCode())).toList();
        });
    }

    @Name("members")
    @Description("The units that merged into this one on 1 July 2025; empty for units that were not created by a merger.")
    public Uni<List<@NonNull List<@NonNull Province>>> members(@Source List<Province> provinces) {
        Collection<String> codes = provinces.stream().map(Province::code).toList();
        return areas.findMembersOf(codes).map(rows -> {
            Map<String, List<Province>> bySuccessor = rows.stream().map(Province::from)
                    .collect(Collectors.groupingBy(Province::successorCode));
            return provinces.stream().map(p -> bySuccessor.getOrDefault(p.code(), List.of())).toList();
        });
    }

    private static Map<String, Province> byCode(List<AreaEntity> rows) {
        return rows.stream().map(Province::from).collect(Collectors.toMap(Province::code, Function.identity()));
    }
}
