package org.parley.extract.claim;

import java.util.Optional;
import java.util.TreeSet;
import org.parley.model.Event;

/** Says which events are the same happening: events with equal keys should have compatible dates. */
@FunctionalInterface
public interface EventKey {
    /** The key of {@code event} read in {@code article}, or empty when it is too vague to compare. */
    Optional<String> of(ArticleFacts article, Event event);

    /**
     * Kind plus the sorted canonical names of the participants ("call: Emmanuel Macron + Vladimir Putin"); empty
     * for events with fewer than two participants, which say too little to be matched across articles.
     */
    static EventKey kindAndParticipants(CanonicalNames names) {
        return (article, event) -> {
            TreeSet<String> who = new TreeSet<>();
            for (String key : event.participants()) who.add(names.canonical(article.article(), key, key));
            return who.size() < 2 ? Optional.empty() : Optional.of(event.kind() + ": " + String.join(" + ", who));
        };
    }
}
