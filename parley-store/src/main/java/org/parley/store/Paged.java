package org.parley.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A page of results and the cursor of the page after it (empty on the last page). */
public record Paged<T>(List<T> items, Optional<String> next) {
    public Paged {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next is null");
    }

    /** Cuts a list fetched with {@code limit + 1} rows into a page; the extra row only says there is more. */
    public static <T> Paged<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) return new Paged<>(fetched, Optional.empty());
        List<T> page = fetched.subList(0, limit);
        return new Paged<>(page, Optional.of(cursorOf.apply(page.get(limit - 1))));
    }
}
