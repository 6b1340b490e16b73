package org.parley.model;

import java.util.Locale;

/** Where a holder stands on an issue. {@link #MIXED} covers conditional and hedged positions. */
public enum Position {
    SUPPORT, OPPOSE, MIXED, NEUTRAL;

    /** "support", "oppose", "mixed", "neutral": the form used in JSON and gold files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Position parse(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
