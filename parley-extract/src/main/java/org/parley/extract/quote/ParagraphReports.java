package org.parley.extract.quote;

import java.util.List;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.Sentence;

/**
 * Reports that reach past their own sentence within a paragraph: the sentences before a closing speaker tail, the
 * paragraph after "X added:", and a next sentence that goes on in the reported clause's modal.
 */
final class ParagraphReports {
    private final TokenView tv;
    private final boolean[] quoted;
    private final CueFinder cues;
    private final Cues lexicon;

    ParagraphReports(TokenView tv, boolean[] quoted, CueFinder cues, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.cues = cues;
        this.lexicon = lexicon;
    }

    /** Conjunctions that carry a report on into the next sentence: "… . But it would also …". */
    private static final Set<String> CARRY_ON = Set.of("but", "and", "yet");

    private static final Set<String> BACKSHIFTED_MODALS = Set.of("would", "could", "might");

    /**
     * "The museum, he said, would make visitors face hard truths. But it would also capture …": a next sentence of
     * the same paragraph that opens with a conjunction and a pronoun and goes on in the reported clause's
     * backshifted modal, with no cue or quote of its own, still says what the source said.
     */
    int continued(Sentence s, int last) {
        List<Sentence> all = tv.doc().sentences();
        if (ContentBounds.trimStops(tv, last, s.endToken() - 1) != last || s.index() + 1 >= all.size()) return last;
        Sentence next = all.get(s.index() + 1);
        int k = next.firstToken();
        if (next.paragraph() != s.paragraph() || k + 3 >= next.endToken() || !CARRY_ON.contains(tv.lower(k))) return last;
        if (!tv.get(k + 1).pos().equals("PRP") || !BACKSHIFTED_MODALS.contains(tv.lower(k + 2))) return last;
        boolean modal = false;
        for (int j = s.firstToken(); j <= last && !modal; j++) modal = BACKSHIFTED_MODALS.contains(tv.lower(j)) && !quoted[j];
        if (!modal) return last;
        for (int j = k; j < next.endToken(); j++) {
            if (quoted[j] || lexicon.verbLemma(tv.get(j).word(), tv.lemma(j)).isPresent() && tv.isVerb(j)) return last;
        }
        return ContentBounds.trimStops(tv, k, next.endToken() - 1);
    }

    /**
     * "The governor added:" closing its paragraph, and a next paragraph with no quotation mark: that paragraph is
     * what was added, reported without quotation marks (a transcript or a letter set off as a block).
     */
    Candidate paragraphAfterColon(Sentence s, CueFinder.Cue cue, SpeakerFinder.Np np) {
        List<Sentence> all = tv.doc().sentences();
        if (s.index() + 1 >= all.size()) return null;
        Sentence next = all.get(s.index() + 1);
        if (next.paragraph() == s.paragraph() || quoted[next.firstToken()] || tv.isPunctuation(next.firstToken())) return null;
        int lastSentence = next.index();
        while (lastSentence + 1 < all.size() && all.get(lastSentence + 1).paragraph() == next.paragraph()) lastSentence++;
        int last = ContentBounds.trimStops(tv, next.firstToken(), all.get(lastSentence).endToken() - 1);
        if (last <= next.firstToken()) return null;
        return Candidate.of(tv, lexicon, s, cue, np, next.firstToken(), last, 0.6);
    }

    /**
     * "C2I's business is planting trees. The trees soak up carbon. An acre can convert 156 tons, Mr. V said.": the
     * sentences of the paragraph before a closing speaker tail are the speaker's too, when none of them has a cue or a
     * quotation mark of its own.
     */
    int paragraphStart(Sentence s, int from, SpeakerFinder.Np speaker) {
        List<Sentence> all = tv.doc().sentences();
        int start = from;
        String name = tv.lower(speaker.head());
        for (int i = s.index() - 1; i >= 0 && all.get(i).paragraph() == s.paragraph(); i--) {
            Sentence p = all.get(i);
            for (int k = p.firstToken(); k < p.endToken(); k++) {
                if (quoted[k] || tv.isCapitalised(k) && tv.lower(k).equals(name)) return start; // (a sentence naming the source introduces it)
            }
            if (!cues.find(tv, p, quoted).isEmpty()) return start;
            start = p.firstToken();
        }
        return start;
    }
}
