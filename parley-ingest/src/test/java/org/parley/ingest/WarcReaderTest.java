package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;

class WarcReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void html_responses_become_articles_and_requests_and_images_are_skipped(boolean gzip) throws IOException {
        Path file = Files.write(dir.resolve(gzip ? "crawl.warc.gz" : "crawl.warc"), Fixtures.warc(gzip));

        List<Article> articles = Checks.articles(reader.read(file));

        assertThat(articles).hasSize(2);
        Article first = articles.get(0);
        assertThat(first.name()).isEqualTo(file.getFileName() + "#1");
        assertThat(first.source()).matches(".*crawl\\.warc(\\.gz)?@\\d+");
        assertThat(first.url()).isEqualTo("https://courier.example/news/1");
        assertThat(first.published()).as("the capture date when the page names none").contains(LocalDate.of(2025, 2, 13));
        assertThat(first.text()).isEqualTo(Fixtures.P1 + "\n\n" + Fixtures.P2);
        assertThat(first.metadata()).containsEntry("captured", "2025-02-13T10:00:01Z");
        Article second = articles.get(1);
        assertThat(second.published()).as("the page's own date wins").contains(LocalDate.of(2025, 2, 12));
        assertThat(second.outlet()).isEqualTo("Coast Courier");
        assertThat(second.url()).as("the capture's target").isEqualTo("https://courier.example/news/2");
        assertThat(second.metadata()).containsEntry("canonical", "https://courier.example/news/2-harbour");
    }

    @Test
    void a_warc_sniffed_from_content_without_extension_is_read() throws IOException {
        assertThat(Checks.articles(reader.read(Files.write(dir.resolve("crawl"), Fixtures.warc(true))))).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_truncated_warc_keeps_the_articles_before_the_damage_then_names_the_byte(boolean gzip) throws IOException {
        byte[] whole = Fixtures.warc(gzip);
        Path full = Files.write(dir.resolve("full.warc" + (gzip ? ".gz" : "")), whole);
        long secondPage = Checks.articles(reader.read(full)).get(1).source().transform(s -> Long.parseLong(s.substring(s.lastIndexOf('@') + 1)));
        byte[] cut = Arrays.copyOf(whole, (int) secondPage + 60);
        Path file = Files.write(dir.resolve("cut.warc" + (gzip ? ".gz" : "")), cut);

        List<Outcome<Article>> outcomes = Checks.all(reader.read(file));

        assertThat(Checks.done(outcomes)).hasSize(1).first().satisfies(a -> assertThat(a.url()).isEqualTo("https://courier.example/news/1"));
        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(file + "@" + secondPage);
            assertThat(p.message()).contains("damaged or cut short").contains("at byte " + secondPage);
        });
    }

    @Test
    void a_gz_file_that_is_not_a_warc_is_a_problem() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write("just some text, not an archive\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Problem p = Checks.onlyProblem(reader.read(Files.write(dir.resolve("notes.warc.gz"), out.toByteArray())));

        assertThat(p.message()).startsWith("is not a readable WARC file");
    }
}
