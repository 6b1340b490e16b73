package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;

/**
 * Finds reporting cues in a sentence, outside quotation marks: verbs of the cue lexicon (by lemma), "according
 * to", "point out". Past participles count only in perfect tenses ("has said"), not as adjectives ("a so-called
 * deal", "a meeting called by").
 */
final class CueFinder {
    /** Cue words are tokens {@code [first, last]}. */
    record Cue(int first, int last, String lemma, AttributionKind kind) {
    }

    private static final Set<String> PERFECT = Set.of("has", "have", "had", "'ve", "having");
    private static final Set<String> RAISING = Set.of("seem", "appear");

    private final Cues cues;

    CueFinder(Cues cues) {
        this.cues = cues;
    }

    List<Cue> find(TokenView tv, Sentence s, boolean[] quotedToken) {
        List<Cue> out = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (quotedToken[k]) continue;
            if (k + 1 < s.endToken() && !quotedToken[k + 1]) {
                Optional<String> phrase = cues.phrase(tv.get(k).word(), tv.get(k).lemma(), tv.lower(k + 1));
                boolean verbal = tv.get(k).pos().startsWith("VB") || tv.lower(k).equals("according")
                        || tv.get(k).pos().isEmpty() || tv.get(k).pos().equals("NN");
                if (phrase.isPresent() && verbal && (!tv.get(k).pos().equals("VBN") || perfect(tv, k, s.firstToken())
                        || pastTagged(tv, k, s, quotedToken))) {
                    out.add(new Cue(k, k + 1, phrase.get(), cues.kindOf(phrase.get())));
                    k++;
                    continue;
                }
            }
            Optional<String> lemma = verbLemma(tv, k);
            if (lemma.isEmpty()) continue;
            if (cues.onlyBesideQuotes(lemma.get()) && !besideQuote(tv, k, s, quotedToken)) continue;
            if (cues.onlyWithAs(lemma.get()) && !asFollows(tv, k, s)) continue;
            if (lemma.get().equals("know") && k > s.firstToken() && tv.lower(k - 1).equals("you")
                    && (k + 1 >= s.endToken() || tv.lower(k + 1).equals(",") || tv.isPunctuation(k + 1))) {
                continue; // "you know," is a filler, not a belief
            }
            String pos = tv.get(k).pos();
            if (pos.equals("VBN") && cues.hearerObject(lemma.get()) && agentlessPassive(tv, k, s)) continue; // "are informed about"
            if (pos.equals("VBN") && !perfect(tv, k, s.firstToken()) && !pastTagged(tv, k, s, quotedToken)
                    && !passiveWithAgent(tv, k, s) && !agentlessPassive(tv, k, s) && !openingParticiple(tv, k, s)) continue;
            if (pos.equals("VBG") && !participleOfSpeaker(tv, k, s.firstToken()) && !introducesQuote(tv, k, s, quotedToken)
                    && !(lemma.get().equals("say") && saidByNoun(tv, k, s))) continue;
            if (pos.equals("VB") && k - 2 >= s.firstToken() && tv.lower(k - 1).equals("to") && !out.isEmpty()
                    && out.get(out.size() - 1).first() == k - 2 && RAISING.contains(out.get(out.size() - 1).lemma())) {
                // "seemed to think the outreach was phony": the subject thinks; "seemed to" only hedges it
                out.set(out.size() - 1, new Cue(k - 2, k, lemma.get(), cues.kindOf(lemma.get())));
                continue;
            }
            if (pos.equals("VB") && k - 2 >= s.firstToken() && tv.lower(k - 1).equals("to") && !quotedToken[k - 2]
                    && cues.verbLemma(tv.get(k - 2).word(), tv.get(k - 2).lemma()).filter(l -> l.equals("continue")).isPresent()) {
                out.add(new Cue(k - 2, k, lemma.get(), cues.kindOf(lemma.get()))); // "continues to insist that …"
                continue;
            }
            if (pos.equals("VB") && k > s.firstToken() && tv.lower(k - 1).equals("to")
                    && !Set.of("say", "tell", "add", "note", "write").contains(lemma.get())) {
                continue; // "refused to answer": nothing was said; after a modal it still reports ("critics would call them …")
            }
            if (lemma.get().equals("find") && foundAWay(tv, k, s)) continue; // "found a way to …", "found herself in …"
            if (lemma.get().equals("continue") && k + 1 < s.endToken()
                    && (tv.lower(k + 1).equals("to") || tv.get(k + 1).pos().equals("VBG"))) {
                continue; // "continued to rise": an aspect verb, not "he continued: …"
            }
            out.add(new Cue(k, k, lemma.get(), cues.kindOf(lemma.get())));
        }
        return out;
    }

    private Optional<String> verbLemma(TokenView tv, int k) {
        String pos = tv.get(k).pos();
        String word = tv.get(k).word();
        Optional<String> lemma = cues.verbLemma(word, tv.get(k).lemma());
        if (lemma.isEmpty()) return lemma;
        if (pos.startsWith("VB")) return lemma;
        // annotators without a tagger (or a tagger's slip on an inflected form): an inflected cue form, never a bare noun
        boolean inflected = !tv.lower(k).equals(lemma.get()) && !pos.equals("NNS") && !pos.startsWith("NNP")
                && !(pos.equals("NN") && tv.lower(k).endsWith("ing")); // "approval rating", "the ruling": nouns
        return inflected && (pos.isEmpty() || pos.equals("NN")) ? lemma : Optional.empty();
    }

    /**
     * A present participle reports speech after a comma (", saying …"), in a progressive ("is claiming"), or
     * after "by"/"while"/"after"; after a noun it modifies the noun ("polls showing …") and is no cue.
     */
    private static boolean participleOfSpeaker(TokenView tv, int k, int sentenceStart) {
        int j = k - 1;
        while (j >= sentenceStart && (tv.get(j).pos().startsWith("RB") || tv.lower(j).equals("not"))) j--;
        if (j < sentenceStart) return true;
        String w = tv.lower(j);
        return w.equals(",") || w.equals("by") || w.equals("while") || w.equals("after") || w.equals("before")
                || w.equals("for")
                || w.equals("when") || w.equals("and") || w.equals("--") || w.equals("—")
                || Set.of("is", "are", "was", "were", "be", "been", "'s", "'re", "am").contains(w);
    }

    /**
     * A past tense the tagger read as a participle ("the NAACP called/VBN for a moratorium", "the nominee
     * noted/VBN Friday that …"): the clause has no finite verb before it, a noun right before it, and none after it
     * before its content starts; "a meeting called by", "the poll released Friday shows" stay participles.
     */
    private static boolean pastTagged(TokenView tv, int k, Sentence s, boolean[] quotedToken) {
        if (k == s.firstToken()) return false;
        boolean apposition = afterApposition(tv, k, s);
        if (!apposition && !tv.get(k - 1).pos().startsWith("NN") && !tv.get(k - 1).pos().equals("PRP")) return false;
        if (k + 1 < s.endToken() && tv.lower(k + 1).equals("by")) return false;
        for (int j = s.firstToken(); j < k; j++) {
            if (!quotedToken[j] && finite(tv.get(j).pos())) return false;
        }
        for (int j = k + 1; j < s.endToken(); j++) {
            String w = tv.lower(j);
            if (apposition && w.equals(",")) return false; // "The fee, called for in the bill, was …": a participle
            if (quotedToken[j] || w.equals("that") || w.equals(",") || w.equals(":") || DASHES.contains(w)) return true;
            if (finite(tv.get(j).pos())) return false;
        }
        return true;
    }

    private static final Set<String> DASHES = Set.of("--", "—", "–");
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves", "myself",
            "ourselves", "yourself");

    /** "has found ways to press his agenda", "found herself in a tight race": finding, not a finding. */
    private static boolean foundAWay(TokenView tv, int k, Sentence s) {
        int j = k + 1;
        if (j < s.endToken() && REFLEXIVES.contains(tv.lower(j))) return true;
        while (j < s.endToken() && j <= k + 3 && (tv.get(j).pos().equals("DT") || tv.get(j).pos().equals("PRP$")
                || tv.get(j).pos().startsWith("JJ"))) j++;
        return j < s.endToken() && (tv.lower(j).equals("way") || tv.lower(j).equals("ways"));
    }

    /**
     * "Keron Blair, executive director of AROS, called/VBN for …": the comma before the cue closes an apposition
     * after a name, so the verb is the name's past tense.
     */
    private static boolean afterApposition(TokenView tv, int k, Sentence s) {
        if (!tv.lower(k - 1).equals(",")) return false;
        for (int j = k - 3; j > s.firstToken(); j--) {
            if (tv.lower(j).equals(",")) return tv.get(j - 1).pos().startsWith("NNP");
        }
        return false;
    }

    static boolean finite(String pos) {
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /**
     * "with 30 percent of voters saying they approve", "a sign saying …", "tweets saying that …": "saying" right
     * after a noun reports what that noun's holder says; other participles after a noun only describe it.
     */
    private static boolean saidByNoun(TokenView tv, int k, Sentence s) {
        if (k == s.firstToken()) return false;
        String pos = tv.get(k - 1).pos();
        return pos.startsWith("NN") || pos.equals("CD");
    }

    /** "see Sanders as an agent …", "sees these gains as evidence": an "as" after the object, before any comma or verb. */
    private static boolean asFollows(TokenView tv, int k, Sentence s) {
        for (int j = k + 2; j < s.endToken() && j <= k + 10; j++) {
            String w = tv.lower(j);
            if (w.equals("as")) return true;
            if (w.equals(",") || w.equals(".") || tv.isVerb(j)) return false;
        }
        return false;
    }

    /** "footage of Clinton asking, “…”", "protesters chanting “…”": a participle right before a quotation. */
    private static boolean introducesQuote(TokenView tv, int k, Sentence s, boolean[] quotedToken) {
        int j = k + 1;
        if (j < s.endToken() && !quotedToken[j] && (tv.lower(j).equals(",") || tv.lower(j).equals(":"))) j++;
        return j < s.endToken() && quotedToken[j];
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re");

    /** "has been endorsed by dozens of papers": a passive cue whose agent, after "by", is the source. */
    static boolean passiveWithAgent(TokenView tv, int k, Sentence s) {
        if (k + 2 >= s.endToken() || !tv.lower(k + 1).equals("by")) return false;
        int j = k - 1;
        while (j >= s.firstToken() && (tv.get(j).pos().startsWith("RB") || tv.lower(j).equals("not"))) j--;
        return j > s.firstToken() && BE.contains(tv.lower(j));
    }

    /** "Asked about the bomb, he said …", "when pressed on why …": a participle opening its clause. */
    static boolean openingParticiple(TokenView tv, int k, Sentence s) {
        if (k + 1 < s.endToken() && tv.lower(k + 1).equals("by")) return false; // "when pressed by Holt": an agent
        return k == s.firstToken() || tv.lower(k - 1).equals("when") || tv.lower(k - 1).equals("if");
    }

    /** "peacekeepers have been blamed for …", "the veto is expected to …": a passive cue with no agent. */
    static boolean agentlessPassive(TokenView tv, int k, Sentence s) {
        if (k + 1 < s.endToken() && tv.lower(k + 1).equals("by") || tv.isCapitalised(k)) return false; // a Title Case headline
        int j = k - 1;
        while (j >= s.firstToken() && (tv.get(j).pos().startsWith("RB") || tv.lower(j).equals("not"))) j--;
        return j > s.firstToken() && BE.contains(tv.lower(j)) && !tv.get(j).pos().equals("POS"); // "Russia's suspected ties"
    }

    /** "“…,” the letter reads." / "The letter reads: “…”": a closing quote a few words before, or a quote after. */
    private static boolean besideQuote(TokenView tv, int k, Sentence s, boolean[] quotedToken) {
        for (int j = k - 1; j >= s.firstToken() && j >= k - 5; j--) if (quotedToken[j]) return true;
        int j = k + 1;
        if (j + 1 == s.endToken() && tv.lower(j).equals(":")) return true; // "Caddell continued:" and the quote below
        while (j < s.endToken() && j <= k + 2 && !quotedToken[j]) j++;
        return j < s.endToken() && quotedToken[j];
    }

    private static boolean perfect(TokenView tv, int k, int sentenceStart) {
        if (coordinatedPerfect(tv, k, sentenceStart)) return true;
        for (int j = k - 1; j >= sentenceStart && j >= k - 3; j--) {
            String w = tv.lower(j);
            if (PERFECT.contains(w)) return true;
            if (!tv.get(j).pos().startsWith("RB") && !w.equals("not") && !w.equals("also")) return false;
        }
        return false;
    }

    /**
     * "who have taken to the streets and called/VBN for footage to be released": a participle after "and" shares
     * the perfect of the verb before it.
     */
    private static boolean coordinatedPerfect(TokenView tv, int k, int sentenceStart) {
        int j = k - 1;
        while (j > sentenceStart && tv.get(j).pos().startsWith("RB")) j--;
        if (j <= sentenceStart || !tv.lower(j).equals("and")) return false;
        for (int v = j - 1; v >= sentenceStart && v >= j - 20; v--) {
            String pos = tv.get(v).pos();
            if (pos.equals(",") || pos.equals(":") || tv.lower(v).equals("and")) return false;
            if (pos.startsWith("VB") && !pos.equals("VBG")) return pos.equals("VBN") && plainPerfect(tv, v, sentenceStart);
        }
        return false;
    }

    private static boolean plainPerfect(TokenView tv, int k, int sentenceStart) {
        for (int j = k - 1; j >= sentenceStart && j >= k - 3; j--) {
            String w = tv.lower(j);
            if (PERFECT.contains(w)) return true;
            if (!tv.get(j).pos().startsWith("RB") && !w.equals("not") && !w.equals("also")) return false;
        }
        return false;
    }
}
