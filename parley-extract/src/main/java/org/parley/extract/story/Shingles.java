package org.parley.extract.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word tokens and 64-bit shingle hashes of a text, independent of locale and JVM.
 *
 * <p>Words are maximal runs of letters and digits, lower-cased with {@link Character#toLowerCase(int)} (no locale,
 * so a Turkish default locale gives the same hashes). Hashes are our own (FNV-1a then a murmur3 finaliser),
 * never {@link String#hashCode()}, so a signature computed on one machine matches one computed on another.
 */
public final class Shingles {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Shingles() {
    }

    /** The lower-cased words of {@code text}, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) out.add(word.toString());
        return out;
    }

    /**
     * Hashes of every run of {@code k} consecutive words, sorted and without repeats. A text of fewer than
     * {@code k} words (but at least one) gives one shingle of all its words; a text without words gives none.
     */
    public static long[] wordShingles(String text, int k) {
        List<String> words = words(text);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) wordHashes[i] = hash(words.get(i));
        int width = Math.min(k, wordHashes.length);
        if (width == 0) return new long[0];
        long[] out = new long[wordHashes.length - width + 1];
        for (int start = 0; start < out.length; start++) {
            long h = width;
            for (int j = start; j < start + width; j++) h = mix(h * GOLDEN + wordHashes[j]);
            out[start] = h;
        }
        return unique(out);
    }

    /** Hashes of every run of {@code k} characters of {@code text} as given (callers normalise first). */
    public static long[] charShingles(String text, int k) {
        if (text.isEmpty()) return new long[0];
        if (text.length() <= k) return new long[] {hash(text)};
        long[] out = new long[text.length() - k + 1];
        for (int i = 0; i < out.length; i++) out[i] = hash(text, i, i + k);
        return unique(out);
    }

    /** Exact Jaccard similarity of two sorted, repeat-free hash sets; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int shared = shared(a, b);
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** Shared hashes over the smaller set: 1 when one set is inside the other (a trimmed quote). */
    public static double containment(long[] a, long[] b) {
        int smaller = Math.min(a.length, b.length);
        return smaller == 0 ? 0 : (double) shared(a, b) / smaller;
    }

    static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    public static long hash(CharSequence s) {
        return hash(s, 0, s.length());
    }

    static long hash(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** The murmur3 64-bit finaliser: spreads every input bit over the whole word. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long[] unique(long[] values) {
        Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) values[n++] = values[i];
        }
        return Arrays.copyOf(values, n);
    }
}
