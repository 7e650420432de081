package io.tradegraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void theEndCursorOfAPageStartsTheNextPageRightAfterIt() {
        PageRequest first = PageRequest.of(3, null);
        PageInfo info = first.pageInfo(3, 7);

        PageRequest second = PageRequest.of(3, info.endCursor());

        assertEquals(0, first.offset());
        assertEquals(3, second.offset());
        assertTrue(info.hasNextPage());
        assertFalse(info.hasPreviousPage());
        assertTrue(second.pageInfo(3, 7).hasPreviousPage());
    }

    @Test
    void theLastPageHasNoNextPage() {
        PageInfo info = new PageRequest(6, 3).pageInfo(1, 7);

        assertFalse(info.hasNextPage());
        assertEquals(info.startCursor(), info.endCursor());
    }

    @Test
    void anEmptyPageHasNoCursors() {
        PageInfo info = PageRequest.of(5, null).pageInfo(0, 0);

        assertNull(info.startCursor());
        assertNull(info.endCursor());
        assertFalse(info.hasNextPage());
    }

    @Test
    void edgesCarryTheCursorOfTheirPosition() {
        PageRequest page = new PageRequest(10, 2);
        List<String> cursors = page.edges(List.of("a", "b"), (cursor, node) -> cursor);

        assertEquals(11, PageRequest.of(1, cursors.get(0)).offset());
        assertEquals(12, PageRequest.of(1, cursors.get(1)).offset());
    }

    @Test
    void pageSizesOutsideOneToAHundredAreRejected() {
        assertThrows(ClientError.PageSizeOutOfRange.class, () -> PageRequest.of(0, null));
        assertThrows(ClientError.PageSizeOutOfRange.class, () -> PageRequest.of(101, null));
        assertEquals(100, PageRequest.of(100, null).limit());
    }

    @Test
    void cursorsNotIssuedByTheServiceAreRejected() {
        String negative = Base64.getUrlEncoder().encodeToString("tradegraph:-4".getBytes());
        String foreign = Base64.getUrlEncoder().encodeToString("other:4".getBytes());

        assertThrows(ClientError.InvalidCursor.class, () -> PageRequest.of(5, "%%%"));
        assertThrows(ClientError.InvalidCursor.class, () -> PageRequest.of(5, negative));
        assertThrows(ClientError.InvalidCursor.class, () -> PageRequest.of(5, foreign));
    }
}
