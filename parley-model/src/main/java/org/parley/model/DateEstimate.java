package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When an article was published: from metadata, or estimated from its content, with the basis said.
 *
 * @param estimated false when the date comes from the article's metadata
 * @param basis     "metadata", or what the estimate rests on ("latest explicit date 2024-12-03; 'President-elect'")
 */
public record DateEstimate(Optional<LocalDate> date, boolean estimated, String basis) {
    public DateEstimate {
        Objects.requireNonNull(date, "date is null");
        basis = Objects.requireNonNullElse(basis, "");
    }

    public static DateEstimate none() {
        return new DateEstimate(Optional.empty(), true, "no date in metadata or content");
    }
}
