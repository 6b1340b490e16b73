package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dated happening an article reports: a meeting, call, summit, visit, invasion, agreement or statement.
 *
 * @param kind         "meeting", "call", "summit", "visit", "invasion", "agreement", "statement" …
 * @param trigger      the words that name it ("phone call", "invasion")
 * @param participants local entity keys of those taking part
 * @param when         its date, if the article gives or implies one
 * @param status       whether it happened, is planned, threatened or hypothetical, or denied
 * @param estimated    true when {@code when} is the article's own date, standing in for a date the text does not
 *                     give ("Russia launched…" in a report of that day), rather than a date expression of its own
 */
public record Event(String kind, Span trigger, String triggerText, List<String> participants, Optional<When> when,
                    Span evidence, int sentence, EventStatus status, boolean estimated) {
    public Event {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(trigger, "trigger is null");
        Objects.requireNonNull(triggerText, "triggerText is null");
        participants = List.copyOf(participants);
        Objects.requireNonNull(when, "when is null");
        Objects.requireNonNull(evidence, "evidence is null");
        Objects.requireNonNull(status, "status is null");
        if (estimated && when.isEmpty()) throw new IllegalArgumentException("event '" + triggerText + "' has an estimated date but no date");
    }

    /** An event that happened on the date its own words give (or with none). */
    public Event(String kind, Span trigger, String triggerText, List<String> participants, Optional<When> when,
                 Span evidence, int sentence) {
        this(kind, trigger, triggerText, participants, when, evidence, sentence, EventStatus.HAPPENED, false);
    }
}
