package io.tradegraph.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;


/**
 * Relay's object identification: every entity has a global id, the same on every replica and in every release, by
 * which {@code node(id:)} fetches it again and client caches (Apollo, urql, Relay) normalise it with no configuration.
 * An id is opaque, as Relay's convention has it: the type's name and the entity's own key, {@code Province:VN-57},
 * in URL-safe Base64, so that a cache that prefixes the type name itself (Apollo's {@code Province:…}) does not
 * repeat it, and no client is tempted to build ids by hand.
 * <p>
 * Computed views (a province's period, a commodity's trade in it, a derived value) have no id on purpose: what they
 * hold depends on the arguments they were asked with (asOf, geography, flow), so a cache must keep them under their
 * parent, not merge them by identity.
 */
@Description("An object with a global identifier, fetched again with node(id:).")
public interface Node {

    String ID = "Global identifier, opaque (Relay's convention): the same on every replica and in every release; "
            + "compare it whole, pass it to node(id:).";

    /** Implementations repeat these annotations: SmallRye reads them on the implementing method only. */
    @Id
    @NonNull
    @Description(ID)
    String getId();

    static String id(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The type and key an id names, or null when it is not an id of this service. */
    static Key parse(String id) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon <= 0 || !id(text.substring(0, colon), text.substring(colon + 1)).equals(id) ? null
                    : new Key(text.substring(0, colon), text.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** What an id names: an object's type and its key within the type. */
    record Key(String type, String key) {
    }
}
