package org.parley.model;

import java.util.Objects;

/**
 * One speaker's turn in a transcript, or the whole of a speech.
 *
 * @param label   the label that opens it ("President of Russia Vladimir Putin"), without its colon; empty (at
 *                the body's start) for a speech with no label
 * @param body    the turn's words: from after the label's colon to the next turn, a section break or the end
 * @param speaker who utters it
 */
public record Turn(Span label, Span body, Utterer speaker) {
    public Turn {
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(body, "body is null");
        Objects.requireNonNull(speaker, "speaker is null");
        if (label.end() > body.start()) {
            throw new IllegalArgumentException("turn label %s overlaps its body %s".formatted(label, body));
        }
    }
}
