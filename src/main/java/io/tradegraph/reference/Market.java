package io.tradegraph.reference;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Node;

@Description("A trading partner (thị trường): a country, a bloc, a region or the world.")
public record Market(
        @NonNull @Description("Stable code: the ISO 3166-1 alpha-2 code for countries (CN, US), a name otherwise (EU, EUROPE).") String code,
        @NonNull @Description("Country, bloc, region or world.") MarketKind kind,
        @NonNull @Description("Vietnamese name, e.g. Trung Quốc.") String nameVi,
        @NonNull @Description("English name, e.g. China.") String nameEn,
        @Description("ISO 3166-1 alpha-2 code; null unless a country or territory.") String isoCode,
        /** The markets a region or bloc is made of, as far as the catalog names them, by code. */
        @Ignore List<String> memberCodes,
        /** Its code and the codes of every market within it, members of members included. */
        @Ignore Set<String> reach) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Market", code);
    }

    /**
     * Whether figures of two markets count some of the same trade (null is every market): the world and anything,
     * a region and its members, two groups with a member in common.
     */
    public static boolean overlap(Market a, Market b) {
        if (a == null || b == null || a.kind == MarketKind.WORLD || b.kind == MarketKind.WORLD) {
            return true;
        }
        for (String code : a.reach) {
            if (b.reach.contains(code)) {
                return true;
            }
        }
        return false;
    }
}
