package io.tradegraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * A page asked for with Relay's {@code first} and {@code after}. Cursors are opaque to clients; they encode the
 * position in the connection's stable order, which is all that read-mostly statistics need.
 */
public record PageRequest(int offset, int limit) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Far beyond any list the service holds, and far enough below the largest int that offset + limit stays one. */
    private static final int MAX_POSITION = 1_000_000_000;
    private static final String PREFIX = "tradegraph:";

    public static PageRequest of(int first, String after) {
        if (first < 1 || first > MAX_PAGE_SIZE) {
            throw new ClientError.PageSizeOutOfRange(first, MAX_PAGE_SIZE);
        }
        return new PageRequest(after == null ? 0 : decode(after) + 1, first);
    }

    /** The edges of the page, each with its cursor, built from the nodes the query returned. */
    public <N, E> List<E> edges(List<N> nodes, BiFunction<String, N, E> edge) {
        return IntStream.range(0, nodes.size()).mapToObj(i -> edge.apply(encode(offset + i), nodes.get(i))).toList();
    }

    public PageInfo pageInfo(int pageSize, long totalCount) {
        return new PageInfo(offset + pageSize < totalCount, offset > 0,
                pageSize == 0 ? null : encode(offset),
                pageSize == 0 ? null : encode(offset + pageSize - 1));
    }

    /** This page of a list held in memory. */
    public <T> List<T> slice(List<T> all) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    }

    private static String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int position = Integer.parseInt(text.substring(PREFIX.length()));
                if (position >= 0 && position < MAX_POSITION) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client error below; NumberFormatException is an IllegalArgumentException
        }
        throw new ClientError.InvalidCursor();
    }
}
