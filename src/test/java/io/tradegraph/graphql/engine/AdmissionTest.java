package io.tradegraph.graphql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;

/**
 * Admission runs at most its executions at once, hands a freed slot to the longest-waiting request, refuses at once
 * beyond its queue, and answers a request whose wait outlasts its deadline with its expiry rather than its work.
 */
class AdmissionTest {

    private final Vertx vertx = Vertx.vertx();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<Admission.Slot> slots = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private boolean enter(Admission admission, String name, long waitMillis) {
        return admission.enter(slot -> {
            events.add(name + " runs");
            slots.add(slot);
        }, () -> events.add(name + " expired"), waitMillis);
    }

    @Test
    void runsAsManyAsItsExecutionsAndTheRestInArrivalOrder() {
        Admission admission = new Admission(vertx, 2, 10);
        assertTrue(enter(admission, "a", 1000));
        assertTrue(enter(admission, "b", 1000));
        assertTrue(enter(admission, "c", 1000));
        assertTrue(enter(admission, "d", 1000));
        assertEquals(List.of("a runs", "b runs"), events);
        assertEquals(2, admission.running());
        assertEquals(2, admission.waiting());

        slots.get(1).leave();
        assertEquals(List.of("a runs", "b runs", "c runs"), events, "the first in line takes the slot");
        slots.get(1).leave();
        assertEquals(3, events.size(), "a slot left twice is left once");
        slots.get(0).leave();
        assertEquals(List.of("a runs", "b runs", "c runs", "d runs"), events);
        assertEquals(2, admission.running());
        assertEquals(0, admission.waiting());

        slots.get(2).leave();
        slots.get(3).leave();
        assertEquals(0, admission.running());
    }

    @Test
    void refusesAtOnceWhenTheQueueIsFullOrNoTimeIsLeft() {
        Admission admission = new Admission(vertx, 1, 1);
        assertTrue(enter(admission, "a", 1000));
        assertFalse(enter(admission, "no time", 0), "a request without time left does not wait");
        assertTrue(enter(admission, "b", 1000));
        assertFalse(enter(admission, "c", 1000), "the queue holds one");
        assertEquals(List.of("a runs"), events);
        slots.get(0).leave();
        assertEquals(List.of("a runs", "b runs"), events);
        assertTrue(enter(admission, "d", 1000), "room in line again");
    }

    @Test
    void aFreeExecutionNeedsNoTimeToWait() {
        Admission admission = new Admission(vertx, 1, 0);
        assertTrue(enter(admission, "a", 0));
        assertEquals(List.of("a runs"), events);
    }

    @Test
    void aRequestThatWaitsPastItsDeadlineExpiresAndNeverRuns() throws Exception {
        Admission admission = new Admission(vertx, 1, 5);
        assertTrue(enter(admission, "a", 1000));
        CompletableFuture<Void> expired = new CompletableFuture<>();
        assertTrue(admission.enter(slot -> events.add("b runs"), () -> {
            events.add("b expired");
            expired.complete(null);
        }, 50));
        expired.get(5, TimeUnit.SECONDS);
        assertEquals(0, admission.waiting());
        slots.get(0).leave();
        assertEquals(List.of("a runs", "b expired"), events);
        assertEquals(0, admission.running(), "the slot went to nobody: the expired request left the line");
    }

    @Test
    void aWaitingRequestResumesOnItsOwnContext() throws Exception {
        Admission admission = new Admission(vertx, 1, 5);
        assertTrue(enter(admission, "a", 1000));
        var context = vertx.getOrCreateContext();
        CompletableFuture<Boolean> resumed = new CompletableFuture<>();
        context.runOnContext(ignored -> admission.enter(slot -> resumed.complete(Vertx.currentContext() == context),
                () -> resumed.complete(false), 5000));
        while (admission.waiting() == 0) {
            Thread.onSpinWait();
        }
        slots.get(0).leave();
        assertTrue(resumed.get(5, TimeUnit.SECONDS));
    }
}
