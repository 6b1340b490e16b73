package org.parley.extract.stance;

import java.util.Objects;
import org.parley.model.EntityType;
import org.parley.model.Holder;
import org.parley.model.Span;

/**
 * Someone a sentence names who could hold a position: tokens {@code [start, end)} of the article.
 *
 * @param subject    whether a verb, cue or "who" follows it, so it can be the one who says or thinks something
 * @param reference  a pronoun or a bare role ("he", "the President") still to be resolved to a named holder
 * @param confidence how sure the candidate is to be who the text means
 */
record Candidate(int start, int end, Span span, String surface, String entityKey, String name, EntityType type,
                 boolean subject, boolean reference, double confidence) {
    Candidate {
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(surface, "surface is null");
        Objects.requireNonNull(entityKey, "entityKey is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }

    Holder holder() {
        return new Holder(span, surface, entityKey, name, type);
    }

    /** This candidate standing for {@code named}: a pronoun or role resolved to an earlier named holder. */
    Candidate resolvedTo(Candidate named, double confidence) {
        return new Candidate(start, end, span, surface, named.entityKey(), named.name(), named.type(), subject, false, confidence);
    }

    Candidate asSubject() {
        return new Candidate(start, end, span, surface, entityKey, name, type, true, reference, confidence);
    }
}
