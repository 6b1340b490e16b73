package org.parley.bench;

import java.util.Objects;

/**
 * One measured configuration.
 *
 * @param name     what ran: "parley annotate", "corenlp default" …
 * @param tokens   tokens of the articles processed, as Parley's tokenizer counts them (the same for every row
 *                 over the same articles, so rates compare)
 * @param peakHeap the most heap in use at any moment of the row, in bytes (sampled, and read before each GC)
 * @param cpuSeconds CPU time of the threads doing the work (not GC or JIT threads): unlike wall-clock time it
 *                 hardly moves when other processes share the cores
 * @param failed   articles the stage rejected with a problem
 */
public record BenchRow(String name, int threads, int articles, long tokens, double seconds, double cpuSeconds,
                       long peakHeap, int failed) {
    public BenchRow {
        Objects.requireNonNull(name, "name is null");
        if (seconds <= 0) throw new IllegalArgumentException("row '%s' took %s s".formatted(name, seconds));
    }

    public double articlesPerSecond() {
        return articles / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    /** Tokens per second of CPU time of the working threads. */
    public double tokensPerCpuSecond() {
        return cpuSeconds <= 0 ? 0 : tokens / cpuSeconds;
    }
}
