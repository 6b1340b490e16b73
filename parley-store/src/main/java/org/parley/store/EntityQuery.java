package org.parley.store;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.EntityType;

/** Which global entities to list: of a type, and/or with a name or alias containing a string (case-insensitive). */
public record EntityQuery(Optional<EntityType> type, Optional<String> nameContains) {
    public EntityQuery {
        Objects.requireNonNull(type, "type is null");
        nameContains = Objects.requireNonNull(nameContains, "nameContains is null").filter(s -> !s.isBlank());
    }

    public static EntityQuery all() {
        return new EntityQuery(Optional.empty(), Optional.empty());
    }

    public EntityQuery withType(EntityType t) {
        return new EntityQuery(Optional.of(t), nameContains);
    }

    public EntityQuery withNameContaining(String s) {
        return new EntityQuery(type, Optional.of(s));
    }
}
