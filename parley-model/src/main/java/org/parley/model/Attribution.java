package org.parley.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote or a piece of reported speech, belief or report, with its source.
 *
 * @param content   the quoted or reported words, without quote marks; for a split quote the whole stretch from
 *                  the first piece to the last
 * @param text      {@code content.of(article.text())}
 * @param direct    true when the words stand inside quotation marks
 * @param fragments the quoted pieces of a split quote ("A," he said, "B."); one piece otherwise
 * @param cue       the reporting words ("said", "according to"), if any
 * @param sentence  index of the sentence the content starts in
 */
public record Attribution(Span content, String text, boolean direct, AttributionKind kind, List<Span> fragments,
                          Optional<Span> cue, String cueText, Speaker speaker, int sentence, double confidence) {
    public Attribution {
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(kind, "kind is null");
        fragments = List.copyOf(fragments);
        Objects.requireNonNull(cue, "cue is null");
        cueText = Objects.requireNonNullElse(cueText, "");
        Objects.requireNonNull(speaker, "speaker is null");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence %s is not in [0, 1]".formatted(confidence));
        }
    }
}
