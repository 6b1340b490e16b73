package org.parley.server.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.parley.store.Page;

/**
 * Keyset paging over a list held in memory in ascending id order, the way the store pages its listings: the cursor
 * is the id of the last item given, and the next page holds the items with a larger id. So a cursor handed out from
 * one snapshot (or by the store itself) reads on correctly in a later snapshot: items added since have larger ids.
 */
final class IdPager {
    private final long[] ids;

    /** Positions in the result are indexes into the list whose ids these are; ids must be strictly ascending. */
    IdPager(long[] ids) {
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] <= ids[i - 1]) {
                throw new IllegalArgumentException("ids are not strictly ascending at position %d (%d after %d)"
                        .formatted(i, ids[i], ids[i - 1]));
            }
        }
        this.ids = ids;
    }

    int size() {
        return ids.length;
    }

    long id(int position) {
        return ids[position];
    }

    /** The positions of one page, and the cursor of the page after it when more items match. */
    record Result(int[] positions, Optional<String> next) {
    }

    /**
     * At most {@code page.limit()} positions after the page's cursor whose items pass {@code keep}, in id order.
     *
     * @param candidates lists of ascending positions, one per indexed filter; every match is in each of them, so only
     *                   the shortest is walked ({@code keep} must still test every filter). Empty: walk every position.
     * @throws IllegalArgumentException when the cursor is not a number (not one a listing gave out)
     */
    Result page(Page page, List<int[]> candidates, IntPredicate keep) {
        long after = page.numericCursor();
        int[] walk = null;
        for (int[] c : candidates) {
            if (walk == null || c.length < walk.length) walk = c;
        }
        int[] found = new int[page.limit()];
        int n = 0;
        int length = walk == null ? ids.length : walk.length;
        for (int k = firstAfter(walk, after); k < length; k++) {
            int position = walk == null ? k : walk[k];
            if (!keep.test(position)) continue;
            if (n == found.length) return new Result(found, Optional.of(Long.toString(ids[found[n - 1]])));
            found[n++] = position;
        }
        return new Result(Arrays.copyOf(found, n), Optional.empty());
    }

    /** The index in {@code walk} (or in every position when null) of the first item with an id above {@code after}. */
    private int firstAfter(int[] walk, long after) {
        int lo = 0;
        int hi = walk == null ? ids.length : walk.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            long id = ids[walk == null ? mid : walk[mid]];
            if (id <= after) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
