package io.tradegraph.graphql;

import io.smallrye.mutiny.Uni;
import io.tradegraph.core.Node;

/** Finds the objects of one type by their key, for {@code node(id:)}: one for each type that implements {@link Node}. */
public interface NodeLookup {

    /** The type's name, which is the part of an id before the colon. */
    String type();

    /** The object with this key, or null if there is none. */
    Uni<? extends Node> find(String key);
}
