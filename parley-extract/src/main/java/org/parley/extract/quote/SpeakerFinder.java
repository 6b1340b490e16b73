package org.parley.extract.quote;

import java.util.Set;
import org.parley.extract.entity.TokenView;

/**
 * Finds the noun phrase that is the source of a cue, from tokens and parts of speech only: the nearest noun
 * phrase before the verb (skipping auxiliaries, adverbs, dates and a comma-bounded apposition), or after it when
 * the order is inverted ({@code said Secretary Rutte}).
 */
final class SpeakerFinder {
    /** A noun phrase as tokens {@code [first, last]}; {@code head} is the token the source rests on. */
    record Np(int first, int last, int head) {
    }

    private static final Set<String> SKIP = Set.of("has", "have", "had", "is", "was", "are", "were", "be", "been",
            "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "also", "not",
            "n't", "never", "'s", "'ve", "once", "then", "previously", "recently", "repeatedly", "later",
            "publicly", "privately", "reportedly", "allegedly", "again", "further", "just", "now", "often",
            "still", "even", "already", "first", "has been", "being", "initially", "earlier", "similarly", "too");
    private static final Set<String> RELATIVE = Set.of("who", "whom", "which", "that");
    private static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we", "i", "you");

    /** Auxiliaries and adverbs that may stand between a subject and its verb ("has", "will", "also"). */
    static boolean isAuxiliary(String lowerWord) {
        return SKIP.contains(lowerWord);
    }

    private final TokenView tv;
    private final boolean[] quoted;

    SpeakerFinder(TokenView tv, boolean[] quoted) {
        this.tv = tv;
        this.quoted = quoted;
    }

    /** The subject before the cue starting at token {@code cue}, within sentence tokens {@code [from, cue)}. */
    Np before(int cue, int from) {
        int k = cue - 1;
        while (k >= from && !quoted[k] && (SKIP.contains(tv.lower(k)) || tv.get(k).pos().startsWith("RB")
                || tv.get(k).pos().equals("MD") || isDate(k))) {
            k--;
        }
        if (k < from || quoted[k]) return null;
        if (k > from && (tv.get(k).pos().equals("IN") || tv.get(k).pos().equals("VBN")) && isDate(k + 1 < cue ? k + 1 : k)) {
            // "polls taken over the past two weeks show", "the poll released Friday shows"
            while (k > from && (tv.get(k).pos().equals("IN") || tv.get(k).pos().equals("VBN"))) k--;
        }
        if (tv.lower(k).equals(")") || tv.lower(k).equals("-rrb-")) {
            // "Rep. Jim Clyburn (D-S.C.) said": skip the parenthesis, even where the splitter broke the
            // sentence at the abbreviation's full stop
            int j = k - 1;
            while (j > 0 && !tv.lower(j).equals("(") && !tv.lower(j).equals("-lrb-") && k - j < 8) j--;
            if (j <= 0 || !(tv.lower(j).equals("(") || tv.lower(j).equals("-lrb-"))) return null;
            k = j - 1;
            from = Math.min(from, tv.doc().sentences().get(tv.get(k).sentence()).firstToken());
        }
        if (tv.lower(k).equals(",")) {
            Np named = nameBeforeApposition(k, from);
            if (named != null) return named;
            // "Rutte, a former Dutch Prime Minister, stated": skip the apposition between commas
            int j = k - 1;
            while (j >= from && !tv.lower(j).equals(",") && !quoted[j] && !tv.isVerb(j) && k - j < 16) j--;
            if (j >= from && tv.lower(j).equals(",")) return nounPhraseEndingAt(j - 1, from);
            // "USCIS, the agency that oversees the program, said": an apposition with a verb of its own
            j = k - 1;
            while (j >= from && !tv.lower(j).equals(",") && !quoted[j] && k - j < 25) j--;
            if (j < from || !tv.lower(j).equals(",") || j + 1 >= k) return null;
            String opener = tv.get(j + 1).pos();
            boolean apposition = opener.equals("DT") || opener.equals("PRP$") || opener.startsWith("JJ")
                    || tv.lower(j + 1).equals("who") || tv.lower(j + 1).equals("which");
            return apposition ? nounPhraseEndingAt(j - 1, from) : null;
        }
        return withReducedRelative(withModifiedHead(nounPhraseEndingAt(k, from), from), from);
    }

    /**
     * "Protesters marching through the streets chanted", "A spokesman reached by phone said": the phrase before a
     * participle and its preposition is the source, when it opens the clause.
     */
    private Np withReducedRelative(Np np, int from) {
        if (np == null || np.first() - 3 < from) return np;
        int prep = np.first() - 1;
        int participle = prep - 1;
        if (quoted[prep] || quoted[participle] || !tv.get(prep).pos().equals("IN")) return np;
        String pos = tv.get(participle).pos();
        if (!pos.equals("VBG") && !pos.equals("VBN")) return np;
        Np outer = nounPhraseEndingAt(participle - 1, from);
        if (outer == null || PERSONAL.contains(tv.lower(outer.head())) || RELATIVE.contains(tv.lower(outer.head()))) return np;
        boolean opens = outer.first() == from || tv.lower(outer.first() - 1).equals(",") || quoted[outer.first() - 1];
        return opens ? new Np(outer.first(), np.last(), outer.head()) : np;
    }

    private static final Set<String> POSTMODIFIERS = Set.of("in", "from", "at", "for", "of", "with", "on");

    /**
     * "Protesters in the streets chanted", "a spokesman for the campaign said": the phrase before the preposition is
     * the source; the whole stretch is its mention.
     */
    private Np withModifiedHead(Np np, int from) {
        if (np == null || np.first() - 2 < from) return np;
        int prep = np.first() - 1;
        if (quoted[prep] || !POSTMODIFIERS.contains(tv.lower(prep))) return np;
        Np outer = nounPhraseEndingAt(prep - 1, from);
        if (outer == null || PERSONAL.contains(tv.lower(outer.head())) || RELATIVE.contains(tv.lower(outer.head()))) return np;
        if (outer.first() > from && (tv.isVerb(outer.first() - 1) || tv.get(outer.first() - 1).pos().equals("IN"))) {
            return np; // "the rise in prices worried", "support for the plan grew": no longer a subject's head
        }
        return new Np(outer.first(), np.last(), outer.head());
    }

    /**
     * "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": the nearest person's name
     * before the comma that starts a phrase (after a comma, a closing quote or the sentence start).
     */
    private Np nameBeforeApposition(int comma, int from) {
        for (int j = comma - 1; j >= from && j >= comma - 30 && !quoted[j]; j--) {
            if (!tv.get(j).ner().equals("PERSON")) continue;
            int last = j;
            int first = j;
            while (first - 1 >= from && !quoted[first - 1] && (tv.get(first - 1).ner().equals("PERSON")
                    || tv.get(first - 1).pos().startsWith("NNP") && tv.isCapitalised(first - 1)
                    || tv.lower(first - 1).equals("of") && first - 2 >= from && tv.isCapitalised(first - 2))) {
                first--; // "U.S. Secretary of State Antony Blinken"
            }
            boolean startsPhrase = first == from || tv.lower(first - 1).equals(",") || quoted[first - 1];
            String next = tv.lower(last + 1);
            boolean appositionFollows = next.equals(",") || next.equals("(") || next.equals("-lrb-");
            if (startsPhrase && appositionFollows && last < comma - 1) return new Np(first, last, last);
            j = first;
        }
        return null;
    }

    /** The subject right after a cue in inverted order ("said Secretary Rutte", "says the report"). */
    Np after(int cueLast, int end) {
        int k = cueLast + 1;
        while (k < end && !quoted[k] && (tv.get(k).pos().startsWith("RB") || isDate(k))) k++;
        if (k >= end || quoted[k]) return null;
        int first = k;
        int head = -1;
        while (k < end && !quoted[k] && nominal(k)) {
            if (isHeadLike(k)) head = k;
            if (PERSONAL.contains(tv.lower(k))) {
                head = k;
                k++;
                break;
            }
            k++;
        }
        if (head < 0) return null;
        if (k < end && tv.isPossessive(k)) return null;
        return new Np(first, head, head);
    }

    /** The subject of the clause a participle or a later cue hangs on: the first noun phrase before the first verb. */
    Np clauseSubject(int from, int upTo) {
        for (int k = from; k < upTo; k++) {
            if (quoted[k]) continue;
            String pos = tv.get(k).pos();
            boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")
                    || pos.isEmpty() && tv.isVerb(k);
            if (finite) return before(k, from);
        }
        return null;
    }

    Np nounPhraseEndingAt(int k, int from) {
        if (k < from || quoted[k]) return null;
        String w = tv.lower(k);
        if (RELATIVE.contains(w) && (!w.equals("that") || tv.get(k).pos().equals("WDT")) || PERSONAL.contains(w)) {
            return new Np(k, k, k); // "an organization that/WDT endorsed Sanders"; "that/IN" is a complementizer
        }
        if (!isHeadLike(k)) return null;
        int first = k;
        while (first - 1 >= from && !quoted[first - 1] && nominal(first - 1)) {
            first--;
            String f = tv.lower(first);
            if (f.equals("the") || f.equals("a") || f.equals("an")) break;
        }
        return new Np(first, k, k);
    }

    private boolean isHeadLike(int k) {
        String pos = tv.get(k).pos();
        if (tv.get(k).ner().equals("PERSON") && tv.isCapitalised(k)) return true;
        if (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD") && tv.lower(k).length() > 1) {
            return !isDate(k) || tv.get(k).ner().equals("PERSON");
        }
        return pos.isEmpty() && tv.isCapitalised(k);
    }

    private boolean nominal(int k) {
        String pos = tv.get(k).pos();
        String w = tv.lower(k);
        return pos.startsWith("NN") || tv.get(k).ner().equals("PERSON") // ("said Skip/VB Rutherford": a tagger's slip)
                || pos.startsWith("JJ") || pos.equals("DT") && !w.equals("that") && !w.equals("this")
                || pos.equals("PRP$") || pos.equals("POS") || pos.equals("CD")
                || (pos.equals("HYPH") || w.equals("-")) && attached(k) // "vice-president", not "WASHINGTON — Sen. X"
                || w.equals("'s") || w.equals("of") && k > 0 && tv.isCapitalised(k - 1);
    }

    /** Whether token {@code k} touches the tokens on both sides (no space between). */
    private boolean attached(int k) {
        return k > 0 && k + 1 < tv.size() && tv.get(k - 1).span().end() == tv.get(k).span().start()
                && tv.get(k).span().end() == tv.get(k + 1).span().start();
    }

    private boolean isDate(int k) {
        return tv.isTime(k) || tv.lower(k).equals("on") && k + 1 < tv.size() && tv.isTime(k + 1);
    }
}
