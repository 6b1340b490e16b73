package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;

/** Reports carried by a noun with its owner: "Trump's claim that …", "her plan to …", "his comments about …". */
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
            Optional<AttributionKind> kind = lexicon.noun(tv.lemma(k));
            if (kind.isEmpty()) continue;
            int owner = k - 1;
            while (owner > s.firstToken() && tv.get(owner).pos().startsWith("JJ")) owner--;
            SpeakerFinder.Np np;
            if (tv.get(owner).pos().equals("PRP$")) np = new SpeakerFinder.Np(owner, owner, owner);
            else if (tv.isPossessive(owner)) np = speakers.nounPhraseEndingAt(owner - 1, s.firstToken());
            else continue;
            if (np == null) continue;
            int first = prep ? k + 2 : k + 1; // "his comments about X": X; "her plan to X", "the claim that X": all
            if (first >= s.endToken()) continue;
            int last = bounds.end(first, s.endToken()) - 1;
            last = ContentBounds.trimStops(tv, first, last);
            if (last <= first && !prep || last < first) continue;
            CueFinder.Cue cue = new CueFinder.Cue(k, k, tv.lemma(k), kind.get());
            out.add(Candidate.of(tv, lexicon, s, cue, np, first, last, 0.6));
        }
        return out;
    }
}
