package org.parley.model;

import java.util.List;
import java.util.Objects;

/** A contested question actors take positions on, and the terms that signal it in text. */
public record Issue(String id, String name, List<String> terms) {
    public Issue {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        terms = List.copyOf(terms);
        if (id.isBlank() || terms.isEmpty()) {
            throw new IllegalArgumentException("issue '%s' needs an id and at least one term".formatted(id));
        }
    }
}
