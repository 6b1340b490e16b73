package org.parley.store;

import java.util.Objects;
import org.parley.model.EntityId;

/** A global entity named by its id and canonical name, as queries report speakers and holders. */
public record EntityRef(EntityId id, String name) {
    public EntityRef {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
    }
}
