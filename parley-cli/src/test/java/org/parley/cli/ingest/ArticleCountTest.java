package org.parley.cli.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCountTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void a_jsonl_file_holds_one_article_per_non_blank_line_and_a_text_file_one() throws Exception {
        Path jsonl = file("a.jsonl", "{\"id\": 1}\n\n  \n{\"id\": 2}\r\n{\"id\": 3}");
        Path txt = file("b.txt", "Headline\n\nText.\n");

        assertThat(ArticleCount.of(List.of(jsonl, txt))).isEqualTo(OptionalLong.of(4));
    }

    @Test
    void a_long_jsonl_file_is_counted_across_read_blocks() throws Exception {
        String line = "{\"text\": \"" + "x".repeat(1000) + "\"}\n";
        Path jsonl = file("big.jsonl", line.repeat(500));

        assertThat(ArticleCount.of(List.of(jsonl))).isEqualTo(OptionalLong.of(500));
    }

    @Test
    void feeds_warcs_and_json_arrays_are_only_known_by_reading_them() throws Exception {
        Path txt = file("b.txt", "Text.");

        assertThat(ArticleCount.of(List.of(txt, file("c.rss", "<rss/>")))).isEmpty();
        assertThat(ArticleCount.of(List.of(file("d.json", "  [{\"id\": 1}, {\"id\": 2}]")))).isEmpty();
        assertThat(ArticleCount.of(List.of(file("e.json", "{\"id\": 1}")))).isEqualTo(OptionalLong.of(1));
    }
}
