package org.parley.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A section label above the headline ({@code Politics & Economics}, {@code World | Europe}): a short Title-Case
 * line without final punctuation, directly followed by a clearly longer headline-like line. The second condition
 * keeps a short headline that is followed by a paragraph or a byline.
 */
final class SectionLabelRule {
    static final String REASON = "section label";
    private static final int MAX_WORDS = 3;
    private static final int MAX_CHARS = 40;
    private static final Set<String> JOINERS = Set.of("&", "and", "of", "the", "in", "on", "for", "|", "/", "-", "+", "\u2013", "\u2014", ">", "\u00bb", "\u203a");
    private static final Pattern CAPITALISED = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\p{N}.'\u2019&/-]*:?");

    private SectionLabelRule() {
    }

    static boolean isLabel(Line line, Line next) {
        if (line.blank() || next == null || next.blank()) return false;
        String t = line.trimmed();
        if (t.length() > MAX_CHARS || line.words() > MAX_WORDS || BylineRule.isByline(t)) return false;
        if (t.matches(".*[.!?,;\u2026]")) return false;
        for (String w : t.split("\\s+")) {
            if (!JOINERS.contains(w.toLowerCase(Locale.ROOT)) && !CAPITALISED.matcher(w).matches()) return false;
        }
        return headlineLike(next) && next.words() >= line.words() + 3;
    }

    /** A line that could be a headline: not too long, no final sentence punctuation. */
    static boolean headlineLike(Line line) {
        return !line.blank() && line.trimmed().length() <= 200 && line.words() >= 3 && !line.trimmed().matches(".*[.!?;,\u2026]")
                && !BylineRule.isByline(line.trimmed());
    }
}
