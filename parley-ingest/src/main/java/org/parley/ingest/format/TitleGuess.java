package org.parley.ingest.format;

/**
 * The headline of a plain text: its first line when that line is short, has no final punctuation and more text
 * follows. The line stays in the text; the title only names it.
 */
final class TitleGuess {
    private static final int MAX_CHARS = 200;
    private static final int MAX_WORDS = 25;

    private TitleGuess() {
    }

    static String firstShortLine(String text) {
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                boolean more = nl >= 0 && !text.substring(nl).isBlank();
                int words = line.split("\\s+").length;
                boolean title = more && line.length() <= MAX_CHARS && words >= 2 && words <= MAX_WORDS
                        && !line.matches("(?s).*[.!?,;:\u2026][\"'\u201d\u2019)\\]]*");
                return title ? line : "";
            }
            if (nl < 0) break;
            start = nl + 1;
        }
        return "";
    }
}
