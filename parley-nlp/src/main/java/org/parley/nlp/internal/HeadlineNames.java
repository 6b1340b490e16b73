package org.parley.nlp.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Cuts names the CRF ran on through a title-case line back to the name the article uses elsewhere.
 *
 * <p>In a headline every word is capitalised, and a CRF trained on running text reads the capitals as one long
 * name: "NATO Pushes for Military Aid Over Peace Talks" came out as one ORGANIZATION on a seed, and then held
 * stances as if it were a body. When such a name (three words or more, in a title-case sentence) begins or ends
 * with a name of the same type the article mentions outside title-case lines, and the cut falls between two
 * capitalised words, it is cut to that name and the rest of its tokens
 * lose the tag. A long name that is not found that way is left as it is: "Organization for Security and
 * Co-operation in Europe" in a headline stays whole.
 */
public final class HeadlineNames {
    private static final int MIN_WORDS = 3;

    private HeadlineNames() {
    }

    public static List<Mention> apply(List<Mention> mentions, List<Token> tokens, List<Sentence> sentences, String text) {
        boolean[] titleCase = new boolean[sentences.size()];
        boolean any = false;
        for (Sentence s : sentences) {
            titleCase[s.index()] = titleCase(tokens.subList(s.firstToken(), s.endToken()));
            any |= titleCase[s.index()];
        }
        if (!any) return mentions;
        Set<String> elsewhere = new HashSet<>();
        for (Mention m : mentions) {
            if (!titleCase[m.sentence()]) elsewhere.add(key(m.surface(), m));
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!titleCase[m.sentence()] || elsewhere.contains(key(m.surface(), m))) {
                out.add(m);
                continue;
            }
            List<Integer> inside = tokensOf(tokens, m.span());
            if (inside.size() < MIN_WORDS) {
                out.add(m);
                continue;
            }
            Mention cut = null;
            for (int n = inside.size() - 1; n >= 1 && cut == null; n--) {
                Span prefix = new Span(m.span().start(), tokens.get(inside.get(n - 1)).span().end());
                Span suffix = new Span(tokens.get(inside.get(inside.size() - n)).span().start(), m.span().end());
                // Cut only between two capitalised words: "NATO | Pushes", not "… Co-operation in | Europe".
                if (capitalised(tokens.get(inside.get(n))) && elsewhere.contains(key(prefix.of(text), m))) {
                    cut = new Mention(prefix, prefix.of(text), m.type(), m.nerTag(), m.sentence());
                } else if (capitalised(tokens.get(inside.get(inside.size() - n - 1))) && elsewhere.contains(key(suffix.of(text), m))) {
                    cut = new Mention(suffix, suffix.of(text), m.type(), m.nerTag(), m.sentence());
                }
            }
            if (cut == null) {
                out.add(m);
                continue;
            }
            out.add(cut);
            for (int i : inside) {
                Token t = tokens.get(i);
                if (!cut.span().contains(t.span())) {
                    tokens.set(i, t.withNer("O"));
                }
            }
        }
        return out;
    }

    private static String key(String surface, Mention typed) {
        return typed.type() + " " + surface;
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.word().charAt(0));
    }

    /** Four words or more, and every word of four letters or more capitalised: a headline, not a sentence. */
    static boolean titleCase(List<Token> sentence) {
        int words = 0;
        for (Token t : sentence) {
            String w = t.word();
            if (!Character.isLetter(w.charAt(0))) continue;
            words++;
            if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) return false;
        }
        return words >= 4;
    }

    private static List<Integer> tokensOf(List<Token> tokens, Span span) {
        List<Integer> out = new ArrayList<>();
        for (int i = NameConsistency.firstTokenAt(tokens, span); i < tokens.size() && tokens.get(i).span().start() < span.end(); i++) {
            if (span.contains(tokens.get(i).span())) out.add(i);
        }
        return out;
    }
}
