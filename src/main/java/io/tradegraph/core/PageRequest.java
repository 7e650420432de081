package io.tradegraph.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * A page asked for with Relay's arguments: {@code first} items after the cursor {@code after}, or the {@code last}
 * items before the cursor {@code before} (either cursor optional, both allowed). Cursors are opaque to clients; they
 * encode the connection that issued them and the position in its stable order, which is all that read-mostly
 * statistics need: a cursor of one connection is refused by another.
 */
public record PageRequest(String connection, int offset, int limit) {

    public static final int MAX_PAGE_SIZE = 100;
    /** Page sizes without first or last, per connection (the cost model counts them too). */
    public static final int PROVINCES_BY_DEFAULT = 20;
    public static final int FIGURES_BY_DEFAULT = 50;
    /** The connections, as their cursors name them. */
    public static final String PROVINCES = "provinces";
    public static final String FIGURES = "figures";
    /** Far beyond any list the service holds, and far enough below the largest int that offset + limit stays one. */
    private static final int MAX_POSITION = 1_000_000_000;
    private static final String PREFIX = "tradegraph:";

    public static final String FIRST = "How many to return from the start of the window, from 1 to 100.";
    public static final String AFTER = "Cursor after which the window starts; omit it to start at the beginning.";
    public static final String LAST = "How many to return from the end of the window, from 1 to 100 (instead of first).";
    public static final String BEFORE = "Cursor before which the window ends; omit it to end at the end.";

    /**
     * The page of a list of {@code total} items that the arguments ask for (Relay's cursor connections): the window
     * between the cursors, then its first {@code first} or its last {@code last} items; {@code defaultSize} from
     * the start when neither is given.
     */
    public static PageRequest of(String connection, Integer first, String after, Integer last, String before,
            int defaultSize, long total) {
        int size = requireValid(connection, first, after, last, before, defaultSize);
        long start = after == null ? 0 : decode(connection, after) + 1L;
        long end = Math.max(start, before == null ? total : Math.min(decode(connection, before), total));
        if (last != null) {
            start = Math.max(start, end - size);
        } else {
            end = Math.min(end, start + size);
        }
        return new PageRequest(connection, (int) start, (int) (end - start));
    }

    /** Refuses arguments no page answers (before anything is read); returns the page size they ask for. */
    public static int requireValid(String connection, Integer first, String after, Integer last, String before,
            int defaultSize) {
        if (first != null && last != null) {
            throw new ClientError.InvalidArgument("Ask for 'first' (going forwards) or 'last' (going backwards), "
                    + "not both.");
        }
        int size = first != null ? first : last != null ? last : defaultSize;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ClientError.PageSizeOutOfRange(size, MAX_PAGE_SIZE);
        }
        if (after != null) {
            decode(connection, after);
        }
        if (before != null) {
            decode(connection, before);
        }
        return size;
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

    private String encode(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + connection + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String connection, String cursor) {
        String issuer = null;
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = text.lastIndexOf(':');
            if (text.startsWith(PREFIX) && colon > PREFIX.length()) {
                issuer = text.substring(PREFIX.length(), colon);
                int position = Integer.parseInt(text.substring(colon + 1));
                if (issuer.equals(connection) && position >= 0 && position < MAX_POSITION) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client error below; NumberFormatException is an IllegalArgumentException
        }
        throw issuer != null && !issuer.equals(connection) && issuer.matches("[a-z]{1,40}")
                ? new ClientError.InvalidCursor("This cursor is a position in '" + issuer + "', not in '" + connection
                        + "': pass a cursor that '" + connection + "' gave.")
                : new ClientError.InvalidCursor("The cursor was not issued by this service; use an 'endCursor' or "
                        + "'cursor' from a previous page of '" + connection + "'.");
    }
}
