package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.testkit.Shared;

class BenchIT {
    @Test
    void bench_on_the_seeds_reports_annotate_and_extract_rows_for_the_same_articles() {
        Path seeds = Shared.seeds();
        AtomicInteger extracted = new AtomicInteger();
        BenchOptions options = BenchOptions.defaults(List.of(seeds)).withMaxArticles(3).withWarmup(1)
                .withThreads(List.of(1, 2)).withCorenlpDefault(false).withQuoteSample(0)
                .withExtract(doc -> extracted.incrementAndGet());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BenchReport report = new Bench().run(options, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(report.rows()).extracting(BenchRow::name).containsExactly(Bench.ANNOTATE, Bench.ANNOTATE,
                Bench.ANNOTATE_EXTRACT, Bench.ANNOTATE_EXTRACT, Bench.EXTRACT_ONLY);
        assertThat(report.rows()).allSatisfy(r -> {
            assertThat(r.articles()).isEqualTo(3);
            assertThat(r.tokens()).isEqualTo(report.rows().get(0).tokens()).isPositive();
            assertThat(r.peakHeap()).isPositive();
        });
        assertThat(extracted.get()).isEqualTo(1 + 1 + 3 + 3 + 3);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(Bench.ANNOTATE_EXTRACT);
    }
}
