package io.tradegraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.tradegraph.graphql.GraphQLClient;

@QuarkusTest
class ProvincePaginationTest {

    @Test
    void followingEndCursorsVisitsEveryAreaOnceInCodeOrder() {
        List<String> codes = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean hasNext = true;
        while (hasNext) {
            String afterArgument = after == null ? "" : ", after: \"" + after + "\"";
            JsonObject connection = GraphQLClient.post("{ provinces(first: 10" + afterArgument + ") { totalCount "
                    + "edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage endCursor } } }")
                    .getJsonObject("data").getJsonObject("provinces");
            connection.getJsonArray("edges").forEach(e -> codes.add(e.asJsonObject().getJsonObject("node").getString("code")));
            JsonObject pageInfo = connection.getJsonObject("pageInfo");
            assertEquals(pages > 0, pageInfo.getBoolean("hasPreviousPage"));
            assertEquals(87, connection.getInt("totalCount"));
            hasNext = pageInfo.getBoolean("hasNextPage");
            after = pageInfo.getString("endCursor");
            pages++;
        }

        assertEquals(9, pages);
        assertEquals(87, codes.size());
        assertEquals(codes.stream().sorted().distinct().toList(), codes, "every area once, in code order");
        assertTrue(codes.containsAll(List.of("VN", "VN-57", "VN2025-24")));
    }
}
