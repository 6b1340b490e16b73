package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of an article that stand inside double quotation marks, straight or curly.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>{@code “} opens and {@code ”} closes, curly marks nesting ({@code “… calls “hell” than …”} is one
 *       quote); a straight {@code "} opens after white space, a bracket or a dash (or at a paragraph start) and
 *       closes otherwise; a curly {@code “} after a straight mark that is not closed in its paragraph opens the
 *       quote instead (the straight mark is residue: {@code "Trump walked on, chanting “U-S-A!”});</li>
 *   <li>a paragraph that ends inside a quote continues into the next paragraph when that one opens with a quote
 *       mark of the same kind (the journalistic convention for a quote over several paragraphs);</li>
 *   <li>otherwise an unclosed quote is capped at its paragraph's end and reported, so one stray mark never
 *       swallows the rest of the article;</li>
 *   <li>a curly mark typed the wrong way round counts by where it stands: {@code “} against the word before it
 *       and before a space closes ({@code unusual,“ said}), {@code ”} after a space and against a word opens;</li>
 *   <li>a quotation mark before a transcript's speaker tag ({@code "PENCE: …}) opens a turn, not a quote;</li>
 *   <li>stretches without a letter (web-form residue such as {@code "*"}) are dropped.</li>
 * </ol>
 */
public final class QuoteMarks {
    /**
     * One quotation.
     *
     * @param outer  from the opening mark to the closing mark, both included
     * @param inner  the words between the marks
     * @param closed false when the quote was capped at a paragraph end
     */
    public record Quote(Span outer, Span inner, boolean closed) {
    }

    /** A half-open character range; kept local so this finder needs nothing but a string. */
    public record Span(int start, int end) {
    }

    private QuoteMarks() {
    }

    public static List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        int depth = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) lineEnd = n;
            for (int j = i; j < lineEnd; j++) {
                char c = text.charAt(j);
                int width = 1;
                if (isApostrophe(c) && j + 1 < lineEnd && isApostrophe(text.charAt(j + 1))) {
                    c = '"'; // two apostrophes stand for a double quotation mark (''like this'')
                    width = 2;
                }
                if (j == i && open < 0 && speakerTag(text, j)) {
                    continue; // "PENCE: … — a transcript turn: the mark opens the turn, not a quotation
                }
                if (c == '“' && open >= 0 && depth == 0 && closesHere(text, j, lineEnd)) {
                    c = '”'; // “It’s unusual,“ said …: an opening mark typed where the quote closes
                } else if (c == '”' && open < 0 && (j == i || Character.isWhitespace(text.charAt(j - 1)))
                        && j + 1 < lineEnd && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    c = '“'; // ”Mr. Trump embodies …: a closing mark typed where the quote opens
                }
                if (c == '“' || c == '"' && open < 0 && opensHere(text, j, i)) {
                    if (open < 0 || c == '“' && text.charAt(open) == '"' && text.indexOf('"', j, lineEnd) < 0) {
                        open = j; // a straight mark never closed in its paragraph, before a curly quote: residue
                    } else if (c == '“' && text.charAt(open) == '“') {
                        depth++; // “… what he calls “hell” than …”
                    }
                } else if (c == '”' && depth > 0) {
                    depth--;
                } else if (c == '”' || c == '"') {
                    if (open >= 0) {
                        add(out, text, open, j + width, true, openWidth(text, open));
                        open = -1;
                        depth = 0;
                    }
                }
                j += width - 1;
            }
            if (open >= 0) {
                int next = nextParagraph(text, lineEnd);
                boolean continues = next < n && sameStyle(text, open, next); // a stray '"' never runs into a “…” paragraph
                if (!continues || speakerTag(text, next)) {
                    add(out, text, open, trimEnd(text, lineEnd), false, openWidth(text, open));
                    open = -1;
                    depth = 0;
                } else {
                    // the continuing paragraph's own opening mark must not start a second quote
                    i = next + openWidth(text, next);
                    depth = 0;
                    continue;
                }
            }
            i = lineEnd + 1;
        }
        return out;
    }

    /**
     * Whether a paragraph opens with a quotation mark and a speaker tag in capitals ("PENCE: …", "MR. KING: …"),
     * the way transcripts are printed inside quotation marks.
     */
    private static boolean speakerTag(String text, int at) {
        char c = text.charAt(at);
        if (c != '"' && c != '“') return false;
        int k = at + 1;
        int letters = 0;
        while (k < text.length() && k < at + 32) {
            char d = text.charAt(k);
            if (d == ':') return letters >= 2 && k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1));
            if (Character.isLetter(d)) {
                if (!Character.isUpperCase(d)) return false;
                letters++;
            } else if (" .'’-".indexOf(d) < 0) {
                return false;
            }
            k++;
        }
        return false;
    }

    /** A mark written against the word before it and followed by a space or the line's end ("unusual,“ said"). */
    private static boolean closesHere(String text, int j, int lineEnd) {
        if (j == 0 || Character.isWhitespace(text.charAt(j - 1))) return false;
        return j + 1 >= lineEnd || Character.isWhitespace(text.charAt(j + 1));
    }

    /** Whether a token, as a tokenizer writes it, can be an opening double quotation mark. */
    static boolean isOpeningMarkToken(String word) {
        return word.equals("\"") || word.equals("“") || word.equals("``") || word.equals("''");
    }

    private static boolean opensHere(String text, int j, int lineStart) {
        if (j == lineStart) return true;
        char before = text.charAt(j - 1);
        return Character.isWhitespace(before) || "([{—–-:;,".indexOf(before) >= 0;
    }

    /** Whether the mark at {@code next} is of the same kind (straight, curly, two apostrophes) as the one at {@code open}. */
    private static boolean sameStyle(String text, int open, int next) {
        int width = openWidth(text, open);
        if (width == 2) return openWidth(text, next) == 2;
        char o = text.charAt(open);
        char c = text.charAt(next);
        return o == '“' ? c == '“' : c == '"';
    }

    private static int nextParagraph(String text, int lineEnd) {
        int k = lineEnd;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k;
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    private static int openWidth(String text, int at) {
        return at + 1 < text.length() && isApostrophe(text.charAt(at)) && isApostrophe(text.charAt(at + 1)) ? 2 : 1;
    }

    private static void add(List<Quote> out, String text, int start, int end, boolean closed, int openWidth) {
        int innerStart = start + openWidth;
        int innerEnd = closed ? end - (end >= 2 && isApostrophe(text.charAt(end - 1)) && isApostrophe(text.charAt(end - 2)) ? 2 : 1) : end;
        if (innerEnd <= innerStart) return;
        String inner = text.substring(innerStart, innerEnd);
        if (inner.codePoints().noneMatch(Character::isLetter)) return;
        out.add(new Quote(new Span(start, end), new Span(innerStart, innerEnd), closed));
    }
}
