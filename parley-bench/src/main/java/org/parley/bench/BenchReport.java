package org.parley.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rows of one benchmark run and how it ran; {@link #print} writes them as one table with speed ratios. */
public record BenchReport(List<BenchRow> rows, String environment, double loadSeconds) {
    public static final String DEFAULT_ROW = "corenlp default (tokenize,ssplit,pos,lemma,ner)";

    public BenchReport {
        rows = List.copyOf(rows);
        environment = environment == null ? "" : environment;
    }

    public Optional<BenchRow> row(String name, int threads) {
        return rows.stream().filter(r -> r.name().equals(name) && r.threads() == threads).findFirst();
    }

    public void print(PrintStream out) {
        Optional<BenchRow> base = row(DEFAULT_ROW, 1);
        out.println(environment);
        out.printf(Locale.ROOT, "Parley annotator loaded in %.1f s%n", loadSeconds);
        out.printf(Locale.ROOT, "%-52s %7s %8s %8s %9s %9s %11s %9s %10s %6s%n", "stage", "threads", "articles",
                "art/s", "tokens/s", "x default", "tok/cpu-s", "x default", "peak heap", "failed");
        for (BenchRow r : rows) {
            String ratio = base.map(b -> String.format(Locale.ROOT, "%.2f", r.tokensPerSecond() / b.tokensPerSecond())).orElse("-");
            String cpuRatio = base.filter(b -> b.tokensPerCpuSecond() > 0)
                    .map(b -> String.format(Locale.ROOT, "%.2f", r.tokensPerCpuSecond() / b.tokensPerCpuSecond())).orElse("-");
            out.printf(Locale.ROOT, "%-52s %7d %8d %8.2f %9.0f %9s %11.0f %9s %7d MB %6d%n", r.name(), r.threads(),
                    r.articles(), r.articlesPerSecond(), r.tokensPerSecond(), ratio, r.tokensPerCpuSecond(), cpuRatio,
                    r.peakHeap() >> 20, r.failed());
        }
        out.println("x default: rate over CoreNLP's default pipeline on one thread; tok/cpu-s counts the CPU time of the"
                + " working threads only, so it stays comparable when other processes load the machine.");
    }
}
