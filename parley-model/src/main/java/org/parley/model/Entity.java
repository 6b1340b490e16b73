package org.parley.model;

import java.util.Objects;
import java.util.Set;

/** An entity resolved across articles: one person, organisation, government or place, under one canonical name. */
public record Entity(EntityId id, String name, EntityType type, Set<String> aliases, Set<String> roles) {
    public Entity {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        aliases = Set.copyOf(aliases);
        roles = Set.copyOf(roles);
    }
}
