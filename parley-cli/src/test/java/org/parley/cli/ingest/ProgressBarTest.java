package org.parley.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void the_bar_shows_count_rate_and_eta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 4, false);

        for (int i = 0; i < 4; i++) bar.step("a.txt");

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("4/4").contains("articles/s").contains("ETA").contains("a.txt");
    }
}
