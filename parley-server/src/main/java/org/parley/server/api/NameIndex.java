package org.parley.server.api;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names a speaker or holder goes by, lower-cased, per position of a listing, for the store's "name contains"
 * filter: the same test as its {@code LOWER(column) LIKE '%part%'} over the name in the article, the surface and
 * the resolved entity's canonical name and aliases. Each distinct name is kept once, with the positions that
 * carry it, so a filter tests each distinct name once instead of every item.
 */
final class NameIndex {
    private final String[][] namesAt;
    private final Map<String, int[]> positions;
    private final int size;

    private NameIndex(String[][] namesAt, Map<String, int[]> positions) {
        this.namesAt = namesAt;
        this.positions = positions;
        this.size = namesAt.length;
    }

    /** The form the store compares: lower-cased, NUL as U+FFFD (the store keeps text so). */
    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u0000', '\uFFFD');
    }

    /** Whether any name at {@code position} contains {@code part} (already {@link #fold folded}). */
    boolean matches(int position, String part) {
        for (String name : namesAt[position]) {
            if (name.contains(part)) return true;
        }
        return false;
    }

    /** Ascending positions with a name containing {@code part} (already folded). */
    int[] containing(String part) {
        BitSet hits = new BitSet(size);
        positions.forEach((name, at) -> {
            if (name.contains(part)) {
                for (int p : at) hits.set(p);
            }
        });
        return hits.stream().toArray();
    }

    /** Collects the names of each position in turn, from position 0 on. */
    static final class Builder {
        private final List<String[]> namesAt = new ArrayList<>();
        private final Map<String, String> canonical = new HashMap<>();
        private final Map<String, List<Integer>> positions = new HashMap<>();

        /** Adds the next position with these names; null and empty names are left out, as SQL's NULL never matches. */
        Builder add(Iterable<String> names) {
            int position = namesAt.size();
            Set<String> folded = new LinkedHashSet<>();
            for (String n : names) {
                if (n == null || n.isEmpty()) continue;
                String f = fold(n);
                folded.add(canonical.computeIfAbsent(f, k -> k));
            }
            for (String f : folded) positions.computeIfAbsent(f, k -> new ArrayList<>()).add(position);
            namesAt.add(folded.toArray(String[]::new));
            return this;
        }

        NameIndex build() {
            Map<String, int[]> out = new HashMap<>(positions.size() * 2);
            positions.forEach((name, list) -> out.put(name, list.stream().mapToInt(Integer::intValue).toArray()));
            return new NameIndex(namesAt.toArray(String[][]::new), out);
        }
    }
}
