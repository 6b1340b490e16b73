package org.parley.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_bar_counts_articles_out_of_the_total_with_rate_and_eta() {
        ProgressBar bar = new ProgressBar(out, OptionalLong.of(4));

        for (int i = 0; i < 4; i++) bar.step("a.jsonl");

        assertThat(printed()).contains("4/4").contains("articles/s").contains("ETA").contains("a.jsonl")
                .doesNotContain("5/4").doesNotContain("\n");
    }

    @Test
    void without_a_known_total_the_bar_counts_without_eta() {
        ProgressBar bar = new ProgressBar(out, OptionalLong.empty());

        bar.step("x.warc.gz");

        assertThat(printed()).contains("1 articles").doesNotContain("ETA");
    }

    @Test
    void a_line_printed_while_the_bar_shows_is_printed_on_a_cleared_line_and_the_bar_drawn_again_below() {
        ProgressBar bar = new ProgressBar(out, OptionalLong.of(10));
        bar.step("a.txt");
        String drawn = printed();

        bar.above(() -> out.println("a.txt [read]: a problem"));

        String after = printed().substring(drawn.length());
        int bar1 = drawn.lastIndexOf('\r');
        String cleared = "\r" + " ".repeat(drawn.length() - bar1 - 1) + "\r";
        assertThat(after).startsWith(cleared + "a.txt [read]: a problem" + System.lineSeparator() + "\r[");
        assertThat(after).contains("1/10");
    }

    @Test
    void finishing_clears_the_bar() {
        ProgressBar bar = new ProgressBar(out, OptionalLong.of(2));
        bar.step("a.txt");
        int before = printed().length();

        bar.finish();

        assertThat(printed().substring(before)).matches("\r +\r");
    }
}
