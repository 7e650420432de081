package io.tradegraph.graphql;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;
import io.tradegraph.core.ClientError;
import io.tradegraph.core.Node;
import io.tradegraph.operations.RequestLog;

/** {@code node(id:)}: any object with an id, found by the lookup of its type. */
@GraphQLApi
public class NodeApi {

    /** Far longer than any id the service gives; checked before decoding. */
    private static final int MAX_ID_LENGTH = 400;

    private final Map<String, NodeLookup> lookups;

    public NodeApi(Instance<NodeLookup> lookups) {
        this.lookups = lookups.stream().collect(Collectors.toUnmodifiableMap(NodeLookup::type, Function.identity()));
    }

    @Query("node")
    @Description("The object with this global id (Relay's object identification), or null if it does not exist "
            + "(any more). An id that no object could have is an INVALID_ARGUMENT error.")
    public Uni<Node> node(@Name("id") @Id @NonNull @Description("An id as an object's 'id' field gives it.") String id) {
        Node.Key key = id.length() > MAX_ID_LENGTH ? null : Node.parse(id);
        NodeLookup lookup = key == null ? null : lookups.get(key.type());
        if (lookup == null) {
            return Uni.createFrom().failure(new ClientError.InvalidArgument("'" + RequestLog.printable(id, 80) + "' is "
                    + "not an id of this service: pass the value of an object's 'id' field as it is."));
        }
        return lookup.find(key.key()).map(Node.class::cast);
    }
}
