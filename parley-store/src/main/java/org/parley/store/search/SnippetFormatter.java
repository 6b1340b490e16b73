package org.parley.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}: white space folded, matches kept as offsets, and
 * matches separated only by white space (the words of a phrase) merged into one mark.
 */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder sb = new StringBuilder();
        List<Snippet.Mark> marks = new ArrayList<>();
        int lastEnd = -1;
        for (Passage p : passages) {
            if (sb.length() > 0) {
                if (p.getStartOffset() > lastEnd) sb.append(ELLIPSIS);
                else appendFolded(sb, " ");
            }
            int at = p.getStartOffset();
            for (int m = 0; m < p.getNumMatches(); m++) {
                int start = Math.max(at, p.getMatchStarts()[m]);
                int end = Math.min(p.getEndOffset(), p.getMatchEnds()[m]);
                if (end <= start) continue;
                String gap = content.substring(at, start);
                appendFolded(sb, gap);
                int markStart = sb.length();
                appendFolded(sb, content.substring(start, end));
                Snippet.Mark previous = marks.isEmpty() ? null : marks.getLast();
                if (previous != null && gap.isBlank() && previous.end() >= markStart - 1 && !gap.isEmpty()) {
                    marks.set(marks.size() - 1, new Snippet.Mark(previous.start(), sb.length()));
                } else {
                    marks.add(new Snippet.Mark(markStart, sb.length()));
                }
                at = end;
            }
            appendFolded(sb, content.substring(at, p.getEndOffset()));
            lastEnd = p.getEndOffset();
        }
        int keep = sb.length();
        int lastMark = marks.isEmpty() ? 0 : marks.getLast().end();
        while (keep > lastMark && Character.isWhitespace(sb.charAt(keep - 1))) keep--;
        sb.setLength(keep);
        return new Snippet(sb.toString(), marks);
    }

    /** Appends {@code s} with every run of white space as one space, and none at the very start. */
    private static void appendFolded(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            } else {
                sb.append(c);
            }
        }
    }
}
