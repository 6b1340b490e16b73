package org.parley.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * The speaker turns of a transcript ("President of Russia Vladimir Putin: ...", "Question: ..."): a sentence that
 * opens with a short capitalised label and a colon hands the floor to whoever the label names, until the next such
 * label. "I" and "we" inside a turn are its speaker; inside a turn whose label names no person ("Question:",
 * "Remark:") they are nobody we know, and stay unresolved rather than guessed.
 */
final class Turns {
    /** One turn: where it begins, and its speaker when the label names a person. */
    record Turn(int start, Optional<Candidate> speaker) {
    }

    private static final int MAX_LABEL = 7;
    private static final Set<String> GLUE = Set.of("of", "the", "and", "for", "on");

    private final List<Turn> turns;

    private Turns(List<Turn> turns) {
        this.turns = List.copyOf(turns);
    }

    static Turns of(AnnotatedArticle doc, List<LocalEntity> entities) {
        List<Turn> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            int colon = -1;
            for (int i = s.firstToken(); i < s.endToken() && i <= s.firstToken() + MAX_LABEL; i++) {
                if (tokens.get(i).word().equals(":")) {
                    colon = i;
                    break;
                }
            }
            if (colon > s.firstToken() && colon + 1 < s.endToken() && label(tokens, s.firstToken(), colon)) {
                Span label = new Span(tokens.get(s.firstToken()).span().start(), tokens.get(colon - 1).span().end());
                out.add(new Turn(tokens.get(colon).span().end(), speaker(doc, entities, label)));
                continue;
            }
            // A turn whose label the sentence splitter glued to the end of the previous turn ("Thank you Vladimir
            // Putin: Regarding ..."): a person's name right before a colon and a capitalised word.
            for (int i = s.firstToken() + 1; i + 1 < s.endToken(); i++) {
                if (!tokens.get(i).word().equals(":") || !Character.isUpperCase(tokens.get(i + 1).word().charAt(0))) continue;
                Span before = tokens.get(i - 1).span();
                Optional<Candidate> who = speaker(doc, entities, before);
                if (who.isPresent() && who.get().span().end() == before.end() && who.get().name().contains(" ")) {
                    out.add(new Turn(tokens.get(i).span().end(), who));
                }
            }
        }
        return new Turns(out);
    }

    /** Capitalised words (and "of", "the", "and" between them) ending in a capitalised word: a name or a role. */
    private static boolean label(List<Token> tokens, int from, int colon) {
        for (int i = from; i < colon; i++) {
            String w = tokens.get(i).word();
            boolean upper = Character.isUpperCase(w.charAt(0));
            boolean glue = GLUE.contains(w.toLowerCase(Locale.ROOT)) && i > from;
            boolean punct = w.equals(".") || w.equals("-") || w.equals("'");
            if (!upper && !glue && !punct) return false;
        }
        return Character.isUpperCase(tokens.get(colon - 1).word().charAt(0));
    }

    private static Optional<Candidate> speaker(AnnotatedArticle doc, List<LocalEntity> entities, Span label) {
        Candidate found = null;
        for (LocalEntity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            for (EntityMention m : e.mentions()) {
                if (covers(label, m.span()) && (found == null || m.span().end() > found.span().end())) {
                    found = new Candidate(0, 1, m.span(), m.surface(), e.key(), e.name(), EntityType.PERSON, true, false, 0.7);
                }
            }
        }
        if (found != null) return Optional.of(found);
        for (Mention m : doc.mentions()) {
            if (m.type() == EntityType.PERSON && covers(label, m.span())) {
                found = new Candidate(0, 1, m.span(), m.surface(), "", m.surface(), EntityType.PERSON, true, false, 0.6);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The mention lies in the label, or (for a one-token label) ends with it. */
    private static boolean covers(Span label, Span mention) {
        return label.contains(mention) || mention.end() == label.end() && mention.start() < label.start();
    }

    boolean any() {
        return !turns.isEmpty();
    }

    /** The turn a character offset lies in, if any turn began before it. */
    Optional<Turn> at(int offset) {
        Turn last = null;
        for (Turn t : turns) {
            if (t.start() > offset) break;
            last = t;
        }
        return Optional.ofNullable(last);
    }
}
