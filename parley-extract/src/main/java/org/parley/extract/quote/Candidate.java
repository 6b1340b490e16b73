package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.AttributionKind;
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

    Candidate(Span content, AttributionKind kind, int sentence, int paragraph) {
        this.content = content;
        this.kind = kind;
        this.sentence = sentence;
        this.paragraph = paragraph;
    }
}
