package org.parley.extract.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse vector of string keys with sublinear counts, accumulated over a story's articles. A {@link HashMap} of
 * strings iterates in the same order on every JVM for the same insertions (String hash codes are specified, and
 * HashMap adds no per-run salt, unlike {@code Map.of}), so float sums, scores and decisions are reproducible.
 */
final class WeightedBag {
    private final HashMap<String, Double> weights = new HashMap<>();

    /** The sublinear term frequencies {@code 1 + ln(count)} of one article; title terms count {@code titleBoost} times. */
    static WeightedBag ofArticle(Iterable<String> terms, Iterable<String> titleTerms, double titleBoost) {
        TreeMap<String, Double> counts = new TreeMap<>();
        for (String t : terms) counts.merge(t, 1.0, Double::sum);
        for (String t : titleTerms) counts.merge(t, titleBoost, Double::sum);
        WeightedBag bag = new WeightedBag();
        counts.forEach((k, c) -> {
            if (c > 0) bag.weights.put(k, c >= 1 ? 1 + Math.log(c) : c);
        });
        return bag;
    }

    static WeightedBag ofKeys(Iterable<String> keys) {
        WeightedBag bag = new WeightedBag();
        for (String k : keys) bag.weights.put(k, 1.0);
        return bag;
    }

    void addAll(WeightedBag other) {
        other.weights.forEach((k, w) -> weights.merge(k, w, Double::sum));
    }

    /**
     * Keeps the {@code max} keys of highest weight x idf (ties: alphabetical) once the bag holds twice that many:
     * the truncated centroid of topic detection and tracking, so that scoring a long-running story stays O(max).
     */
    void prune(int max, DocumentFrequencies df) {
        if (weights.size() <= 2 * max) return;
        List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
        entries.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * df.idf(e.getKey()))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Double> e : entries.subList(max, entries.size())) weights.remove(e.getKey());
    }

    Map<String, Double> weights() {
        return weights;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** Cosine of the two bags with every key weighted by its idf. */
    static double cosine(WeightedBag a, WeightedBag b, DocumentFrequencies df) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        WeightedBag small = a.weights.size() <= b.weights.size() ? a : b;
        WeightedBag large = small == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.weights.entrySet()) {
            Double other = large.weights.get(e.getKey());
            if (other != null) {
                double idf = df.idf(e.getKey());
                dot += e.getValue() * other * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (a.norm(df) * b.norm(df));
    }

    private double norm(DocumentFrequencies df) {
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            double w = e.getValue() * df.idf(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
