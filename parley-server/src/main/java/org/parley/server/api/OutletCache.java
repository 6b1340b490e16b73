package org.parley.server.api;

import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.server.outlet.OutletViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link OutletIndex} of the current snapshot. Claims and conflicts compare every article with every other, so
 * they are built once per snapshot; and, like the snapshot itself, a new one is built in the background while
 * requests go on reading the previous one. Only the very first request waits for a build.
 */
final class OutletCache {
    private static final Logger LOG = LoggerFactory.getLogger(OutletCache.class);

    private record Built(StoreView.Snapshot snapshot, OutletIndex index) {
    }

    private final StoreView view;
    private final OutletViews outlets;
    private final AtomicBoolean building = new AtomicBoolean();
    private volatile Built current;

    OutletCache(StoreView view, OutletViews outlets) {
        this.view = view;
        this.outlets = outlets;
    }

    OutletIndex get() {
        StoreView.Snapshot s = view.snapshot();
        Built b = current;
        if (b == null) {
            synchronized (this) {
                if (current == null) current = build(s);
                return current.index();
            }
        }
        if (b.snapshot() != s && building.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("parley-outlets").start(() -> {
                try {
                    current = build(s);
                } catch (RuntimeException e) {
                    LOG.warn("could not rebuild claims and conflicts; serving the previous ones", e);
                } finally {
                    building.set(false);
                }
            });
        }
        return b.index();
    }

    private Built build(StoreView.Snapshot s) {
        return new Built(s, OutletIndex.build(s, view.store(), outlets));
    }
}
