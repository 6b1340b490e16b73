package org.parley.extract.issue;

import java.util.Locale;
import org.parley.model.Token;

/**
 * The one normal form every rule of the issue and stance packages compares words in: the annotator's lemma,
 * lower-cased, possessive dropped, then lightly stemmed.
 *
 * <p>Stemming on top of the lemma is deliberate: lexicon entries, issue terms and text all pass through the same
 * function, so "opposed", "opposing" and "oppose" meet at "oppos" whether the annotator gave a real lemma (CoreNLP)
 * or only the word (hand-made test articles). The key is never shown to users.
 */
public final class Lemmas {
    private Lemmas() {
    }

    /** The key of one token: its lemma, normalised. */
    public static String key(Token token) {
        return key(token.lemma().isEmpty() ? token.word() : token.lemma());
    }

    /** The key of one word or lemma as written in a term, a lexicon or a text. */
    public static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        else if (w.endsWith("'") && w.length() > 1) w = w.substring(0, w.length() - 1);
        if (w.length() <= 3 || !Character.isLetter(w.charAt(0))) return w;
        // Stemming to a fixed point makes the key the same whether it starts from a word, a real lemma or a
        // crude one ("proposed" -> "propos" -> "propo"; "propose" -> "propos" -> "propo").
        for (int i = 0; i < 3; i++) {
            String next = stem(w);
            if (next.equals(w) || next.length() < 3) return next.length() < 3 ? w : next;
            w = next;
        }
        return w;
    }

    private static String stem(String w) {
        String s = w;
        if ((s.endsWith("ies") || s.endsWith("ied")) && s.length() > 4) s = s.substring(0, s.length() - 3) + "y";
        else if (s.endsWith("i") && s.length() > 4) s = s.substring(0, s.length() - 1) + "y";
        else if (s.endsWith("sses")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) s = s.substring(0, s.length() - 1);
        if (s.endsWith("ing") && s.length() > 5) s = undouble(s.substring(0, s.length() - 3));
        else if (s.endsWith("ed") && s.length() > 4) s = undouble(s.substring(0, s.length() - 2));
        if (s.endsWith("e") && s.length() > 3) s = s.substring(0, s.length() - 1);
        return s;
    }

    /** "stopp" to "stop", "committ" to "commit"; "ll", "ss" and "zz" stay ("call", "access"). */
    private static String undouble(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lsz".indexOf(s.charAt(n - 1)) < 0
                && "aeiou".indexOf(s.charAt(n - 1)) < 0) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    /** Keys of each white-space separated word of a phrase, in order. */
    public static String[] keys(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) out[i] = key(words[i]);
        return out;
    }
}
