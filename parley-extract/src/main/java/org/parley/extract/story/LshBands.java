package org.parley.extract.story;

/**
 * How a MinHash signature is cut into {@code bands} of {@code rows} values for locality-sensitive hashing: two
 * articles become a candidate pair when all rows of at least one band agree, which happens with probability
 * {@code 1 - (1 - s^rows)^bands} for Jaccard similarity {@code s}.
 */
public record LshBands(int bands, int rows) {
    /** Band keys keep the band number in their top 16 bits, so at most this many bands. */
    public static final int MAX_BANDS = 1 << 16;
    private static final double FALSE_POSITIVE_WEIGHT = 0.1;
    private static final long BUCKET_MASK = (1L << 48) - 1;

    public LshBands {
        if (bands < 1 || rows < 1 || bands > MAX_BANDS) {
            throw new IllegalArgumentException("LSH needs 1..%d bands and >= 1 row, got %d x %d"
                    .formatted(MAX_BANDS, bands, rows));
        }
    }

    /**
     * The bands x rows (with bands * rows <= numHashes) that minimise the weighted area of false positives below
     * {@code threshold} plus false negatives above it, under the candidate probability curve (datasketch's
     * {@code MinHashLSH} choice, with weights 0.1 / 0.9 instead of 0.5 / 0.5): a false positive costs one
     * signature comparison, a false negative a missed copy. For 0.8 and 128 hashes this is 14 bands x 9 rows:
     * pairs at 0.85 become candidates with probability 0.975, pairs at 0.5 with 0.027.
     */
    public static LshBands forThreshold(double threshold, int numHashes) {
        if (!(threshold > 0 && threshold < 1) || numHashes < 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1) and numHashes >= 1, got %s and %d"
                    .formatted(threshold, numHashes));
        }
        LshBands best = null;
        double bestError = Double.MAX_VALUE;
        for (int b = 1; b <= Math.min(numHashes, MAX_BANDS); b++) {
            for (int r = 1; b * r <= numHashes; r++) {
                LshBands candidate = new LshBands(b, r);
                double error = FALSE_POSITIVE_WEIGHT * candidate.area(0, threshold, false)
                        + (1 - FALSE_POSITIVE_WEIGHT) * candidate.area(threshold, 1, true);
                if (error < bestError) {
                    bestError = error;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Probability that two signatures with Jaccard similarity {@code s} share at least one band. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /**
     * One key per band: the band number in the top 16 bits, a hash of the band's rows in the low 48. Two signatures
     * share a key exactly when they agree on a whole band (up to a 2^-48 collision), so candidate pairs are an
     * equi-join on the key, e.g. in Spark.
     */
    public long[] keys(int[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("signature has %d values but %d bands x %d rows need %d"
                    .formatted(signature.length, bands, rows, bands * rows));
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = band;
            for (int i = band * rows; i < (band + 1) * rows; i++) h = Shingles.mix(h * 0x9E3779B97F4A7C15L + signature[i]);
            keys[band] = ((long) band << 48) | (h & BUCKET_MASK);
        }
        return keys;
    }

    /** The band a key from {@link #keys(int[])} belongs to. */
    public static int bandOf(long key) {
        return (int) (key >>> 48);
    }

    private double area(double from, double to, boolean falseNegatives) {
        int steps = 200;
        double width = (to - from) / steps;
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            double p = candidateProbability(from + (i + 0.5) * width);
            sum += (falseNegatives ? 1 - p : p) * width;
        }
        return sum;
    }
}
