package org.parley.store;

import java.util.Objects;
import org.parley.model.Entity;

/**
 * A global entity with how often it occurs.
 *
 * @param mentions mentions of it over all articles (through its linked local entities)
 * @param articles articles that mention it
 */
public record EntitySummary(Entity entity, int mentions, int articles) {
    public EntitySummary {
        Objects.requireNonNull(entity, "entity is null");
    }
}
