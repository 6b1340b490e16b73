package org.parley.server.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ascending positions per key (speaker, article, issue …) of an id-ordered list. */
final class Postings<K> {
    private static final int[] NONE = new int[0];
    private final Map<K, int[]> byKey;

    private Postings(Map<K, int[]> byKey) {
        this.byKey = byKey;
    }

    /** Positions of the items with key {@code key}, ascending; empty when none has it. */
    int[] of(K key) {
        return byKey.getOrDefault(key, NONE);
    }

    /** The postings of the key {@code key} gives each item (items it gives null are left out). */
    static <T, K> Postings<K> of(List<T> items, Function<T, K> key) {
        Builder<K> b = new Builder<>();
        for (int i = 0; i < items.size(); i++) {
            K k = key.apply(items.get(i));
            if (k != null) b.add(k, i);
        }
        return b.build();
    }

    /** Collects (key, position) pairs; positions of each key must come in ascending order (repeats are ignored). */
    static final class Builder<K> {
        private final Map<K, int[]> lists = new HashMap<>();
        private final Map<K, Integer> sizes = new HashMap<>();

        void add(K key, int position) {
            int n = sizes.getOrDefault(key, 0);
            int[] list = lists.get(key);
            if (list == null) list = new int[4];
            if (n > 0 && list[n - 1] >= position) {
                if (list[n - 1] == position) return;
                throw new IllegalArgumentException("position %d for %s comes after %d".formatted(position, key, list[n - 1]));
            }
            if (list.length == n) list = Arrays.copyOf(list, n * 2);
            list[n] = position;
            lists.put(key, list);
            sizes.put(key, n + 1);
        }

        Postings<K> build() {
            Map<K, int[]> out = new HashMap<>(lists.size() * 2);
            lists.forEach((k, list) -> out.put(k, Arrays.copyOf(list, sizes.get(k))));
            return new Postings<>(out);
        }
    }
}
