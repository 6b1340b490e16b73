package org.parley.extract.story;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.parley.model.Article;

/**
 * MinHash signatures over word shingles of an article's clean text, for near-duplicate detection.
 *
 * <p>Each of the {@code numHashes} functions is a multiply-shift hash {@code (a * x + b) >>> 33} with {@code a, b}
 * drawn from a {@link SplittableRandom} seeded with {@code seed}: the same configuration gives the same signature
 * on every machine, so signatures can be computed per article in a Spark partition and compared anywhere. The
 * fraction of equal positions of two signatures estimates the Jaccard similarity of their shingle sets.
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHasher {
    public static final int DEFAULT_SHINGLE_WORDS = 5;
    public static final int DEFAULT_HASHES = 128;
    public static final long DEFAULT_SEED = 0x5EED_2026_0001L;
    /** The value of every position of the signature of a text without words. */
    public static final int EMPTY = Integer.MAX_VALUE;

    private final int shingleWords;
    private final long[] multipliers;
    private final long[] offsets;

    public MinHasher() {
        this(DEFAULT_SHINGLE_WORDS, DEFAULT_HASHES, DEFAULT_SEED);
    }

    public MinHasher(int shingleWords, int numHashes, long seed) {
        if (shingleWords < 1 || numHashes < 1) {
            throw new IllegalArgumentException("MinHasher needs shingleWords >= 1 and numHashes >= 1, got %d and %d"
                    .formatted(shingleWords, numHashes));
        }
        this.shingleWords = shingleWords;
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[numHashes];
        offsets = new long[numHashes];
        for (int i = 0; i < numHashes; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    public int shingleWords() {
        return shingleWords;
    }

    public int numHashes() {
        return multipliers.length;
    }

    /** Signature of {@link Article#cleanText()}. */
    public int[] signature(Article article) {
        return signature(article.cleanText());
    }

    public int[] signature(String cleanText) {
        return signature(Shingles.wordShingles(cleanText, shingleWords));
    }

    /** Signature of a set of shingle hashes; all {@link #EMPTY} when there are none. */
    public int[] signature(long[] shingles) {
        int[] sig = new int[multipliers.length];
        Arrays.fill(sig, EMPTY);
        for (long x : shingles) {
            for (int i = 0; i < sig.length; i++) {
                // 31 high bits: non-negative, so plain int comparison is unsigned comparison
                int h = (int) ((multipliers[i] * x + offsets[i]) >>> 33);
                if (h < sig[i]) sig[i] = h;
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity: the fraction of positions where the signatures agree. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different lengths (%d, %d): were they made by the same MinHasher?"
                    .formatted(a.length, b.length));
        }
        if (isEmpty(a) || isEmpty(b)) return 0;
        int same = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) same++;
        return (double) same / a.length;
    }

    /** True for the signature of a text without words, which is similar to nothing. */
    public static boolean isEmpty(int[] signature) {
        for (int v : signature) if (v != EMPTY) return false;
        return true;
    }
}
