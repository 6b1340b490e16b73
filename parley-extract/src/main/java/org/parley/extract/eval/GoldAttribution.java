package org.parley.extract.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Span;

/**
 * One gold attribution of the evaluation format ({@code shared/eval/README.md}).
 *
 * @param type        "direct", "mixed" or "indirect", from quotation marks
 * @param speakerSpan the source mention's offsets, empty when the gold has no source
 */
public record GoldAttribution(Span content, String text, String speaker, Optional<Span> speakerSpan, String cue,
                              Optional<Span> cueSpan, boolean direct, String type, List<Span> fragments) {
    public GoldAttribution {
        Objects.requireNonNull(content, "content is null");
        text = Objects.requireNonNullElse(text, "");
        speaker = Objects.requireNonNullElse(speaker, "");
        Objects.requireNonNull(speakerSpan, "speakerSpan is null");
        cue = Objects.requireNonNullElse(cue, "");
        Objects.requireNonNull(cueSpan, "cueSpan is null");
        type = Objects.requireNonNullElse(type, "indirect");
        fragments = List.copyOf(fragments);
    }

    /** Quotation-mark quotes: the gold types "direct" and "mixed". */
    public boolean quoted() {
        return type.equals("direct") || type.equals("mixed");
    }
}
