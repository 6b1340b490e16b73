package org.parley.extract.map;

import java.util.Objects;
import java.util.Set;
import org.parley.model.EntityType;

/**
 * Who made a statement, as the store knows them across articles: what {@link PartyResolver} reads to find the party.
 *
 * @param key     the resolved entity's id, or a name key when the holder was not resolved
 * @param name    the canonical name ("Dmitry Peskov", "Russia")
 * @param aliases other names of the same entity ("Peskov", "Kremlin spokesman Dmitry Peskov")
 * @param roles   titles as stored with the entity ("Kremlin spokesman", "President of Russia")
 */
public record Speaker(String key, String name, EntityType type, Set<String> aliases, Set<String> roles) {
    public Speaker {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        aliases = Set.copyOf(aliases);
        roles = Set.copyOf(roles);
    }

    /** A speaker known by name only (no resolved entity, no roles). */
    public static Speaker named(String name, EntityType type) {
        return new Speaker("name:" + name, name, type, Set.of(), Set.of());
    }
}
