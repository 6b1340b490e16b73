package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;
import org.parley.model.Span;

/** An attribution while an article is being read: content, cue and the speaker's noun phrase, before resolution. */
final class Candidate {
    Span content;
    boolean direct;
    List<Span> fragments = new ArrayList<>();
    CueFinder.Cue cue;
    SpeakerFinder.Np speaker;
    AttributionKind kind;
    int sentence;
    int paragraph;
    double confidence;
    /** For cues after their content ("…, he said."): the first token of the speaker-and-cue tail. */
    int tailFirst = -1;
    /** A quote with no cue of its own: it continues the previous speaker's turn, if there is one. */
    boolean continuation;
    boolean consumed;
    /** For a cue ending its sentence with a colon ("Caddell continued:"): the colon's token; the quote follows. */
    int colon = -1;

    /** A candidate whose content is tokens {@code [first, last]} (empty at {@code first} when last < first). */
    static Candidate of(TokenView tv, Cues lexicon, Sentence s, CueFinder.Cue cue, SpeakerFinder.Np np, int first, int last,
                        double conf) {
        Span content = last >= first ? new Span(tv.get(first).span().start(), tv.get(last).span().end())
                : new Span(tv.get(first).span().start(), tv.get(first).span().start());
        AttributionKind kind = lexicon.isReportNoun(tv.lower(np.head())) ? AttributionKind.REPORT : cue.kind();
        Candidate c = new Candidate(content, kind, s.index(), s.paragraph());
        c.cue = cue;
        c.speaker = np;
        c.confidence = conf;
        c.fragments.add(content);
        return c;
    }

    Candidate(Span content, AttributionKind kind, int sentence, int paragraph) {
        this.content = content;
        this.kind = kind;
        this.sentence = sentence;
        this.paragraph = paragraph;
    }
}
