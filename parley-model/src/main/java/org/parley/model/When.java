package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A normalised date with its precision: {@code date} is the first day of the period it names.
 *
 * @param value the normalised form as written by the annotator ("2025-02", "2022-02-24")
 */
public record When(LocalDate date, Granularity granularity, String value) {
    public When {
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(granularity, "granularity is null");
        value = Objects.requireNonNullElse(value, date.toString());
    }
}
