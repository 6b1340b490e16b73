package org.parley.cli;

import org.parley.model.DateEstimate;

/** Small helpers for the CLI's tables. */
final class Text {
    private Text() {
    }

    static String cut(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** The date, with a tilde when it is estimated from the content rather than read from metadata. */
    static String date(DateEstimate d) {
        return d.date().map(x -> (d.estimated() ? "~" : "") + x).orElse("-");
    }
}
