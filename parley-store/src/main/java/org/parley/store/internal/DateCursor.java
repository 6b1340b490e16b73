package org.parley.store.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.parley.store.Page;

/**
 * The keyset position of a chronological listing: the sort date of the last item and its id, written
 * {@code 2025-02-13/42}. Undated items sort as {@link #UNDATED}, after every real date.
 */
public record DateCursor(LocalDate date, long id) {
    public static final LocalDate UNDATED = LocalDate.of(9999, 12, 31);
    /** The SQL literal of {@link #UNDATED}, for COALESCE in sort keys. */
    public static final String UNDATED_SQL = "DATE '9999-12-31'";

    public static Optional<DateCursor> of(Page page) {
        if (page.cursor().isEmpty()) return Optional.empty();
        String c = page.cursor().get();
        int slash = c.indexOf('/');
        try {
            if (slash < 0) throw new IllegalArgumentException("no '/'");
            return Optional.of(new DateCursor(LocalDate.parse(c.substring(0, slash)), Long.parseLong(c.substring(slash + 1))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor '%s' is not one this listing gave out; start again without a cursor"
                    .formatted(c), e);
        }
    }

    public static String of(Optional<LocalDate> date, long id) {
        return date.orElse(UNDATED) + "/" + id;
    }

    /** Adds the keyset condition "after this cursor" on sort key {@code key} and id column {@code idColumn}. */
    public void after(Where where, String key, String idColumn) {
        where.and("(" + key + " > ? OR (" + key + " = ? AND " + idColumn + " > ?))", date, date, id);
    }
}
