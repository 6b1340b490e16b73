package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Removal;
import org.parley.model.Span;

/**
 * How much text one article may bring to the annotator, checked before annotation: analysis time and memory grow
 * with the text, and faster than linearly with the length of a single word (a 1 MB "word" took 31 s and 3 GB of heap
 * in the tokenizer; a 50 MB line did not finish in 7 minutes).
 *
 * <ol>
 *   <li>A text over {@code maxTextChars} is cut at the last paragraph or word end before the limit; the rest is
 *       neither analysed nor stored. Offsets stay offsets into the input, since only its end is gone.</li>
 *   <li>A word (a run without white space) over {@code maxWordChars} is blanked like residue and kept as a
 *       {@link Removal}: no language has such words, and a URL rarely comes near.</li>
 * </ol>
 * Sentences need no limit of their own here: the annotator cuts one over 150 tokens into pieces, and texts into
 * blocks of 20,000 characters.
 *
 * @param maxTextChars longest text read, in UTF-16 units
 * @param maxWordChars longest run of non-space characters kept
 */
public record TextLimits(int maxTextChars, int maxWordChars) {
    public static final int DEFAULT_MAX_TEXT_CHARS = 300_000;
    public static final int DEFAULT_MAX_WORD_CHARS = 500;
    static final String OVERLONG_WORD = "over-long word";

    public TextLimits {
        if (maxTextChars < 1_000) throw new IllegalArgumentException("maxTextChars is %d; give at least 1000".formatted(maxTextChars));
        if (maxWordChars < 50) throw new IllegalArgumentException("maxWordChars is %d; give at least 50".formatted(maxWordChars));
    }

    public static TextLimits defaults() {
        return new TextLimits(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_WORD_CHARS);
    }

    /** Where a text over the limit ends: after the last line break in the last tenth before it, else the last white space. */
    public int cut(String text) {
        if (text.length() <= maxTextChars) return text.length();
        int floor = maxTextChars - maxTextChars / 10;
        int lineEnd = text.lastIndexOf('\n', maxTextChars - 1);
        if (lineEnd >= floor) return lineEnd + 1;
        for (int i = maxTextChars - 1; i >= floor; i--) if (Character.isWhitespace(text.charAt(i))) return i + 1;
        return Character.isLowSurrogate(text.charAt(maxTextChars)) ? maxTextChars - 1 : maxTextChars;
    }

    /** The words of {@code text} over {@code maxWordChars}, as removals in text order. */
    public List<Removal> overlongWords(String text) {
        List<Removal> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            if (i - start > maxWordChars) {
                out.add(new Removal(new Span(start, i), text.substring(start, i), OVERLONG_WORD));
            }
        }
        return out;
    }
}
