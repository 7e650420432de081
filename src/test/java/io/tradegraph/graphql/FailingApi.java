package io.tradegraph.graphql;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.mutiny.Uni;

/** A resolver that fails unexpectedly, present in the test application only. */
@GraphQLApi
public class FailingApi {

    static final String SECRET = "password=hunter2 at db.internal:5432";

    @Query("failingForTest")
    public Uni<String> failingForTest() {
        return Uni.createFrom().failure(new IllegalStateException(SECRET));
    }
}
