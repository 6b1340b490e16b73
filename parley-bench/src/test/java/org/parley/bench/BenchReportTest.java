package org.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    @Test
    void table_shows_rates_and_the_ratio_to_the_corenlp_default() {
        BenchReport report = new BenchReport(List.of(
                new BenchRow(BenchReport.DEFAULT_ROW, 1, 10, 12_000, 10.0, 10.0, 900L << 20, 0),
                new BenchRow(Bench.ANNOTATE, 2, 10, 12_000, 2.0, 3.0, 500L << 20, 1)), "test machine", 3.5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("test machine").contains("loaded in 3.5 s");
        assertThat(table.lines().filter(l -> l.startsWith(Bench.ANNOTATE)).findFirst().orElseThrow())
                .contains(" 2 ").contains("6000").contains("5.00").contains("4000").contains("3.33").contains("500 MB");
        assertThat(report.row(Bench.ANNOTATE, 2)).get().extracting(BenchRow::tokensPerSecond).isEqualTo(6000.0);
    }

    @Test
    void options_reject_what_cannot_be_measured() {
        BenchOptions ok = BenchOptions.defaults(List.of(Path.of("x.jsonl")));

        assertThat(ok.maxArticles()).isEqualTo(300);
        assertThatThrownBy(() -> ok.withThreads(List.of(0))).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.defaults(List.of())).hasMessageContaining("no input");
        assertThatThrownBy(() -> ok.withMaxArticles(0)).hasMessageContaining("maxArticles");
    }
}
