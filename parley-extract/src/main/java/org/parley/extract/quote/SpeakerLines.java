package org.parley.extract.quote;

import java.util.List;
import java.util.Locale;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;

/** Lines that open with a name and a colon: interview transcripts and headlines. */
final class SpeakerLines {
    private final TokenView tv;
    private final boolean[] quoted;
    private final Cues lexicon;

    SpeakerLines(TokenView tv, boolean[] quoted, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.lexicon = lexicon;
    }

    /**
     * A line that opens with a name and a colon: an interview transcript ("PENCE: Well, …") or a headline
     * ("Pat Caddell: Democrat Voters Worried …"). The words after the colon, to the paragraph's end, are the
     * name's.
     */
    Candidate speakerLine(Sentence s) {
        List<Sentence> all = tv.doc().sentences();
        if (s.index() > 0 && all.get(s.index() - 1).paragraph() == s.paragraph()) return null;
        int colon = -1;
        for (int k = s.firstToken(); k < s.endToken() && k < s.firstToken() + 5; k++) {
            if (tv.lower(k).equals(":")) {
                colon = k;
                break;
            }
            if (quoted[k] || !tv.isCapitalised(k) && !tv.isPunctuation(k)) return null;
        }
        if (colon <= s.firstToken() || colon + 1 >= s.endToken()) return null;
        boolean named = false;
        for (int k = s.firstToken(); k < colon; k++) {
            String w = tv.get(k).word();
            named |= tv.get(k).ner().equals("PERSON") || w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter);
        }
        // a headline's "Poll: Clinton and Trump in dead heat", "Milbank: …": the words before the colon are its source
        named |= s.index() == 0 && colon - s.firstToken() <= 3 && !quoted[colon + 1] // ("Rutte’s Stance: “…”" is a quote's)
                && java.util.stream.IntStream.range(s.firstToken(), colon).allMatch(tv::isCapitalised);
        if (!named) return null;
        int start = s.firstToken();
        while (start < colon - 1 && tv.isPunctuation(start)) start++; // the mark before "PENCE:"
        SpeakerFinder.Np np = new SpeakerFinder.Np(start, colon - 1, colon - 1);
        CueFinder.Cue cue = new CueFinder.Cue(colon, colon, ":", AttributionKind.SPEECH);
        if (quoted[colon + 1]) {
            Candidate c = Candidate.of(tv, lexicon, s, cue, np, colon, colon - 1, 0.7);
            c.colon = colon;
            return c;
        }
        int lastSentence = s.index();
        while (lastSentence + 1 < all.size() && all.get(lastSentence + 1).paragraph() == s.paragraph()) lastSentence++;
        if (start > s.firstToken()) {
            // a transcript printed in quotation marks: the turn goes on through paragraphs that open with a mark
            // and no speaker tag, up to the next tag ("PENCE: …" / "But the truth is …" / "WALLACE: …")
            while (lastSentence + 1 < all.size() && continuesTurn(all.get(lastSentence + 1))) {
                int paragraph = all.get(lastSentence + 1).paragraph();
                while (lastSentence + 1 < all.size() && all.get(lastSentence + 1).paragraph() == paragraph) lastSentence++;
            }
        }
        int last = all.get(lastSentence).endToken() - 1;
        last = ContentBounds.trimStops(tv, colon, last);
        if (last <= colon) return null;
        Candidate c = Candidate.of(tv, lexicon, s, cue, np, colon + 1, last, 0.7);
        String tag = tv.doc().text().substring(tv.get(start).span().start(), tv.get(colon - 1).span().end());
        c.direct = tag.equals(tag.toUpperCase(Locale.ROOT)); // a transcript turn gives the speaker's own words
        return c;
    }

    /** Whether a sentence opens a paragraph with a quotation mark and no speaker tag of its own. */
    private boolean continuesTurn(Sentence s) {
        List<Sentence> all = tv.doc().sentences();
        if (s.index() == 0 || all.get(s.index() - 1).paragraph() == s.paragraph() || s.firstToken() >= s.endToken()) return false;
        String w = tv.get(s.firstToken()).word();
        if (!QuoteMarks.isOpeningMarkToken(w)) return false;
        for (int k = s.firstToken() + 1; k < s.endToken() && k < s.firstToken() + 6; k++) {
            if (tv.lower(k).equals(":")) return false;
        }
        return true;
    }
}
