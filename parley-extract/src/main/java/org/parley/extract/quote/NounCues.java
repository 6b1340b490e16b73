package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;

/**
 * Reports carried by a noun with its owner ("Trump's claim that …", "her plan to …", "his comments about …") or with
 * the subject of a light verb ("made the case for …", "sounded a call for …").
 */
final class NounCues {
    private final TokenView tv;
    private final boolean[] quoted;
    private final SpeakerFinder speakers;
    private final ContentBounds bounds;
    private final Cues lexicon;

    NounCues(TokenView tv, boolean[] quoted, SpeakerFinder speakers, ContentBounds bounds, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.speakers = speakers;
        this.bounds = bounds;
        this.lexicon = lexicon;
    }

    private static final Set<String> NOUN_PREPOSITIONS = Set.of("about", "of", "on", "for", "against", "over");

    /**
     * "Trump's claim that …", "her warning that …", "his comments about …", "her plan to …": a reporting noun, its
     * owner, and what follows: the clause after "that", the infinitive, or the preposition's object.
     */
    List<Candidate> nounCues(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (quoted[k] || !tv.get(k).pos().startsWith("NN") || quoted[k + 1]) continue;
            String next = tv.lower(k + 1);
            boolean that = next.equals("that");
            boolean prep = NOUN_PREPOSITIONS.contains(next);
            boolean infinitive = next.equals("to") && k + 2 < s.endToken() && tv.get(k + 2).pos().equals("VB");
            if (!that && !prep && !infinitive) continue;
            if (prep && k + 2 < s.endToken() && tv.isTime(k + 2)) continue; // "Obama's remarks on Saturday": when, not what
            Optional<AttributionKind> kind = lexicon.noun(tv.lemma(k));
            if (kind.isEmpty()) continue;
            int owner = k - 1;
            while (owner > s.firstToken() && tv.get(owner).pos().startsWith("JJ")) owner--;
            SpeakerFinder.Np np;
            int lightVerb;
            if (tv.get(owner).pos().equals("PRP$")) np = new SpeakerFinder.Np(owner, owner, owner);
            else if (tv.isPossessive(owner)) np = speakers.nounPhraseEndingAt(owner - 1, s.firstToken());
            else if ((lightVerb = lightVerbBefore(owner, s)) >= 0) np = speakers.before(lightVerb, s.firstToken());
            else continue;
            if (np == null) continue;
            int first = prep ? k + 2 : k + 1; // "his comments about X": X; "her plan to X", "the claim that X": all
            if (first >= s.endToken()) continue;
            int last = bounds.end(first, s.endToken()) - 1;
            if (prep && !bounds.shapes().finiteBefore(s.firstToken(), owner)) {
                // "Her remarks on trade were short": the noun is the subject; its topic ends before the verb
                for (int j = first + 1; j <= last; j++) {
                    if (!quoted[j] && CueFinder.finite(tv.get(j).pos())) {
                        last = j - 1;
                        break;
                    }
                }
            }
            last = ContentBounds.trimStops(tv, first, last);
            if (last <= first && !prep || last < first) continue;
            CueFinder.Cue cue = new CueFinder.Cue(k, k, tv.lemma(k), kind.get());
            out.add(Candidate.of(tv, lexicon, s, cue, np, first, last, 0.6));
        }
        return out;
    }

    /** Whether a verb cue is the light verb of a reporting noun read already ("sounded a call for"). */
    boolean carriesNoun(CueFinder.Cue cue, List<Candidate> nounReports) {
        for (Candidate n : nounReports) {
            int owner = n.cue.first() - 1;
            while (owner > cue.last() && (tv.get(owner).pos().equals("DT") || tv.get(owner).pos().startsWith("JJ"))) owner--;
            if (owner == cue.last() && LIGHT_VERBS.contains(tv.lemma(cue.last()))) return true;
        }
        return false;
    }

    /** Verbs that carry a reporting noun as their object: "raised questions about", "made the case for". */
    private static final Set<String> LIGHT_VERBS = Set.of("raise", "share", "renew", "lodge", "make", "sound", "air",
            "register"); // ("expressed concern about" is read by the cue verb "express")

    /**
     * "Trump has raised questions about X", "the senator made the case for Y": the verb before the noun (past a
     * determiner and adjectives) whose subject holds the noun's content; -1 when there is none.
     */
    private int lightVerbBefore(int k, Sentence s) {
        int j = k;
        while (j > s.firstToken() && (tv.get(j).pos().equals("DT") || tv.get(j).pos().startsWith("JJ"))) j--;
        if (quoted[j] || !tv.get(j).pos().startsWith("VB") || tv.get(j).pos().equals("VBG") && j > s.firstToken()
                && !tv.lower(j - 1).equals(",")) return -1;
        return LIGHT_VERBS.contains(tv.lemma(j)) ? j : -1;
    }
}
