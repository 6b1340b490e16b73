package org.parley.extract.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.Speaker;
import org.parley.model.Span;

/** Hand-built attributions over hand-written article texts, for claim and conflict tests. */
final class Facts {
    private Facts() {
    }

    static Span span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) throw new IllegalArgumentException("'" + part + "' is not in '" + text + "'");
        return new Span(at, at + part.length());
    }

    /** An attribution of {@code content} in {@code text}, to {@code speaker} (a name in the text) or to nobody. */
    static Attribution attribution(String text, String content, boolean direct, String speaker) {
        Span c = span(text, content);
        Speaker who = speaker == null ? Speaker.unknown()
                : new Speaker.Known(span(text, speaker), speaker, "e0", speaker);
        return new Attribution(c, content, direct, AttributionKind.SPEECH, List.of(c), Optional.empty(), "", who,
                0, 0.9);
    }

    static ArticleFacts article(String id, String outlet, String text, Attribution... attributions) {
        return ArticleFacts.ofAttributions(new ArticleId(id), outlet, Optional.of(LocalDate.of(2024, 5, 2)), text,
                List.of(attributions));
    }
}
