package io.tradegraph.reference;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Node;

@Description("A trading partner (thị trường): a country, a bloc, a region or the world.")
public record Market(
        @NonNull @Description("Stable code: the ISO 3166-1 alpha-2 code for countries (CN, US), a name otherwise (EU, EUROPE).") String code,
        @NonNull @Description("Country, bloc, region or world.") MarketKind kind,
        @NonNull @Description("Vietnamese name, e.g. Trung Quốc.") String nameVi,
        @NonNull @Description("English name, e.g. China.") String nameEn,
        @Description("ISO 3166-1 alpha-2 code; null unless a country or territory.") String isoCode) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Market", code);
    }

}
