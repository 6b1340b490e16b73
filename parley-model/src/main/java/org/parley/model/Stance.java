package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a holder's position on an issue, read from one sentence (or quote) of one article.
 *
 * @param evidence  the sentence or quote the stance was read from
 * @param cues      the words that decided the position ("does not support", "insists", "never join")
 * @param negated   whether a negation flipped the cue
 * @param condition the terms the stance is held on ("only if it has guarantees fixed on paper"), if the text states any
 * @param shift     true when the article itself reports a change of position ("has started to shift")
 * @param date      when the statement was made, as far as the article tells
 * @param rules     the names of the rules that chose the holder, matched the issue and read the position, in the
 *                  order they applied: its provenance
 */
public record Stance(String issue, Holder holder, Position position, List<String> cues, boolean negated,
                     double confidence, Span evidence, int sentence, Optional<Condition> condition, boolean shift,
                     Optional<LocalDate> date, List<String> rules) {
    public Stance {
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(position, "position is null");
        cues = List.copyOf(cues);
        Objects.requireNonNull(evidence, "evidence is null");
        Objects.requireNonNull(condition, "condition is null");
        Objects.requireNonNull(date, "date is null");
        rules = List.copyOf(rules);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence %s is not in [0, 1]".formatted(confidence));
        }
    }

    /** The condition's words, or the empty string when the stance is unconditional. */
    public String conditionText() {
        return condition.map(Condition::text).orElse("");
    }
}
