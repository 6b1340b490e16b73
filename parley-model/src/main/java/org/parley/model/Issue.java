package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A contested question actors take positions on, and the terms that signal it in text.
 *
 * @param against terms naming the opposite of the issue, so that being for them is being against it: "territorial
 *                integrity" for the issue of territorial concessions ("will never give up its territorial integrity"
 *                opposes concessions). They are matched like terms, and a position read on one is reversed.
 * @param targets who the issue is for, when it is for someone ("security guarantees for Ukraine": Ukraine, Kyiv,
 *                Ukrainian): a term followed by a preposition naming someone else ("guarantees for Russia",
 *                "sanctions against Iran") is not this issue. Empty: any.
 */
public record Issue(String id, String name, List<String> terms, List<String> against, List<String> targets) {
    public Issue(String id, String name, List<String> terms) {
        this(id, name, terms, List.of(), List.of());
    }

    public Issue(String id, String name, List<String> terms, List<String> against) {
        this(id, name, terms, against, List.of());
    }

    public Issue {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        terms = List.copyOf(terms);
        against = List.copyOf(against);
        targets = List.copyOf(targets);
        if (id.isBlank() || terms.isEmpty()) {
            throw new IllegalArgumentException("issue '%s' needs an id and at least one term".formatted(id));
        }
    }
}
