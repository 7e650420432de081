package io.tradegraph.reference;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Node;

@Description("A product or product group (mặt hàng). Groups such as 'items above USD 1 billion' are commodities "
        + "too, because the articles state shares for them.")
public record Commodity(
        @NonNull @Description("Stable code, e.g. WOOD or TEXTILES.") String code,
        @NonNull @Description("Vietnamese name, e.g. Gỗ và sản phẩm gỗ.") String nameVi,
        @NonNull @Description("English name, e.g. Wood and wood products.") String nameEn,
        @Ignore String parentCode) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Commodity", code);
    }

}
