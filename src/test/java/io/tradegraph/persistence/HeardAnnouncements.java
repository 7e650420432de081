package io.tradegraph.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.tradegraph.reference.ChangeListener.Announcement;

/** What this replica's listener passed on to subscriptions, as they hear it. */
@Singleton
public class HeardAnnouncements {

    final List<Announcement> heard = new CopyOnWriteArrayList<>();

    void heard(@Observes Announcement announcement) {
        heard.add(announcement);
    }
}
