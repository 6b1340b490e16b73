package org.parley.cli;

import org.parley.extract.entity.EntityResolver;
import org.parley.store.Store;

/** Re-resolves entities across every stored article, so "Rutte" in one outlet and "Mark Rutte" in another are one. */
final class Resolution {
    private Resolution() {
    }

    /**
     * Resolution is recomputed from all local entities rather than patched, so it never depends on the order
     * articles arrived in: ids are derived from canonical names, and the same store always resolves the same way.
     */
    static void refresh(Store store) {
        EntityResolver.Resolution r = new EntityResolver().resolve(store.localEntities());
        store.replaceEntityResolution(r.mapping(), r.entities());
    }
}
