package org.parley.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A "Related Sources:" / "Read more" / "See also" heading in the tail and the link list under it
 * ({@code • Source 1 • Source 2}). Fires only when everything between the heading and the end of the tail
 * looks like list items: short lines, bullets, no paragraphs.
 */
final class RelatedListRule {
    static final String REASON = "related links";
    private static final int LOOK_BACK = 40;
    private static final Pattern HEADING = Pattern.compile("(?iu)(related|related (sources|articles|stories|coverage|content|links|reading|news|posts|topics|videos)"
            + "|read (more|also|next)|more (stories|news|coverage|articles|videos|on this( story| topic)?)|more from \\S+( \\S+)?"
            + "|see also|recommended( for you| reading| stories| articles)?|you (may|might) also like|further reading"
            + "|also on \\S+( \\S+)?|trending( now| stories)?|most (read|popular|viewed)|top stories|sources|references"
            + "|what to read next|editor'?s? picks)[\\s:.\u2026\u2192\u00bb>-]*");
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u00b7\u25aa\u25ba\u00bb*\u2013\u2014-].*|.*\\s\u2022\\s.*");

    private RelatedListRule() {
    }

    static boolean isHeading(Line line) {
        return !line.blank() && line.trimmed().length() <= 60 && HEADING.matcher(line.trimmed()).matches();
    }

    static boolean listLike(Line line) {
        String t = line.trimmed();
        return t.length() <= 160 && (BULLET.matcher(t).matches() || (t.length() <= 120 && (!line.endsLikeSentence() || line.words() <= 6)));
    }

    /**
     * The index of the heading whose list runs down to line {@code last}, or -1.
     *
     * @param marked lines already taken by other rules, which may sit inside the list
     */
    static int headingAbove(List<Line> lines, int last, boolean[] marked) {
        for (int j = last; j >= Math.max(0, last - LOOK_BACK); j--) {
            Line line = lines.get(j);
            if (line.blank() || marked[j]) continue;
            if (isHeading(line)) return j;
            if (!listLike(line)) return -1;
        }
        return -1;
    }
}
