package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Outcome;

class FolderAndStreamTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    @Test
    void a_folder_is_read_recursively_in_sorted_order_without_hidden_files() throws IOException {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/inner/z.txt"), Fixtures.P3);
        Files.writeString(dir.resolve("b/a.txt"), Fixtures.P2);
        Files.writeString(dir.resolve("a.txt"), Fixtures.P1);
        Files.writeString(dir.resolve(".hidden.txt"), Fixtures.P1);
        Files.writeString(dir.resolve(".git/config.txt"), Fixtures.P1);
        Files.writeString(dir.resolve("feed.rss"), Fixtures.rss());

        List<Article> articles = Checks.articles(reader.read(dir));

        assertThat(articles).extracting(Article::name).containsExactly("a.txt", "a.txt", "z.txt", "feed.rss#1", "feed.rss#2");
        assertThat(reader.files(dir)).containsExactly(dir.resolve("a.txt"), dir.resolve("b/a.txt"), dir.resolve("b/inner/z.txt"), dir.resolve("feed.rss"));
    }

    @Test
    void a_folder_of_ten_thousand_files_is_read_lazily_one_file_at_a_time() throws IOException {
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            Files.writeString(dir.resolve("f%05d.txt".formatted(i)), "Story number " + i + " was filed by the harbour desk today.");
        }
        Path last = dir.resolve("f%05d.txt".formatted(n - 1));

        int count = 0;
        String lastText = "";
        try (Stream<Outcome<Article>> outcomes = reader.read(dir)) {
            Iterator<Outcome<Article>> it = outcomes.iterator();
            assertThat(((Outcome.Done<Article>) it.next()).value().name()).isEqualTo("f00000.txt");
            count++;
            // Rewritten after reading began: a reader that had loaded every file up front would return the old text.
            Files.writeString(last, "The last file was rewritten after reading began, the desk said.");
            while (it.hasNext()) {
                Outcome<Article> o = it.next();
                count++;
                lastText = ((Outcome.Done<Article>) o).value().text();
            }
        }

        assertThat(count).isEqualTo(n);
        assertThat(lastText).startsWith("The last file was rewritten");
        assertThat(reader.files(dir)).hasSize(n);
    }

    @Test
    void a_stream_is_sniffed_as_jsonl() {
        List<Outcome<Article>> outcomes = Checks.all(reader.read("stdin", new ByteArrayInputStream(Fixtures.jsonl().getBytes(StandardCharsets.UTF_8))));

        assertThat(Checks.done(outcomes)).extracting(Article::name).containsExactly("a-1", "stdin:4", "a-5");
        assertThat(Checks.problems(outcomes)).extracting(p -> p.source()).containsExactly("stdin:2", "stdin:5");
    }

    @Test
    void a_stream_is_sniffed_as_html_feed_warc_or_text() {
        assertThat(Checks.articles(reader.read("stdin", new ByteArrayInputStream(Fixtures.html().getBytes(StandardCharsets.UTF_8)))))
                .singleElement().satisfies(a -> assertThat(a.outlet()).isEqualTo("Coast Courier"));
        assertThat(Checks.articles(reader.read("stdin", new ByteArrayInputStream(Fixtures.rss().getBytes(StandardCharsets.UTF_8))))).hasSize(2);
        assertThat(Checks.articles(reader.read("stdin", new ByteArrayInputStream(Fixtures.warc(true))))).hasSize(2);
        assertThat(Checks.articles(reader.read("stdin", new ByteArrayInputStream(("Harbour Plan\n" + Fixtures.P1).getBytes(StandardCharsets.UTF_8)))))
                .singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Harbour Plan"));
    }

    @Test
    void a_stream_over_the_size_limit_is_a_problem() {
        ArticleReader small = new ArticleReader(IngestConfig.defaults().withMaxFileBytes(1000));

        List<Outcome<Article>> outcomes = Checks.all(small.read("stdin", new ByteArrayInputStream(("word ".repeat(1000)).getBytes(StandardCharsets.UTF_8))));

        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("input is over the 1000 bytes limit"));
    }

    @Test
    void nothing_is_read_before_the_first_element_is_asked_for() throws IOException {
        Path file = dir.resolve("later.txt");

        try (Stream<Outcome<Article>> outcomes = reader.read(dir)) {
            Files.writeString(file, Fixtures.P1);
            assertThat(outcomes.toList()).hasSize(1);
        }
    }

    @Test
    void a_broken_link_in_a_folder_is_a_problem_and_the_other_files_are_read() throws IOException {
        Files.writeString(dir.resolve("a.txt"), Fixtures.P1);
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted.txt"));

        List<Outcome<Article>> outcomes = Checks.all(reader.read(dir));

        assertThat(Checks.done(outcomes)).extracting(Article::name).containsExactly("a.txt");
        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("gone.txt");
            assertThat(p.message()).isEqualTo("is a link to a file that does not exist");
        });
    }
}
