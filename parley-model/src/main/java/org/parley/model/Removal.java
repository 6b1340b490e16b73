package org.parley.model;

import java.util.Objects;

/** A stretch of scraper residue the cleaner blanked out, kept so a user can see what was dropped and why. */
public record Removal(Span span, String text, String reason) {
    public Removal {
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(reason, "reason is null");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("removal text has %d chars but span %s".formatted(text.length(), span));
        }
    }
}
