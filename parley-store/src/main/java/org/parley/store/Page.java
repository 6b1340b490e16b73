package org.parley.store;

import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: at most {@code limit} items after {@code cursor}.
 *
 * <p>Cursors are keyset positions (the id or sequence number of the last item seen), so a page stays the same when
 * articles are added after it; take {@link Paged#next()} to read on. They are opaque to callers.
 */
public record Page(int limit, Optional<String> cursor) {
    public static final int MAX_LIMIT = 1000;

    public Page {
        Objects.requireNonNull(cursor, "cursor is null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit %d is not in [1, %d]".formatted(limit, MAX_LIMIT));
        }
        cursor = cursor.filter(c -> !c.isBlank());
    }

    public static Page first(int limit) {
        return new Page(limit, Optional.empty());
    }

    public static Page after(int limit, String cursor) {
        return new Page(limit, Optional.ofNullable(cursor));
    }

    /**
     * The cursor as a number, for listings keyed on a numeric id or an offset: never negative, since no listing gives
     * out a negative cursor (one would silently start the listing over).
     */
    public long numericCursor() {
        if (cursor.isEmpty()) return Long.MIN_VALUE;
        long value;
        try {
            value = Long.parseLong(cursor.get());
        } catch (NumberFormatException e) {
            throw notGivenOut(e);
        }
        if (value < 0) throw notGivenOut(null);
        return value;
    }

    private IllegalArgumentException notGivenOut(Exception cause) {
        return new IllegalArgumentException("cursor '%s' is not one this listing gave out; start again without a cursor"
                .formatted(cursor.orElse("")), cause);
    }
}
