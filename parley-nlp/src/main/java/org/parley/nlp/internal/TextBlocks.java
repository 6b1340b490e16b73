package org.parley.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Span;

/**
 * Cuts a text into blocks of at most {@code maxChars} that CoreNLP can annotate one at a time, so memory stays
 * bounded however long the input. Blocks end at sentence boundaries whenever one exists: at a line break (every
 * line break ends a sentence under {@code EVERY_LINE}), at a blank line (under {@code BLANK_LINE}), and only for a
 * paragraph longer than a block at a full stop or, failing that, at white space.
 */
public final class TextBlocks {
    private TextBlocks() {
    }

    /** Blocks covering every non-blank part of {@code text}, in order, none empty. */
    public static List<Span> split(String text, int maxChars, boolean everyLineBreaks) {
        List<Span> blocks = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (true) {
            while (start < n && Character.isWhitespace(text.charAt(start))) start++;
            if (start >= n) return blocks;
            int limit = start + maxChars;
            if (limit >= n) {
                blocks.add(new Span(start, n));
                return blocks;
            }
            int cut = everyLineBreaks ? afterLastLineBreak(text, start, limit) : afterLastBlankLine(text, start, limit);
            if (cut <= start) cut = afterLastFullStop(text, start, limit);
            if (cut <= start) cut = afterLastWhitespace(text, start, limit);
            if (cut <= start) cut = Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
            blocks.add(new Span(start, cut));
            start = cut;
        }
    }

    private static int afterLastLineBreak(String text, int start, int limit) {
        return text.lastIndexOf('\n', limit - 1) + 1;
    }

    private static int afterLastBlankLine(String text, int start, int limit) {
        for (int i = limit - 1; i > start; i--) {
            if (text.charAt(i) != '\n') continue;
            int j = i - 1;
            while (j > start && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j--;
            if (text.charAt(j) == '\n') return i + 1;
        }
        return -1;
    }

    private static int afterLastFullStop(String text, int start, int limit) {
        for (int i = limit - 1; i > start; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) return i;
        }
        return -1;
    }

    private static int afterLastWhitespace(String text, int start, int limit) {
        for (int i = limit - 1; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i;
        }
        return -1;
    }
}
