package io.tradegraph.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.tradegraph.core.ClientError;
import io.tradegraph.figure.FigureChange;
import io.tradegraph.figure.Flow;
import io.tradegraph.reference.ChangeListener;

/**
 * The changes every replica hears ({@link ChangeListener}), passed on to this replica's subscribers. Bounded: at most
 * {@link Limits#subscriptions()} subscribers at once, and a subscriber that does not keep up loses changes rather
 * than holding them in memory (each change says whether it is complete, and a page that missed one queries again).
 * At shutdown every subscription is completed, so clients are told, not cut off.
 */
@ApplicationScoped
@Startup // so that its gauge is there before the first subscription
public class FigureChanges {

    private final BroadcastProcessor<FigureChange> changes = BroadcastProcessor.create();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final Limits limits;

    public FigureChanges(Limits limits, MeterRegistry registry) {
        this.limits = limits;
        Gauge.builder("tradegraph.subscriptions", subscribers, AtomicInteger::get)
                .description("Subscriptions this replica serves now").register(registry);
    }

    void announced(@Observes ChangeListener.Announcement announcement) {
        changes.onNext(FigureChange.of(announcement));
    }

    /** When shutdown begins: every subscriber is told its subscription is complete (then the sockets close). */
    void onShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        changes.onComplete();
    }

    void onStop(@Observes ShutdownEvent event) {
        changes.onComplete();
    }

    /** The changes about an area and a flow (any when null), from now on. */
    Multi<FigureChange> about(String area, Flow flow) {
        if (subscribers.incrementAndGet() > limits.subscriptions()) {
            subscribers.decrementAndGet();
            throw new ClientError.LimitExceeded("subscriptions", limits.subscriptions(), "This replica serves "
                    + limits.subscriptions() + " subscriptions at once, all taken; try again later.");
        }
        return changes.onOverflow().drop()
                .select().where(change -> change.concerns(area, flow)).map(change -> change.about(area, flow))
                .onTermination().invoke(subscribers::decrementAndGet);
    }
}
