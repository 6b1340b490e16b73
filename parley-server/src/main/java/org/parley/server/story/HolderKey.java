package org.parley.server.story;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Speaker;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;

/**
 * Who a row of a view is about: a resolved entity, or, before entity resolution linked one, a name as the
 * articles give it. {@link #key()} is what the UI puts in its links.
 *
 * @param entityId the global entity id, or empty
 */
public record HolderKey(Optional<String> entityId, String name) {
    public HolderKey {
        Objects.requireNonNull(entityId, "entityId is null");
        Objects.requireNonNull(name, "name is null");
    }

    /** The entity id, or {@code name:<lower-cased name>} for unresolved names. */
    public String key() {
        return entityId.orElseGet(() -> "name:" + name.strip().toLowerCase(Locale.ROOT));
    }

    public static HolderKey of(StoredStance s) {
        return s.holder().map(e -> new HolderKey(Optional.of(e.id().value()), e.name()))
                .orElseGet(() -> new HolderKey(Optional.empty(), s.stance().holder().name()));
    }

    /** The speaker of a quote, or empty when nobody could be named. */
    public static Optional<HolderKey> of(StoredAttribution a) {
        if (a.speaker().isPresent()) {
            return Optional.of(new HolderKey(Optional.of(a.speaker().get().id().value()), a.speaker().get().name()));
        }
        return a.attribution().speaker() instanceof Speaker.Known k
                ? Optional.of(new HolderKey(Optional.empty(), k.name())) : Optional.empty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolderKey h && h.key().equals(key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }
}
