package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's kind and parts: the turns of a transcript, or the one turn of a speech, in text order and not
 * overlapping. Every later stage asks it who is speaking at an offset.
 *
 * @param rules the names of the rules that decided the kind and the speakers (provenance)
 */
public record DocumentStructure(DocumentKind kind, List<Turn> turns, List<String> rules) {
    public DocumentStructure {
        Objects.requireNonNull(kind, "kind is null");
        turns = List.copyOf(turns);
        rules = List.copyOf(rules);
        for (int i = 1; i < turns.size(); i++) {
            if (turns.get(i).label().start() < turns.get(i - 1).body().end()) {
                throw new IllegalArgumentException("turn %d overlaps turn %d".formatted(i, i - 1));
            }
        }
    }

    /** A news report: no turns. */
    public static DocumentStructure news() {
        return new DocumentStructure(DocumentKind.NEWS, List.of(), List.of());
    }

    /** The turn whose body holds {@code offset}, if any. */
    public Optional<Turn> turnAt(int offset) {
        int lo = 0;
        int hi = turns.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Turn t = turns.get(mid);
            if (offset < t.body().start()) hi = mid - 1;
            else if (offset >= t.body().end()) lo = mid + 1;
            else return Optional.of(t);
        }
        return Optional.empty();
    }

    /** The turn whose body holds all of {@code span}, if any. */
    public Optional<Turn> turnHolding(Span span) {
        return turnAt(span.start()).filter(t -> t.body().contains(span));
    }
}
