package org.parley.extract.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds near-duplicate articles among MinHash signatures in near-linear time.
 *
 * <p>Steps: (1) cut each signature into LSH bands ({@link #bandKeys(int[])}); (2) articles sharing a band key are
 * candidates; (3) each candidate pair is kept when its estimated Jaccard similarity reaches the threshold
 * ({@link #verify(Signature, Signature)}). Steps 1 and 3 are per article and per pair, so a distributed job can
 * run step 2 as a join on the band key and reuse this class for the rest.
 *
 * <p>Immutable and thread-safe.
 */
public final class DuplicateFinder {
    public static final double DEFAULT_THRESHOLD = 0.8;

    private final LshBands bands;
    private final double threshold;

    public DuplicateFinder(LshBands bands, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("duplicate threshold must be in (0, 1], got " + threshold);
        }
        this.bands = Objects.requireNonNull(bands, "bands is null");
        this.threshold = threshold;
    }

    /** Bands chosen for {@code threshold} over signatures of {@code numHashes} values. */
    public static DuplicateFinder forThreshold(double threshold, int numHashes) {
        return new DuplicateFinder(LshBands.forThreshold(threshold, numHashes), threshold);
    }

    /** Default: Jaccard 0.8 over {@link MinHasher#DEFAULT_HASHES} hashes. */
    public static DuplicateFinder defaults() {
        return forThreshold(DEFAULT_THRESHOLD, MinHasher.DEFAULT_HASHES);
    }

    public LshBands bands() {
        return bands;
    }

    public double threshold() {
        return threshold;
    }

    /** LSH keys of one signature: the join keys of a distributed candidate search. Empty for an empty text. */
    public long[] bandKeys(int[] signature) {
        return MinHasher.isEmpty(signature) ? new long[0] : bands.keys(signature);
    }

    /** The pair when the two signatures are similar enough. */
    public Optional<DuplicatePair> verify(Signature x, Signature y) {
        if (x.article().equals(y.article())) return Optional.empty();
        double s = MinHasher.similarity(x.values(), y.values());
        return s >= threshold ? Optional.of(new DuplicatePair(x.article(), y.article(), s)) : Optional.empty();
    }

    /** Every near-duplicate pair, sorted by article ids. Articles listed twice (same id) are not paired. */
    public List<DuplicatePair> find(List<Signature> signatures) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < signatures.size(); i++) {
            for (long key : bandKeys(signatures.get(i).values())) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<DuplicatePair> pairs = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int i = bucket.get(x);
                    int j = bucket.get(y);
                    if (seen.add(((long) i << 32) | j)) {
                        verify(signatures.get(i), signatures.get(j)).ifPresent(pairs::add);
                    }
                }
            }
        }
        pairs.sort(Comparator.comparing((DuplicatePair p) -> p.a().value()).thenComparing(p -> p.b().value()));
        return pairs;
    }
}
