package org.parley.model;

import java.util.Objects;

/**
 * A sentence: its character span and its tokens {@code [firstToken, endToken)}.
 *
 * @param paragraph index of the paragraph (a block of text between blank lines or line breaks) it begins in
 */
public record Sentence(int index, Span span, int firstToken, int endToken, int paragraph) {
    public Sentence {
        Objects.requireNonNull(span, "span is null");
        if (index < 0 || firstToken < 0 || endToken < firstToken || paragraph < 0) {
            throw new IllegalArgumentException("sentence %d: tokens [%d, %d), paragraph %d"
                    .formatted(index, firstToken, endToken, paragraph));
        }
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
