package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;

/**
 * Reports with no named source: an agentless passive ("peacekeepers have been blamed for …"), "Asked about X, …",
 * "it is clear that …" and raising verbs ("the deal seems to …"). Their speaker stays empty; the content is the
 * clause they report.
 */
final class SourcelessReports {

    private final TokenView tv;
    private final boolean[] quoted;
    private final SpeakerFinder speakers;
    private final ContentBounds bounds;
    private final Cues lexicon;

    SourcelessReports(TokenView tv, boolean[] quoted, SpeakerFinder speakers, ContentBounds bounds, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.speakers = speakers;
        this.bounds = bounds;
        this.lexicon = lexicon;
    }

    /**
     * "Peacekeepers have been blamed for introducing cholera": with no agent the source is nobody named, and what is
     * reported is the whole clause, its subject included.
     */
    Candidate agentless(Sentence s, CueFinder.Cue cue) {
        SpeakerFinder.Np subject = speakers.before(cue.first(), s.firstToken());
        if (subject == null || subject.first() >= cue.first() || Set.of("who", "which", "that").contains(tv.lower(subject.head()))) {
            return null;
        }
        int before = subject.first() - 1;
        if (before >= s.firstToken() && (ReportedSpeech.SUBORDINATORS.contains(tv.lower(before)) || tv.lower(before).equals("whether"))) {
            return null; // "if it were offered": a condition, not a report
        }
        int last = bounds.end(cue.last() + 1, s.endToken()) - 1;
        last = ContentBounds.trimStops(tv, cue.last(), last);
        Candidate c = Candidate.of(tv, lexicon, s, cue, subject, subject.first(), last, 0.5);
        c.speaker = null;
        return c;
    }

    /** "Asked about the bomb, he said …": what was put to the source, by someone unnamed, runs to the comma. */
    Candidate asked(Sentence s, CueFinder.Cue cue) {
        int first = cue.last() + 1;
        if (first < s.endToken() && Set.of("about", "on", "over").contains(tv.lower(first))) first++;
        int last = first;
        while (last + 1 < s.endToken() && (quoted[last + 1] || !ContentBounds.STOPS.contains(tv.lower(last + 1)))) last++;
        if (first >= s.endToken() || last + 1 >= s.endToken() || !tv.lower(last + 1).equals(",")) return null;
        Candidate c = Candidate.of(tv, lexicon, s, cue, new SpeakerFinder.Np(cue.first(), cue.first(), cue.first()), first, last, 0.5);
        c.speaker = null;
        return c;
    }

    /** "it is clear that …", "it was unclear whether …": the clause is reported with no source. */
    List<Candidate> evidentials(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (int k = s.firstToken(); k + 3 < s.endToken(); k++) {
            if (quoted[k] || !tv.lower(k).equals("it")) continue;
            int j = k + 1;
            if (!Set.of("is", "was", "'s", "seems", "seemed", "became", "becomes").contains(tv.lower(j))) continue;
            j++;
            while (j < s.endToken() && (tv.get(j).pos().startsWith("RB") || tv.lower(j).equals("not"))) j++;
            if (j + 1 >= s.endToken() || quoted[j] || !lexicon.isEvidential(tv.lower(j))) continue;
            int first = j + 1;
            if (!tv.lower(first).equals("that") && !tv.lower(first).equals("whether")) continue;
            int last = bounds.end(first, s.endToken()) - 1;
            last = ContentBounds.trimStops(tv, first, last);
            if (last <= first) continue;
            CueFinder.Cue cue = new CueFinder.Cue(j, j, tv.lemma(j), AttributionKind.BELIEF);
            Candidate c = Candidate.of(tv, lexicon, s, cue, new SpeakerFinder.Np(k, k, k), first, last, 0.5);
            c.speaker = null;
            out.add(c);
        }
        Candidate adverb = hearsay(s);
        if (adverb != null) out.add(adverb);
        return out;
    }

    private static final Set<String> HEARSAY = Set.of("reportedly", "allegedly", "purportedly", "supposedly", "apparently");

    /**
     * "The Club for Growth is reportedly spending $1.5 million …", "Cuccinelli reportedly reacted by …": an adverb of
     * hearsay before the main verb reports its whole clause, subject included, from nobody named.
     */
    private Candidate hearsay(Sentence s) {
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (quoted[k] || !HEARSAY.contains(tv.lower(k))) continue;
            SpeakerFinder.Np subject = speakers.before(k, s.firstToken());
            if (subject == null || Set.of("who", "which", "that").contains(tv.lower(subject.head()))) return null;
            int verb = k + 1;
            while (verb < s.endToken() && SpeakerFinder.isAuxiliary(tv.lower(verb))) verb++;
            if (verb >= s.endToken() || !tv.isVerb(verb) && !tv.get(verb).pos().startsWith("JJ")) return null;
            int last = bounds.end(k + 1, s.endToken()) - 1;
            last = ContentBounds.trimStops(tv, k, last);
            if (last <= k) return null;
            CueFinder.Cue cue = new CueFinder.Cue(k, k, tv.lower(k), AttributionKind.REPORT);
            Candidate c = Candidate.of(tv, lexicon, s, cue, subject, subject.first(), last, 0.5);
            c.speaker = null;
            return c;
        }
        return null;
    }

    /**
     * What follows a raising verb in its raising use: "to …", an adjective or participle, "as if"/"like", "that …";
     * "appeared on CNN" or "appeared at a rally" is someone showing up, not an impression.
     */
    private boolean raisingUse(int k, Sentence s) {
        while (k < s.endToken() && tv.get(k).pos().startsWith("RB")) k++;
        if (k >= s.endToken()) return false;
        String w = tv.lower(k);
        String pos = tv.get(k).pos();
        return w.equals("to") || w.equals("as") || w.equals("like") || w.equals("that") || pos.startsWith("JJ")
                || pos.equals("VBN") || pos.equals("DT") || quoted[k];
    }

    /** "X seems to …", "X appears to …": the source is nobody in particular and the content includes X. */
    static boolean raising(CueFinder.Cue cue) {
        return cue.lemma().equals("seem") || cue.lemma().equals("appear");
    }

    Candidate raised(Sentence s, CueFinder.Cue cue, SpeakerFinder.Np subject) {
        if (subject == null || subject.first() >= cue.first() || !raisingUse(cue.last() + 1, s)) return null;
        int last = bounds.end(cue.first(), s.endToken()) - 1;
        last = ContentBounds.trimStops(tv, cue.first(), last);
        if (last <= cue.first()) return null;
        Candidate c = Candidate.of(tv, lexicon, s, cue, subject, subject.first(), last, 0.5);
        c.speaker = null;
        return c;
    }
}
