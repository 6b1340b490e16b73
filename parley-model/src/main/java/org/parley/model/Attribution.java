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
 * @param via       who relayed these words, when they are someone else's reported inside a transcript turn or a
 *                  speech ({@code Putin: "Macron told me …"} is Macron's, via Putin)
 * @param rules     the names of the rules that made this attribution and chose its speaker, in the order they
 *                  applied: its provenance, shown by {@code parley explain}
 */
public record Attribution(Span content, String text, boolean direct, AttributionKind kind, List<Span> fragments,
                          Optional<Span> cue, String cueText, Speaker speaker, int sentence, double confidence,
                          Optional<Speaker.Known> via, List<String> rules) {
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
        Objects.requireNonNull(via, "via is null");
        rules = List.copyOf(rules);
    }

    /** An attribution nobody relayed, made by no named rule (baselines, hand-made test data). */
    public Attribution(Span content, String text, boolean direct, AttributionKind kind, List<Span> fragments,
                       Optional<Span> cue, String cueText, Speaker speaker, int sentence, double confidence) {
        this(content, text, direct, kind, fragments, cue, cueText, speaker, sentence, confidence, Optional.empty(), List.of());
    }

    /** The same attribution with another speaker (the rule that chose it is recorded by its rule set). */
    public Attribution withSpeaker(Speaker who) {
        return new Attribution(content, text, direct, kind, fragments, cue, cueText, who, sentence, confidence, via, rules);
    }

    /** The same attribution relayed by {@code relayer}. */
    public Attribution relayedBy(Speaker.Known relayer) {
        return new Attribution(content, text, direct, kind, fragments, cue, cueText, speaker, sentence, confidence,
                Optional.of(relayer), rules);
    }

    /** The same attribution with one more rule in its provenance. */
    public Attribution withRule(String rule) {
        return new Attribution(content, text, direct, kind, fragments, cue, cueText, speaker, sentence, confidence, via, plus(rule));
    }

    private List<String> plus(String rule) {
        List<String> out = new java.util.ArrayList<>(rules);
        out.add(Objects.requireNonNull(rule, "rule is null"));
        return out;
    }
}
