package org.parley.extract.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Scores predicted clusters against gold clusters, both given as item -> cluster id over the same items.
 *
 * <p>Pairwise: precision is the share of item pairs put together that belong together, recall the share of pairs
 * that belong together that were put together. B-cubed (Bagga and Baldwin 1998): for each item, precision is the
 * share of its predicted cluster that shares its gold cluster, recall the share of its gold cluster that shares
 * its predicted cluster; both averaged over items. Singletons count in B-cubed (an item is in its own cluster),
 * not in pairwise.
 */
public final class StoryEval {
    private StoryEval() {
    }

    /** Precision, recall and their harmonic mean; a score with nothing to measure is 1 (nothing was wrong). */
    public record Scores(double precision, double recall) {
        public Scores {
            if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
                throw new IllegalArgumentException("precision %s / recall %s outside [0, 1]".formatted(precision, recall));
            }
        }

        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return "P %.3f R %.3f F1 %.3f".formatted(precision, recall, f1());
        }
    }

    public static <K> Scores bcubed(Map<K, String> predicted, Map<K, String> gold) {
        check(predicted, gold);
        Map<String, Integer> predSize = sizes(predicted);
        Map<String, Integer> goldSize = sizes(gold);
        Map<String, Integer> both = new HashMap<>();
        for (K item : gold.keySet()) both.merge(predicted.get(item) + "\u0000" + gold.get(item), 1, Integer::sum);
        double p = 0;
        double r = 0;
        for (K item : gold.keySet()) {
            int shared = both.get(predicted.get(item) + "\u0000" + gold.get(item));
            p += (double) shared / predSize.get(predicted.get(item));
            r += (double) shared / goldSize.get(gold.get(item));
        }
        int n = gold.size();
        return n == 0 ? new Scores(1, 1) : new Scores(p / n, r / n);
    }

    public static <K> Scores pairwise(Map<K, String> predicted, Map<K, String> gold) {
        check(predicted, gold);
        Map<String, Integer> both = new HashMap<>();
        for (K item : gold.keySet()) both.merge(predicted.get(item) + "\u0000" + gold.get(item), 1, Integer::sum);
        long together = pairs(sizes(predicted));
        long belong = pairs(sizes(gold));
        long right = pairs(both);
        return new Scores(together == 0 ? 1 : (double) right / together, belong == 0 ? 1 : (double) right / belong);
    }

    private static <K> void check(Map<K, String> predicted, Map<K, String> gold) {
        Objects.requireNonNull(predicted, "predicted is null");
        Objects.requireNonNull(gold, "gold is null");
        if (!predicted.keySet().equals(gold.keySet())) {
            throw new IllegalArgumentException("predicted and gold cover different items: %d vs %d; score the same items"
                    .formatted(predicted.size(), gold.size()));
        }
    }

    private static <K> Map<String, Integer> sizes(Map<K, String> clusters) {
        Map<String, Integer> sizes = new HashMap<>();
        for (String c : clusters.values()) sizes.merge(c, 1, Integer::sum);
        return sizes;
    }

    private static long pairs(Map<String, Integer> sizes) {
        long n = 0;
        for (int s : sizes.values()) n += (long) s * (s - 1) / 2;
        return n;
    }
}
