package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An entity as one article knows it: its mentions clustered within the article.
 *
 * @param key     unique within the article ("e0", "e1" …); cross-article resolution maps it to an {@link EntityId}
 * @param name    the fullest name the article uses ("Mark Rutte")
 * @param aliases every other name form seen ("Rutte", "Secretary Rutte")
 * @param roles   titles seen with it ("NATO Secretary General", "former Dutch Prime Minister")
 */
public record LocalEntity(String key, String name, EntityType type, Set<String> aliases, Set<String> roles,
                          List<EntityMention> mentions) {
    public LocalEntity {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        aliases = Set.copyOf(aliases);
        roles = Set.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
