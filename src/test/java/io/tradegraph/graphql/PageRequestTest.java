package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tradegraph.core.ClientError;
import io.tradegraph.core.PageInfo;
import io.tradegraph.core.PageRequest;

class PageRequestTest {

    private static PageRequest forwards(int first, String after) {
        return PageRequest.of(PageRequest.PROVINCES, first, after, null, null, 20, 1000);
    }

    private static String cursor(int position) {
        return new PageRequest(PageRequest.PROVINCES, position, 1).edges(List.of("node"), (cursor, node) -> cursor).get(0);
    }

    @Test
    void lastTakesTheEndOfTheWindowBetweenTheCursors() {
        assertEquals(new PageRequest(PageRequest.PROVINCES, 7, 3), PageRequest.of(PageRequest.PROVINCES, null, null, 3, null, 20, 10));
        assertEquals(new PageRequest(PageRequest.PROVINCES, 2, 3), PageRequest.of(PageRequest.PROVINCES, null, null, 3, cursor(5), 20, 10));
        assertEquals(new PageRequest(PageRequest.PROVINCES, 3, 2), PageRequest.of(PageRequest.PROVINCES, null, cursor(2), 3, cursor(5), 20, 10));
        assertEquals(new PageRequest(PageRequest.PROVINCES, 0, 2), PageRequest.of(PageRequest.PROVINCES, null, null, 5, cursor(2), 20, 10));
        assertEquals(new PageRequest(PageRequest.PROVINCES, 3, 2), PageRequest.of(PageRequest.PROVINCES, 5, cursor(2), null, cursor(5), 20, 10));
    }

    @Test
    void neitherFirstNorLastIsTheDefaultSizeFromTheStart() {
        assertEquals(new PageRequest(PageRequest.PROVINCES, 0, 20), PageRequest.of(PageRequest.PROVINCES, null, null, null, null, 20, 1000));
        assertEquals(new PageRequest(PageRequest.PROVINCES, 0, 7), PageRequest.of(PageRequest.PROVINCES, null, null, null, null, 20, 7));
    }

    @Test
    void firstAndLastTogetherAreRefused() {
        assertThrows(ClientError.InvalidArgument.class, () -> PageRequest.of(PageRequest.PROVINCES, 2, null, 2, null, 20, 10));
        assertThrows(ClientError.PageSizeOutOfRange.class, () -> PageRequest.of(PageRequest.PROVINCES, null, null, 0, null, 20, 10));
        assertThrows(ClientError.InvalidCursor.class, () -> PageRequest.of(PageRequest.PROVINCES, null, null, 2, "%%%", 20, 10));
    }

    @Test
    void aCursorIsRefusedByAnotherConnectionThanTheOneThatIssuedIt() {
        ClientError.InvalidCursor refused = assertThrows(ClientError.InvalidCursor.class,
                () -> PageRequest.of(PageRequest.FIGURES, 3, cursor(2), null, null, 50, 10));
        assertEquals("This cursor is a position in 'provinces', not in 'figures': pass a cursor that 'figures' gave.",
                refused.getMessage());
        assertEquals(3, PageRequest.of(PageRequest.PROVINCES, 3, cursor(2), null, null, 50, 10).offset());
    }

    @Test
    void theEndCursorOfAPageStartsTheNextPageRightAfterIt() {
        PageRequest first = forwards(3, null);
        PageInfo info = first.pageInfo(3, 7);

        PageRequest second = forwards(3, info.endCursor());

        assertEquals(0, first.offset());
        assertEquals(3, second.offset());
        assertTrue(info.hasNextPage());
        assertFalse(info.hasPreviousPage());
        assertTrue(second.pageInfo(3, 7).hasPreviousPage());
    }

    @Test
    void theLastPageHasNoNextPage() {
        PageInfo info = new PageRequest(PageRequest.PROVINCES, 6, 3).pageInfo(1, 7);

        assertFalse(info.hasNextPage());
        assertEquals(info.startCursor(), info.endCursor());
    }

    @Test
    void anEmptyPageHasNoCursors() {
        PageInfo info = forwards(5, null).pageInfo(0, 0);

        assertNull(info.startCursor());
        assertNull(info.endCursor());
        assertFalse(info.hasNextPage());
    }

    @Test
    void edgesCarryTheCursorOfTheirPosition() {
        PageRequest page = new PageRequest(PageRequest.PROVINCES, 10, 2);
        List<String> cursors = page.edges(List.of("a", "b"), (cursor, node) -> cursor);

        assertEquals(11, forwards(1, cursors.get(0)).offset());
        assertEquals(12, forwards(1, cursors.get(1)).offset());
    }

    @Test
    void pageSizesOutsideOneToAHundredAreRejected() {
        assertThrows(ClientError.PageSizeOutOfRange.class, () -> forwards(0, null));
        assertThrows(ClientError.PageSizeOutOfRange.class, () -> forwards(101, null));
        assertEquals(100, forwards(100, null).limit());
    }

    @Test
    void cursorsNotIssuedByTheServiceAreRejected() {
        String negative = Base64.getUrlEncoder().encodeToString("tradegraph:-4".getBytes());
        String foreign = Base64.getUrlEncoder().encodeToString("other:4".getBytes());

        assertThrows(ClientError.InvalidCursor.class, () -> forwards(5, "%%%"));
        assertThrows(ClientError.InvalidCursor.class, () -> forwards(5, negative));
        assertThrows(ClientError.InvalidCursor.class, () -> forwards(5, foreign));
    }
}
