package org.parley.model;

import java.util.Objects;

/** Who an attribution is attributed to, or that nobody can be named. Never a guess dressed as a fact. */
public sealed interface Speaker {
    /**
     * @param mention   the name, title or pronoun next to the cue that the attribution rests on
     * @param entityKey the {@link LocalEntity#key()} it resolves to, or the empty string for an unresolved source
     *                  such as "officials"
     * @param name      the canonical name within the article ("Mark Rutte"), or the surface when unresolved
     */
    record Known(Span mention, String surface, String entityKey, String name) implements Speaker {
        public Known {
            Objects.requireNonNull(mention, "mention is null");
            Objects.requireNonNull(surface, "surface is null");
            entityKey = Objects.requireNonNullElse(entityKey, "");
            name = Objects.requireNonNullElse(name, surface);
        }
    }

    record Unknown() implements Speaker {
    }

    static Speaker unknown() {
        return new Unknown();
    }
}
