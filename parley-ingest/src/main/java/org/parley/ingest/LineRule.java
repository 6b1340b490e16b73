package org.parley.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of residue recognised from one line alone: the trimmed line must match {@code pattern} completely and be
 * at most {@code maxChars} long, so a story sentence that merely mentions the same words is never taken.
 *
 * @param zone where the rule may fire
 */
record LineRule(Zone zone, int maxChars, String reason, Pattern pattern) {
    /** Where in a text a line rule applies. */
    enum Zone {
        /** anywhere: only patterns that never match a sentence of a story */
        ANYWHERE,
        /** in the head (before the first paragraph of the story) or in the tail (after its last one) */
        EDGE,
        /** only in the head */
        HEAD
    }

    LineRule {
        Objects.requireNonNull(zone, "zone is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(pattern, "pattern is null");
        if (maxChars <= 0) throw new IllegalArgumentException("rule '" + reason + "': maxChars " + maxChars);
    }

    boolean matches(Line line) {
        return !line.blank() && line.trimmed().length() <= maxChars && pattern.matcher(line.trimmed()).matches();
    }
}
