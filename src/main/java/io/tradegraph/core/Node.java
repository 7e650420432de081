package io.tradegraph.core;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;


/**
 * Relay's object identification: every entity has a global id, the same on every replica and in every release, by
 * which {@code node(id:)} fetches it again and client caches (Apollo, urql, Relay) normalise it with no configuration.
 * An id is the type's name and the entity's own key, {@code Province:VN-57}; clients treat it as opaque.
 * <p>
 * Computed views (a province's period, a commodity's trade in it, a derived value) have no id on purpose: what they
 * hold depends on the arguments they were asked with (asOf, geography, flow), so a cache must keep them under their
 * parent, not merge them by identity.
 */
@Description("An object with a global identifier, fetched again with node(id:).")
public interface Node {

    String ID = "Global identifier: the type and the object's key, e.g. Province:VN-57. Stable; compare it whole.";

    /** Implementations repeat these annotations: SmallRye reads them on the implementing method only. */
    @Id
    @NonNull
    @Description(ID)
    String getId();

    static String id(String type, String key) {
        return type + ":" + key;
    }
}
