package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Turn;

/**
 * A turn's (or a speech's) words as its speaker's attributions, verbatim: whole sentences, at most {@value #MAX_PIECE}
 * characters each and never over a paragraph break, so a 10,000-character answer is cited by the passage.
 */
final class TurnPieces {
    static final int MAX_PIECE = 1500;

    private TurnPieces() {
    }

    /** A turn's words as attributions of whole sentences, at most {@value #MAX_PIECE} characters each. */
    static List<Attribution> of(Utterances.Context ctx, Turn t) {
        String text = ctx.text();
        Speaker who = t.speaker().asSpeaker(text);
        double confidence = switch (t.speaker().basis()) {
            case "label" -> 0.95;
            case "title" -> 0.9;
            default -> 0.8;
        };
        String rule = t.label().length() > 0 ? "turn" : "speech";
        List<Attribution> out = new ArrayList<>();
        List<Sentence> sentences = ctx.doc().sentences();
        int start = t.body().start();
        int end = start;
        int first = Utterances.sentenceAt(sentences, start);
        for (int i = Math.max(0, first); i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.span().start() >= t.body().end()) break;
            int sEnd = Math.min(s.span().end(), t.body().end());
            if (sEnd <= start) continue;
            // a piece never runs over a paragraph break nor past MAX_PIECE characters
            boolean newParagraph = end > start && ctx.text().substring(end, Math.max(end, s.span().start())).contains("\n");
            if ((sEnd - start > MAX_PIECE || newParagraph) && end > start) {
                out.add(piece(text, start, end, who, Utterances.sentenceAt(sentences, start), confidence, rule));
                start = skipSpace(text, end);
            }
            end = sEnd;
        }
        if (end > start) out.add(piece(text, start, end, who, Utterances.sentenceAt(sentences, start), confidence, rule));
        return out;
    }

    private static Attribution piece(String text, int start, int end, Speaker who, int sentence, double confidence, String rule) {
        Span content = new Span(start, end);
        return new Attribution(content, content.of(text), true, AttributionKind.SPEECH, List.of(content), Optional.empty(), "",
                who, Math.max(0, sentence), confidence, Optional.empty(), List.of(rule));
    }

    private static int skipSpace(String text, int k) {
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }
}
