package org.parley.nlp.internal;

import java.util.Arrays;

/**
 * Paragraph index of any offset of a text. A paragraph starts at the first non-blank character after a line
 * break (when every line break ends a paragraph, as in news where headlines, bylines and paragraphs are lines)
 * or after a blank line (for hard-wrapped text). A line holding only spaces, such as residue the cleaner blanked,
 * counts as blank.
 */
public final class Paragraphs {
    private final int[] starts;

    private Paragraphs(int[] starts) {
        this.starts = starts;
    }

    public static Paragraphs of(String text, boolean everyLineBreaks) {
        int needed = everyLineBreaks ? 1 : 2;
        int[] starts = new int[16];
        int count = 0;
        int newlines = 0;
        boolean seenText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                newlines++;
            } else if (!Character.isWhitespace(c)) {
                if (!seenText || newlines >= needed) {
                    if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                    starts[count++] = i;
                }
                seenText = true;
                newlines = 0;
            }
        }
        return new Paragraphs(Arrays.copyOf(starts, count));
    }

    /** The index of the paragraph holding {@code offset}; 0 before the first one. */
    public int indexOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        int index = at >= 0 ? at : -at - 2;
        return Math.max(0, index);
    }

    public int count() {
        return starts.length;
    }
}
