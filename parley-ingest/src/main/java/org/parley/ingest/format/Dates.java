package org.parley.ingest.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as metadata writes them: ISO dates and instants, RFC 822/1123 (RSS), and the spelled-out
 * forms of HTML pages. A date-time keeps the calendar day of its own offset: that is the publisher's day.
 */
public final class Dates {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<DateTimeFormatter> SPELLED = List.of(
            formatter("EEE, d MMM yyyy HH:mm[:ss] [zzz][Z][X]"),
            formatter("d MMM yyyy HH:mm[:ss] [zzz][Z][X]"),
            formatter("EEE, d MMM yyyy"),
            formatter("d MMM yyyy"),
            formatter("MMMM d, yyyy"),
            formatter("MMM d, yyyy"),
            formatter("d MMMM yyyy"),
            formatter("yyyy/MM/dd"),
            formatter("yyyyMMdd"));

    private Dates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip().replaceAll("\\s+", " ");
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            // not an ISO instant with offset; try the other forms
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        Matcher iso = ISO_DAY.matcher(v);
        if (iso.lookingAt()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : SPELLED) {
            try {
                return Optional.of(LocalDate.from(f.parse(v)));
            } catch (DateTimeException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
