package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits a text into {@link Line}s with their offsets. Handles \n and \r\n breaks. */
final class Lines {
    private Lines() {
    }

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int ts = start;
            while (ts < contentEnd && Character.isWhitespace(text.charAt(ts))) ts++;
            int te = contentEnd;
            while (te > ts && Character.isWhitespace(text.charAt(te - 1))) te--;
            lines.add(new Line(lines.size(), start, contentEnd, ts, te, text.substring(ts, te)));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }
}
