package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.extract.entity.Lexicon;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;

/**
 * Attitudes stated with an adjective: "Graham has been critical of Trump", "aides were coy about whether they would
 * change course". The clause's subject holds a belief about the preposition's object, which is the content. Only
 * after a copula ("is", "has been", "seemed", "grew"), so "a critical review of" stays a noun phrase.
 */
final class Attitudes {
    private static final Map<String, Set<String>> STANDARD = load(Lexicon.lines(Attitudes.class, "attitudes.tsv"));
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re",
            "am", "become", "became", "becomes", "seem", "seems", "seemed", "remain", "remains", "remained", "grew",
            "grown", "grow", "appear", "appears", "appeared", "sound", "sounded", "feel", "feels", "felt");

    private final TokenView tv;
    private final boolean[] quoted;
    private final SpeakerFinder speakers;
    private final ContentBounds bounds;
    private final Cues lexicon;

    Attitudes(TokenView tv, boolean[] quoted, SpeakerFinder speakers, ContentBounds bounds, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.speakers = speakers;
        this.bounds = bounds;
        this.lexicon = lexicon;
    }

    static Map<String, Set<String>> load(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) throw new IllegalStateException("attitudes.tsv: line '" + line + "' needs adjective<TAB>prepositions");
            out.put(cols[0].strip().toLowerCase(Locale.ROOT), Set.of(cols[1].strip().toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
        }
        return Map.copyOf(out);
    }

    List<Candidate> find(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
            if (quoted[k] || quoted[k + 1] || !tv.get(k).pos().startsWith("JJ") && !tv.get(k).pos().equals("VBN")) continue;
            Set<String> preps = STANDARD.get(tv.lower(k));
            if (preps == null || !preps.contains(tv.lower(k + 1))) continue;
            int copula = k - 1;
            while (copula > s.firstToken() && (tv.get(copula).pos().startsWith("RB") || tv.lower(copula).equals("not")
                    || tv.lower(copula).equals("n't"))) copula--;
            if (!COPULAS.contains(tv.lower(copula))) continue;
            SpeakerFinder.Np np = speakers.before(copula, s.firstToken());
            if (np == null) continue;
            int first = k + 2;
            int last = bounds.end(first, s.endToken()) - 1;
            last = ContentBounds.trimStops(tv, first - 1, last);
            if (last < first) continue;
            CueFinder.Cue cue = new CueFinder.Cue(k, k + 1, tv.lower(k) + " " + tv.lower(k + 1), AttributionKind.BELIEF);
            out.add(Candidate.of(tv, lexicon, s, cue, np, first, last, 0.6));
        }
        return out;
    }
}
