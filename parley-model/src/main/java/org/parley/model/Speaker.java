package org.parley.model;

import java.util.Objects;
import java.util.Optional;

/** Who an attribution is attributed to, or that nobody can be named. Never a guess dressed as a fact. */
public sealed interface Speaker {
    /**
     * @param mention   the name, title or pronoun next to the cue that the attribution rests on, or a transcript
     *                  turn's label; empty (0, 0) when the speaker is named outside the text, by an address's title
     *                  or the outlet ({@link #inText()} is then empty)
     * @param entityKey the {@link LocalEntity#key()} it resolves to, or the empty string for a description no entity
     *                  resolves, such as "the parties" (anyone in particular, such as "officials", is {@link Unknown})
     * @param name      the canonical name within the article ("Mark Rutte"), or the surface when unresolved
     */
    record Known(Span mention, String surface, String entityKey, String name) implements Speaker {
        public Known {
            Objects.requireNonNull(mention, "mention is null");
            Objects.requireNonNull(surface, "surface is null");
            entityKey = Objects.requireNonNullElse(entityKey, "");
            name = Objects.requireNonNullElse(name, surface);
        }

        /** A speaker named outside the article's text: by its title or its outlet. */
        public static Known outsideText(String entityKey, String name) {
            return new Known(new Span(0, 0), "", entityKey, name);
        }

        /** The mention in the text, or empty when the speaker is named outside it. */
        public Optional<Span> inText() {
            return mention.length() == 0 ? Optional.empty() : Optional.of(mention);
        }
    }

    /**
     * Nobody Parley can name. {@code mention} is the word the attribution rests on when there is one ("they said",
     * "he added" with nobody to refer to): kept so that it can be shown and scored, never given as a name.
     */
    record Unknown(Optional<Span> mention, String surface) implements Speaker {
        public Unknown {
            Objects.requireNonNull(mention, "mention is null");
            surface = Objects.requireNonNullElse(surface, "");
        }

        public Unknown() {
            this(Optional.empty(), "");
        }
    }

    static Speaker unknown() {
        return new Unknown();
    }

    /** A speaker the text points at ("they", "he") who cannot be named. */
    static Speaker unresolved(Span mention, String surface) {
        return new Unknown(Optional.of(mention), surface);
    }

    /** The mention the attribution rests on, named or not; empty when there is none in the text. */
    default Optional<Span> mentionInText() {
        return switch (this) {
            case Known k -> k.inText();
            case Unknown u -> u.mention();
        };
    }
}
