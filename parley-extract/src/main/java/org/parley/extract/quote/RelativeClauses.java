package org.parley.extract.quote;

import java.util.Set;
import org.parley.extract.entity.TokenView;

/** A cue inside a relative clause or a free relative: the content is the noun phrase the clause belongs to. */
final class RelativeClauses {
    private final TokenView tv;
    private final boolean[] quoted;
    private final Cues lexicon;

    RelativeClauses(TokenView tv, boolean[] quoted, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.lexicon = lexicon;
    }

    /**
     * "the target it pledged to reach", "an explosion that the mayor described as an attack": a cue in a relative
     * clause whose object is the noun it hangs on reports that noun; the content runs from the noun phrase's start.
     * -1 when the cue is not in such a clause or has an object of its own.
     */
    int relativeHead(SpeakerFinder.Np np, CueFinder.Cue cue, int from, int end) {
        int after = cue.last() + 1;
        boolean gap = after >= end || ContentBounds.STOPS.contains(tv.lower(after))
                || !quoted[after] && (tv.lower(after).equals("to") || tv.get(after).pos().equals("IN") && !tv.lower(after).equals("that"));
        if (!gap) return -1;
        int p = np.first() - 1;
        boolean marked = p > from && !quoted[p] && (tv.lower(p).equals("that") || tv.lower(p).equals("which"))
                && !tv.get(p).pos().equals("DT");
        if (marked) p--;
        else if (!tv.get(np.head()).pos().equals("PRP")) return -1; // "the target it pledged": a pronoun after a noun
        if (p <= from || quoted[p] || !tv.get(p).pos().startsWith("NN") || tv.get(p).pos().startsWith("NNP")) return -1;
        String noun = tv.lower(p);
        if (!tv.get(p).pos().equals("NNS") && lexicon.verbLemma(tv.get(p).word(), tv.lemma(p))
                .filter(l -> !l.equals(noun)).isPresent()) {
            return -1; // "noted that he wants …" with "noted" mistagged as a noun: a complement clause, not a relative one
        }
        int k = p;
        while (k - 1 >= from && !quoted[k - 1] && Set.of("DT", "JJ", "JJS", "JJR", "NN", "NNS", "CD", "$", "POS", "PRP$", "HYPH")
                .contains(tv.get(k - 1).pos())) k--;
        return k;
    }

    private static final Set<String> WH = Set.of("what", "how", "why", "whether", "where", "when", "who");

    /**
     * "what Trump says his plan would do and how experts say it would work": a free relative reported by a cue inside
     * it ends before a second wh-phrase joined by "and"/"or", which another cue reports.
     */
    int freeRelativeEnd(int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if (!quoted[k] && (tv.lower(k).equals("and") || tv.lower(k).equals("or")) && WH.contains(tv.lower(k + 1))) {
                return ContentBounds.trimStops(tv, first, k - 1);
            }
        }
        return last;
    }
}
