package org.parley.extract.issue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.model.Token;

/**
 * Multi-word phrases compiled to lemma keys and indexed by their first key, for lexicons of triggers and cues.
 * {@link #find} returns, at each place, the longest phrase, and drops phrases strictly inside a longer one.
 * Immutable after building; thread-safe for lookups.
 */
public final class PhraseIndex<T> {
    /** A phrase found in text: tokens {@code [start, end)} of the article. */
    public record Hit<T>(int start, int end, T value, String phrase) {
        public Hit {
            Objects.requireNonNull(value, "value is null");
        }
    }

    private record Entry<T>(List<String> keys, T value, String phrase) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    public PhraseIndex<T> add(String phrase, T value) {
        List<String> keys = List.of(Lemmas.keys(phrase));
        byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Entry<>(keys, value, phrase));
        return this;
    }

    /** Phrases in tokens {@code [from, to)} of {@code tokens}, in text order. */
    public List<Hit<T>> find(List<Token> tokens, int from, int to) {
        List<Hit<T>> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            List<Entry<T>> entries = byFirst.get(Lemmas.key(tokens.get(i)));
            if (entries == null) continue;
            Hit<T> best = null;
            for (Entry<T> e : entries) {
                int n = e.keys().size();
                if (i + n > to || best != null && best.end() - best.start() >= n) continue;
                boolean all = true;
                for (int k = 1; k < n && all; k++) all = e.keys().get(k).equals(Lemmas.key(tokens.get(i + k)));
                if (all) best = new Hit<>(tokens.get(i).index(), tokens.get(i + n - 1).index() + 1, e.value(), e.phrase());
            }
            if (best == null) continue;
            Hit<T> b = best;
            found.removeIf(h -> b.start() <= h.start() && h.end() <= b.end());
            if (found.stream().noneMatch(h -> h.start() <= b.start() && b.end() <= h.end())) found.add(best);
        }
        return found;
    }
}
