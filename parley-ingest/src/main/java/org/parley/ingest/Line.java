package org.parley.ingest;

/**
 * One line of a text: {@code [start, end)} is the line without its break, {@code [trimStart, trimEnd)} the part
 * without surrounding white space.
 */
record Line(int index, int start, int end, int trimStart, int trimEnd, String trimmed) {
    boolean blank() {
        return trimmed.isEmpty();
    }

    int words() {
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** Ends like a sentence: . ! ? or an ellipsis, possibly inside closing quotes or brackets. */
    boolean endsLikeSentence() {
        return trimmed.matches("(?s).*[.!?\u2026][\"'\u201d\u2019)\\]]*");
    }
}
