package org.parley.store.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of hits, best first.
 *
 * @param total every document the search matched
 * @param next  the cursor of the next page; search cursors are offsets into the ranking, valid while the index
 *              does not change
 */
public record SearchResult(List<SearchHit> hits, long total, Optional<String> next) {
    public SearchResult {
        hits = List.copyOf(hits);
        Objects.requireNonNull(next, "next is null");
    }
}
