package org.parley.nlp.internal;

import java.util.List;
import java.util.Locale;
import org.parley.model.Token;
import org.parley.nlp.internal.RelativeDates.Tense;

/**
 * Guesses whether a date expression refers forward or back from the verb group nearest to it: first to its
 * left ("said on Thursday", "will meet on Thursday"), else to its right ("On Thursday, the minister said").
 * A modal, an infinitive or a present progressive points forward; a past tense or a perfect points back.
 */
public final class TenseGuess {
    private TenseGuess() {
    }

    /** The tense for a date starting at token {@code at} of {@code sentence} (tokens of one sentence). */
    public static Tense at(List<Token> sentence, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (isVerb(sentence.get(i))) return groupTense(sentence, i);
        }
        for (int i = at; i < sentence.size(); i++) {
            if (isVerb(sentence.get(i))) return groupTense(sentence, i);
        }
        return Tense.UNKNOWN;
    }

    private static boolean isVerb(Token t) {
        return t.pos().startsWith("VB") || t.pos().equals("MD");
    }

    private static Tense groupTense(List<Token> sentence, int verb) {
        for (int i = verb; i >= Math.max(0, verb - 3); i--) {
            Token t = sentence.get(i);
            String word = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().equals("MD") || word.equals("to") || word.equals("going")) return Tense.FUTURE;
            if (t.pos().equals("VBD")) return Tense.PAST;
            if (word.equals("has") || word.equals("have")) return Tense.PAST;
            if (i < verb && !isVerb(t) && !t.pos().startsWith("RB")) break;
        }
        String pos = sentence.get(verb).pos();
        return switch (pos) {
            case "VBD", "VBN" -> Tense.PAST;
            case "VBZ", "VBP", "VBG" -> Tense.FUTURE;
            default -> Tense.UNKNOWN;
        };
    }
}
