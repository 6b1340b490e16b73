package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;

class GzipTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void a_gzipped_jsonl_file_is_read_like_the_plain_one() throws IOException {
        List<Outcome<Article>> outcomes = Checks.all(reader.read(Files.write(dir.resolve("news.jsonl.gz"), gzip(Fixtures.jsonl()))));

        assertThat(Checks.done(outcomes)).extracting(Article::name).containsExactly("a-1", "news.jsonl.gz:4", "a-5");
        assertThat(Checks.problems(outcomes)).hasSize(2);
    }

    @Test
    void a_gzipped_text_is_read() throws IOException {
        Article a = Checks.onlyArticle(reader.read(Files.write(dir.resolve("story.txt.gz"), gzip("Harbour Plan\n" + Fixtures.P1))));

        assertThat(a.title()).isEqualTo("Harbour Plan");
        assertThat(a.name()).isEqualTo("story.txt.gz");
    }

    @Test
    void a_truncated_gzipped_jsonl_keeps_the_lines_before_the_damage_then_names_where_it_broke() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 400; i++) many.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record ").append(i).append(" of the harbour series, filed ").append(i * 7919 % 1000).append(" times.\"}\n");
        byte[] whole = gzip(many.toString());
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

        List<Outcome<Article>> outcomes = Checks.all(reader.read(file));

        assertThat(Checks.done(outcomes)).hasSizeBetween(10, 399);
        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.source()).matches(".*cut\\.jsonl\\.gz:\\d+");
            assertThat(p.message()).startsWith("is cut short").containsPattern("in line \\d+, byte \\d+ of the data");
        });
        assertThat(outcomes.get(outcomes.size() - 1)).isInstanceOf(Outcome.Failed.class);
    }

    @Test
    void a_gz_file_that_is_not_gzip_is_a_problem() throws IOException {
        Problem p = Checks.onlyProblem(reader.read(Files.writeString(dir.resolve("fake.txt.gz"), Fixtures.P1)));

        assertThat(p.message()).contains("Not in GZIP format");
    }

    @Test
    void a_gzipped_stream_is_sniffed_after_decompression() throws IOException {
        List<Outcome<Article>> outcomes = Checks.all(reader.read("stdin", new ByteArrayInputStream(gzip(Fixtures.jsonl()))));

        assertThat(Checks.done(outcomes)).extracting(Article::name).containsExactly("a-1", "stdin:4", "a-5");
    }
}
