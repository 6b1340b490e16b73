package org.parley.store.search;

import java.util.List;
import java.util.Objects;

/**
 * A stretch of a hit's text with the matches marked by offsets into {@link #text()} (never by markup, so a UI can
 * escape the text and wrap the marks as it likes). Runs of white space are folded to one space; passages that are
 * not adjacent are joined with " … ".
 */
public record Snippet(String text, List<Mark> marks) {
    /** A matched range {@code [start, end)} of the snippet text. */
    public record Mark(int start, int end) {
        public Mark {
            if (start < 0 || end < start) throw new IllegalArgumentException("invalid mark [%d, %d)".formatted(start, end));
        }
    }

    public Snippet {
        Objects.requireNonNull(text, "text is null");
        marks = List.copyOf(marks);
        for (Mark m : marks) {
            if (m.end() > text.length()) {
                throw new IllegalArgumentException("mark [%d, %d) runs past the snippet (%d chars)".formatted(m.start(), m.end(), text.length()));
            }
        }
    }

    /** The marked words, in order: handy in tests and logs. */
    public List<String> marked() {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    /** The snippet with each mark wrapped in {@code open} and {@code close}; the caller escapes the text first if needed. */
    public String render(String open, String close) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            sb.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
            at = m.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}
