package io.tradegraph.graphql.engine;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.tradegraph.graphql.Limits;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Admission in front of execution: at most {@link Limits#executions()} GraphQL executions at once on this replica,
 * the next {@link Limits#queue()} waiting in arrival order, each no longer than its own deadline, and any beyond
 * refused at once. Why: past what the cores and the pool can serve, every execution admitted only slows the others
 * (more answers half-built on the heap, more statements waiting for a connection), so that 64 clients would cost
 * more per request than 16; in line, they cost what 16 do, and a client refused is told so in a millisecond
 * ({@code OVERLOADED}) rather than after its deadline.
 * <p>
 * A waiting request resumes on its own Vert.x context, so the execution runs where it would have run at once.
 * Answers from the response cache and operations over WebSocket (bounded by {@link WebSockets}) do not pass here.
 */
@ApplicationScoped
@Startup // so that its gauges are there before the first request
public class Admission {

    private final Vertx vertx;
    private final int executions;
    private final int queueLength;
    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private int running;

    @Inject
    public Admission(Vertx vertx, Limits limits, MeterRegistry registry) {
        this(vertx, limits.executions().orElse(4 * Runtime.getRuntime().availableProcessors()), limits.queue());
        Gauge.builder("tradegraph.graphql.executions", this, Admission::running)
                .description("GraphQL executions running now on this replica").register(registry);
        Gauge.builder("tradegraph.graphql.waiting", this, Admission::waiting)
                .description("GraphQL requests waiting now for an execution to end on this replica").register(registry);
    }

    Admission(Vertx vertx, int executions, int queueLength) {
        this.vertx = vertx;
        this.executions = executions;
        this.queueLength = queueLength;
    }

    /**
     * Runs {@code work} now if an execution is free, else queues it for at most {@code waitMillis} and, if no execution
     * comes free by then, runs {@code expired} instead. False, with neither run, when the queue is full or the request
     * has no time left to wait. The work must {@link Slot#leave() leave} its slot when its execution ends, whatever
     * the outcome.
     */
    public boolean enter(Consumer<Slot> work, Runnable expired, long waitMillis) {
        Waiting waiting;
        synchronized (this) {
            if (running < executions) {
                running++;
                waiting = null;
            } else if (queue.size() >= queueLength || waitMillis <= 0) {
                return false;
            } else {
                waiting = new Waiting(work, expired, Vertx.currentContext());
                queue.addLast(waiting);
            }
        }
        if (waiting == null) {
            work.accept(new Slot());
        } else {
            long timer = vertx.setTimer(waitMillis, ignored -> expire(waiting));
            synchronized (this) {
                waiting.timer = timer;
            }
        }
        return true;
    }

    private void expire(Waiting waiting) {
        boolean withdrawn;
        synchronized (this) {
            withdrawn = queue.remove(waiting);
        }
        if (withdrawn) {
            waiting.expired.run();
        }
    }

    /** Hands the slot to the longest-waiting request, or frees it. */
    private void leave() {
        Waiting next;
        synchronized (this) {
            next = queue.pollFirst();
            if (next == null) {
                running--;
                return;
            }
            if (next.timer >= 0) {
                // A timer not set yet finds nothing to withdraw when it fires.
                vertx.cancelTimer(next.timer);
            }
        }
        Slot slot = new Slot();
        if (next.context == null) {
            next.work.accept(slot);
        } else {
            next.context.runOnContext(ignored -> next.work.accept(slot));
        }
    }

    synchronized int running() {
        return running;
    }

    synchronized int waiting() {
        return queue.size();
    }

    /** One execution's place; leaving it twice is leaving it once. */
    public final class Slot {

        private final AtomicBoolean left = new AtomicBoolean();

        private Slot() {
        }

        public void leave() {
            if (left.compareAndSet(false, true)) {
                Admission.this.leave();
            }
        }
    }

    private static final class Waiting {
        final Consumer<Slot> work;
        final Runnable expired;
        final Context context;
        long timer = -1;

        Waiting(Consumer<Slot> work, Runnable expired, Context context) {
            this.work = work;
            this.expired = expired;
            this.context = context;
        }
    }
}
