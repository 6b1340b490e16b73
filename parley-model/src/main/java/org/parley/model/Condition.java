package org.parley.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The terms a stance is held on, as the text states them: what negotiators trade.
 *
 * @param kind what the words do to the stance
 * @param text the condition's words, verbatim ({@code span.of(article text)})
 * @param span where they stand in the article
 */
public record Condition(Kind kind, String text, Span span) {
    public Condition {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(span, "span is null");
        if (text.isBlank()) throw new IllegalArgumentException("condition at " + span + " has no words");
    }

    public enum Kind {
        /** The stance holds only if, as long as, once or after something: "only if it has guarantees fixed on paper". */
        CONDITIONAL,
        /** Something demanded in return: "in exchange for a debt increase". */
        DEMAND,
        /** A line the holder says will never be crossed: "will never give up its Euro-Atlantic future". */
        RED_LINE;

        /** "conditional", "demand", "red-line": as stored, shown and written in the gold. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind parse(String label) {
            for (Kind k : values()) if (k.label().equals(label)) return k;
            throw new IllegalArgumentException("no condition kind '" + label + "'; kinds: conditional, demand, red-line");
        }
    }
}
