package io.tradegraph.reference;

import java.util.Set;

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
        @Ignore String parentCode,
        /** Its code and the codes of the commodities within it, at any depth: what a figure of this one counts. */
        @Ignore Set<String> reach) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Commodity", code);
    }

    /** Whether figures of two commodities count some of the same trade (null is every commodity): one within the other. */
    public static boolean overlap(Commodity a, Commodity b) {
        return a == null || b == null || a.reach.contains(b.code) || b.reach.contains(a.code);
    }

}
