package org.parley.model;

import java.util.Objects;

/** Identity of an entity across articles. Deterministic: derived from its type and canonical name. */
public record EntityId(String value) {
    public EntityId {
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public String toString() {
        return value;
    }
}
