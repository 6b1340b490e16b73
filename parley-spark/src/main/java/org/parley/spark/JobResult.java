package org.parley.spark;

/** What a run did: counts of the tables it wrote, and its wall time. */
public record JobResult(int files, long articles, long errors, long quotes, long stances, long entities,
                        long duplicates, double seconds) {
    public double articlesPerSecond() {
        return seconds > 0 ? articles / seconds : 0;
    }

    @Override
    public String toString() {
        return "%d files -> %d articles, %d errors, %d quotes, %d stances, %d entities, %d duplicate pairs in %.1f s (%.2f articles/s)"
                .formatted(files, articles, errors, quotes, stances, entities, duplicates, seconds, articlesPerSecond());
    }
}
