package org.parley.model;

/**
 * Half-open range {@code [start, end)} of UTF-16 offsets into {@link Article#text()}.
 *
 * <p>Because cleaning blanks removed residue instead of cutting it out (see {@link Article}), these offsets are
 * also offsets into the article text exactly as it was read.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [%d, %d)".formatted(start, end));
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Jaccard overlap of the two ranges: shared characters over characters covered by either. */
    public double jaccard(Span other) {
        int shared = Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
        int union = Math.max(end, other.end) - Math.min(start, other.start);
        return union == 0 ? (start == other.start ? 1.0 : 0.0) : (double) shared / union;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
