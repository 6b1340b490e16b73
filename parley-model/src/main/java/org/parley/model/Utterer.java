package org.parley.model;

import java.util.Objects;

/**
 * Who utters a transcript turn or a speech.
 *
 * @param name      the person's name as the article knows it ("Vladimir Putin"), or the empty string when the label
 *                  names nobody ("Question:")
 * @param entityKey the {@link LocalEntity#key()} of that person, or the empty string when the article's entities
 *                  do not include them (a speech whose speaker is named only in its title)
 * @param mention   the label or name in the text the speaker is read from; empty (0, 0) when read from outside the
 *                  text (the title, the outlet)
 * @param basis     where the speaker was read: {@code label}, {@code title}, {@code outlet}
 */
public record Utterer(String name, String entityKey, Span mention, String basis) {
    public Utterer {
        Objects.requireNonNull(name, "name is null");
        entityKey = Objects.requireNonNullElse(entityKey, "");
        Objects.requireNonNull(mention, "mention is null");
        Objects.requireNonNull(basis, "basis is null");
    }

    /** Whether a person is named; a "Question:" turn's utterer is not. */
    public boolean named() {
        return !name.isEmpty();
    }

    /** As the speaker of an attribution: the label's mention, or no mention when named outside the text. */
    public Speaker asSpeaker(String text) {
        if (!named()) return Speaker.unknown();
        return mention.length() == 0 ? Speaker.Known.outsideText(entityKey, name)
                : new Speaker.Known(mention, mention.of(text), entityKey, name);
    }
}
