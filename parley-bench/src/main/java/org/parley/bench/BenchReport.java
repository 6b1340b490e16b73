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
        out.printf(Locale.ROOT, "%-52s %7s %8s %9s %10s %11s %10s %8s%n",
                "stage", "threads", "articles", "art/s", "tokens/s", "x default", "peak heap", "failed");
        for (BenchRow r : rows) {
            String ratio = base.map(b -> "%.2f".formatted(r.tokensPerSecond() / b.tokensPerSecond())).orElse("-");
            out.printf(Locale.ROOT, "%-52s %7d %8d %9.2f %10.0f %11s %7d MB %8d%n", r.name(), r.threads(), r.articles(),
                    r.articlesPerSecond(), r.tokensPerSecond(), ratio, r.peakHeap() >> 20, r.failed());
        }
    }
}
