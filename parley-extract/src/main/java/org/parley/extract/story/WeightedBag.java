package org.parley.extract.story;

import java.util.Map;
import java.util.TreeMap;

/**
 * A sparse vector of string keys with sublinear counts, accumulated over a story's articles. Sorted keys make sums
 * (and so scores and decisions) independent of hash order, hence identical on every JVM.
 */
final class WeightedBag {
    private final TreeMap<String, Double> weights = new TreeMap<>();

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
