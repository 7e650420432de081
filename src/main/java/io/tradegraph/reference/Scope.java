package io.tradegraph.reference;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.tradegraph.core.Node;

@Description("A part of an area's trade that a figure is restricted to (phạm vi): a sector, such as the "
        + "foreign-invested one, or a restriction, such as excluding crude oil. A figure without a scope is the area's "
        + "whole trade; a scoped figure is never taken for it.")
public record Scope(
        @NonNull @Description("Stable code, e.g. FDI or EXCLUDING_CRUDE_OIL.") String code,
        @NonNull @Description("Sector or restriction.") ScopeKind kind,
        @NonNull @Description("Vietnamese name, e.g. Khu vực có vốn đầu tư nước ngoài.") String nameVi,
        @NonNull @Description("English name, e.g. Foreign-invested sector.") String nameEn,
        @Ignore String parentCode,
        /** The sectors that divide this one's parent (or the whole) between them, itself included. */
        @Ignore List<String> partition,
        /** Its code and the codes of the sectors within it: what a figure of this scope counts. */
        @Ignore Set<String> reach) implements Node {

    @Override
    @Id
    @NonNull
    @Description(Node.ID)
    public String getId() {
        return Node.id("Scope", code);
    }

    /**
     * Whether figures of two scopes count some of the same trade (null is the whole): one sector within the other,
     * or a restriction, which cuts across every sector.
     */
    public static boolean overlap(Scope a, Scope b) {
        return a == null || b == null || a.kind == ScopeKind.RESTRICTION || b.kind == ScopeKind.RESTRICTION
                || a.reach.contains(b.code) || b.reach.contains(a.code);
    }
}
