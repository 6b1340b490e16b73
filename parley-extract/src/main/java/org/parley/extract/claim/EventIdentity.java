package org.parley.extract.claim;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.parley.extract.issue.Lemmas;
import org.parley.model.Event;

/**
 * What makes two reports the same happening whatever date each gives: the event's kind (for a statement, what sort
 * of statement its trigger names) and the canonical names of its participants. Outlets name participants
 * differently ("the Elysee said" adds France to one report of a call between Macron and Scholz), so participants
 * need only overlap, not be equal.
 *
 * @param kind         the event's kind ("call", "statement")
 * @param form         what sort of that kind: for a statement its trigger's last word, normalised ("interview"),
 *                     else the kind again
 * @param participants canonical names, at least two
 */
public record EventIdentity(String kind, String form, SortedSet<String> participants) {
    /** Participants two reports must share: one shared name ("Ukraine") says too little. */
    static final int MIN_SHARED = 2;
    /**
     * Kinds whose triggers name different happenings: a speech, an interview and a press conference of the same
     * people are three events, while a "call" and a "telephone conversation" are one.
     */
    private static final Set<String> NAMED_BY_TRIGGER = Set.of("statement");

    public EventIdentity {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(form, "form is null");
        participants = new TreeSet<>(participants);
        if (participants.size() < MIN_SHARED) {
            throw new IllegalArgumentException("event '%s' needs %d participants, got %s".formatted(kind, MIN_SHARED, participants));
        }
    }

    /**
     * The identity of {@code event} as {@code article} reports it, or empty when it names fewer than two participants
     * and so says too little to be matched across articles.
     */
    public static Optional<EventIdentity> of(ArticleFacts article, Event event, CanonicalNames names) {
        TreeSet<String> who = new TreeSet<>();
        for (String key : event.participants()) who.add(names.canonical(article.article(), key, key));
        return who.size() < MIN_SHARED ? Optional.empty() : Optional.of(new EventIdentity(event.kind(), form(event), who));
    }

    private static String form(Event event) {
        if (!NAMED_BY_TRIGGER.contains(event.kind())) return event.kind();
        String[] words = event.triggerText().strip().split("\\s+");
        return Lemmas.key(words[words.length - 1]);
    }

    /**
     * Whether both report one happening: the same kind and form, at least two shared participants, and the shared
     * ones at least half of each report's participants (so a call between Macron and Scholz is the call between
     * Macron, Scholz and France, but not a call between Macron, Biden, Sunak and Meloni).
     */
    public boolean sameHappening(EventIdentity other) {
        if (!kind.equals(other.kind) || !form.equals(other.form)) return false;
        int shared = 0;
        for (String p : participants) if (other.participants.contains(p)) shared++;
        return shared >= MIN_SHARED && shared * 2 >= Math.max(participants.size(), other.participants.size());
    }

    /** "call: Emmanuel Macron + Olaf Scholz". */
    public String subject() {
        return kind + ": " + String.join(" + ", participants);
    }
}
