package org.parley.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.entity.Lexicon;
import org.parley.extract.entity.TokenView;
import org.parley.model.Span;

/**
 * Finds the labels that hand the floor to a speaker in a transcript: "Vladimir Putin: …", "President of Russia
 * Vladimir Putin: …", "Question: …", "Kyriakos Mitsotakis (retranslated): …", also inline, after the last sentence
 * of the turn before ("… Thank you. Dmitry Peskov: Good afternoon.").
 *
 * <p>A label is a run of capitalised words (with "of", "the" … between them and an initial such as "V.") right
 * before a colon that is followed by a capitalised word or a quotation mark, outside quotation marks, and
 * <ul>
 *   <li>{@code clean}: it opens a paragraph or follows the end of a sentence, and names a person (a PERSON token)
 *       or is a generic turn word ({@code turn-labels.txt}: "Question", "Remark");</li>
 *   <li>{@code glued}: the sentence splitter ran the label into the turn before ("Thank you Vladimir Putin:"):
 *       only its last two or more PERSON tokens are the label.</li>
 * </ul>
 */
final class TurnLabels {
    /** A label: its tokens [first, last], the colon's token, and whether it names nobody ("Question"). */
    record Label(int first, int last, int colon, boolean generic) {
    }

    /** Scraped labels can repeat the name and title ('… Nikolai Patrushev Patrushev NikolaiSecretary of …'). */
    private static final int MAX_WORDS = 20;
    private static final org.parley.extract.entity.Titles TITLES = org.parley.extract.entity.Titles.standard();
    private static final Set<String> INVERTED_CUES = Set.of("said", "says", "added", "adds", "asked", "asks", "told",
            "wrote", "writes", "explained", "continued", "replied");
    private static final Set<String> GLUE = Set.of("of", "the", "and", "for", "on", "de", "da", "von", "van", "der",
            "al", "bin", "la", "le");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!", "…", "...", "”", "\"", "''", "»", ")", "-RRB-");
    private static final Set<String> GENERIC = Set.copyOf(Lexicon.lines(TurnLabels.class, "turn-labels.txt"));

    private TurnLabels() {
    }

    static List<Label> find(TokenView tv, boolean[] quoted) {
        List<Label> out = new ArrayList<>();
        for (int c = 1; c + 1 < tv.size(); c++) {
            if (!tv.get(c).word().equals(":") || !opensTurn(tv, c + 1)) continue;
            Label l = label(tv, c);
            // inside quotation marks only a person's name makes a label: a transcript's stray or glued marks
            // ('things."Putin is to blame," they say.') must not hide the next turn
            if (l != null && (!quoted[c] || !l.generic() && l.last() > l.first())) out.add(l);
        }
        return out;
    }

    /** The token after the colon opens a turn: a capitalised word, a figure or a quotation mark. */
    private static boolean opensTurn(TokenView tv, int k) {
        String w = tv.get(k).word();
        char ch = w.charAt(0);
        return Character.isUpperCase(ch) || Character.isDigit(ch) || "“\"‘'«`…".indexOf(ch) >= 0 || w.startsWith("..");
    }

    private static Label label(TokenView tv, int colon) {
        int last = colon - 1;
        // "(retranslated)", "(via interpreter)": a lower-case remark in brackets between the name and the colon
        if (isClosing(tv.get(last).word())) {
            int k = last - 1;
            while (k > 0 && k > last - 5 && !isOpening(tv.get(k).word())) {
                if (Character.isUpperCase(tv.get(k).word().charAt(0))) return null;
                k--;
            }
            if (k <= 0 || !isOpening(tv.get(k).word())) return null;
            last = k - 1;
        }
        if (last < 0 || !capitalised(tv, last)) return null;
        int first = last;
        while (first - 1 >= 0 && last - first + 1 < MAX_WORDS && labelWord(tv, first - 1)
                && sameLine(tv, first - 1, first)) {
            first--;
        }
        while (first < last && !capitalised(tv, first)) first++;
        if (mixedCase(tv, first, last) || headline(tv, first)) return null;
        // "Said Ellis: “…”" is a cue and its speaker, not a label (the tagger may take "Said" for a name)
        for (int k = first; k <= last; k++) if (tv.get(k).pos().startsWith("VB") || INVERTED_CUES.contains(tv.lower(k))) return null;
        boolean generic = GENERIC.contains(tv.lower(first)) && last - first < 3;
        boolean person = false;
        for (int k = first; k <= last; k++) person |= tv.get(k).ner().equals("PERSON");
        person |= roleAndName(tv, first, last);
        if (cleanStart(tv, first)) {
            return person || generic ? new Label(first, last, colon, generic && !person) : null;
        }
        // glued to the turn before: only a name of two or more PERSON tokens right before the colon
        int p = last;
        while (p >= first && tv.get(p).ner().equals("PERSON")) p--;
        return last - p >= 2 ? new Label(p + 1, last, colon, false) : null;
    }

    /**
     * A label is written in one case: "PENCE", "Vladimir Putin". Upper-case words before a name in mixed case are page
     * residue ("JUST WATCHED Obama: Time for Congress to get to work"), not a speaker's label.
     */
    private static boolean mixedCase(TokenView tv, int first, int last) {
        boolean upper = false;
        boolean mixed = false;
        for (int k = first; k <= last; k++) {
            String w = tv.get(k).word();
            if (w.length() < 4 || !w.chars().allMatch(Character::isLetter)) continue; // initials, acronyms, "V."
            if (w.equals(w.toUpperCase(Locale.ROOT))) upper = true;
            else if (Character.isUpperCase(w.charAt(0))) mixed = true;
        }
        return upper && mixed;
    }

    /**
     * A short line with no final punctuation, or the text's short first line, is a headline ("Pence: Gennifer Flowers Won't Be at Debate"): its
     * words are a claim the quote rules read, not a turn.
     */
    private static boolean headline(TokenView tv, int first) {
        String text = tv.doc().text();
        int start = tv.get(first).span().start();
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!text.substring(lineStart, start).isBlank()) return false;
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0 || lineEnd - start > 200) return false;
        String line = text.substring(start, lineEnd).strip();
        char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
        // a text's short first line is its headline, whatever its final mark ("Sanders: Clinton needs to …")
        return ".?!\"”'’…".indexOf(last) < 0 || text.substring(0, start).isBlank();
    }

    /**
     * "President of the Republic of Tajikistan Emomali Rahmon": an office opening the label and two or more
     * capitalised words ending it that are neither title words nor the office's "of …" phrase name a person even
     * where the tagger did not tag them.
     */
    private static boolean roleAndName(TokenView tv, int first, int last) {
        if (!TITLES.isTitle(tv.get(first).word())) return false;
        int names = 0;
        for (int k = last; k > first && capitalised(tv, k) && !TITLES.isTitleWord(tv.get(k).word())
                && !GLUE.contains(tv.lower(k - 1)); k--) {
            names++;
        }
        return names >= 2;
    }

    /** A word a label may hold: capitalised, a joining word, an initial's full stop, a hyphen. */
    private static boolean labelWord(TokenView tv, int k) {
        String w = tv.get(k).word();
        if (capitalised(tv, k) || GLUE.contains(w.toLowerCase(Locale.ROOT))) return true;
        // the hyphen of a double first name the tokenizer split ("Kassym-Jomart Tokayev:")
        if (w.equals("-") && k > 0 && k + 1 < tv.size() && capitalised(tv, k - 1) && capitalised(tv, k + 1)) {
            return tv.get(k - 1).span().end() == tv.get(k).span().start() && tv.get(k).span().end() == tv.get(k + 1).span().start();
        }
        // the full stop of an initial ("V. Putin"), not of a sentence
        return w.equals(".") && k > 0 && tv.get(k - 1).word().length() == 1 && Character.isUpperCase(tv.get(k - 1).word().charAt(0));
    }

    private static boolean capitalised(TokenView tv, int k) {
        String w = tv.get(k).word();
        return Character.isUpperCase(w.charAt(0)) && !SENTENCE_ENDS.contains(w);
    }

    /** The label opens the text or a line, or follows the end of a sentence. */
    private static boolean cleanStart(TokenView tv, int first) {
        if (first == 0) return true;
        if (!sameLine(tv, first - 1, first)) return true;
        String before = tv.get(first - 1).word();
        return SENTENCE_ENDS.contains(before) || before.equals(":") || before.endsWith(".") && before.length() > 1
                && !Character.isUpperCase(before.charAt(before.length() - 2)); // "you." glued by the tokenizer
    }

    /** No line break between two tokens. */
    private static boolean sameLine(TokenView tv, int a, int b) {
        String text = tv.doc().text();
        return text.substring(tv.get(a).span().end(), tv.get(b).span().start()).indexOf('\n') < 0;
    }

    private static boolean isClosing(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    private static boolean isOpening(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    /** The label's span in the text. */
    static Span span(TokenView tv, Label l) {
        return new Span(tv.get(l.first()).span().start(), tv.get(l.last()).span().end());
    }
}
