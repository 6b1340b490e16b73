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
 */
public record Event(String kind, Span trigger, String triggerText, List<String> participants, Optional<When> when,
                    Span evidence, int sentence) {
    public Event {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(trigger, "trigger is null");
        Objects.requireNonNull(triggerText, "triggerText is null");
        participants = List.copyOf(participants);
        Objects.requireNonNull(when, "when is null");
        Objects.requireNonNull(evidence, "evidence is null");
    }
}
