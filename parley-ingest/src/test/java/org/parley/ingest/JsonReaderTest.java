package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;

class JsonReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    private List<Outcome<Article>> readJsonl() throws IOException {
        return Checks.all(reader.read(Files.writeString(dir.resolve("news.jsonl"), Fixtures.jsonl())));
    }

    @Test
    void jsonl_records_become_articles_named_by_id_with_the_text_field_exactly() throws IOException {
        List<Article> articles = Checks.done(readJsonl());

        assertThat(articles).extracting(Article::name).containsExactly("a-1", "news.jsonl:4", "a-5");
        Article first = articles.get(0);
        assertThat(first.originalText()).isEqualTo(Fixtures.P1 + "\n\n" + Fixtures.P2);
        assertThat(first.outlet()).isEqualTo("Coast Courier");
        assertThat(first.title()).isEqualTo("Harbour");
        assertThat(first.url()).isEqualTo("https://courier.example/1");
        assertThat(first.published()).contains(LocalDate.of(2025, 2, 13));
        assertThat(first.source()).endsWith("news.jsonl:1");
    }

    @Test
    void a_title_in_double_encoded_utf8_is_repaired_outright() throws IOException {
        Path file = Files.writeString(dir.resolve("one.jsonl"),
                "{\"id\": \"m\", \"title\": \"Romney won\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2t say\", \"text\": \""
                        + Fixtures.P1 + "\"}\n");

        Article a = Checks.onlyArticle(reader.read(file));

        assertThat(a.title()).isEqualTo("Romney won\u2019t say");
    }

    @Test
    void unknown_fields_are_kept_in_the_metadata_as_strings() throws IOException {
        Article first = Checks.done(readJsonl()).get(0);

        assertThat(first.metadata()).containsOnly(
                java.util.Map.entry("story", "s1"), java.util.Map.entry("tags", "[\"port\",\"council\"]"), java.util.Map.entry("score", "3"));
    }

    @Test
    void an_iso_instant_gives_its_utc_day() throws IOException {
        assertThat(Checks.done(readJsonl()).get(1).published()).contains(LocalDate.of(2025, 2, 14));
    }

    @Test
    void a_malformed_line_and_a_record_without_text_are_problems_naming_file_and_line_and_the_rest_goes_on() throws IOException {
        List<Problem> problems = Checks.problems(readJsonl());

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).source()).endsWith("news.jsonl:2");
        assertThat(problems.get(0).message()).startsWith("not valid JSON");
        assertThat(problems.get(0).hint()).contains("each line must hold one complete JSON object");
        assertThat(problems.get(1).source()).endsWith("news.jsonl:5");
        assertThat(problems.get(1).message()).isEqualTo("record has no \"text\" field");
    }

    @Test
    void a_date_that_cannot_be_read_is_a_warning_not_a_failure() throws IOException {
        Outcome.Done<Article> last = (Outcome.Done<Article>) readJsonl().get(readJsonl().size() - 1);

        assertThat(last.value().published()).isEmpty();
        assertThat(last.warnings()).singleElement().satisfies(w -> assertThat(w.message()).contains("'last Tuesday', not a date"));
    }

    @Test
    void invalid_utf8_in_one_line_names_the_line_and_the_byte_of_the_file() throws IOException {
        byte[] line1 = ("{\"id\":\"x\",\"text\":\"" + Fixtures.P1 + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] line2 = "{\"id\":\"y\",\"text\":\"caf\u00e9\"}\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] all = new byte[line1.length + line2.length];
        System.arraycopy(line1, 0, all, 0, line1.length);
        System.arraycopy(line2, 0, all, line1.length, line2.length);

        List<Outcome<Article>> outcomes = Checks.all(reader.read(Files.write(dir.resolve("mixed.jsonl"), all)));

        assertThat(Checks.done(outcomes)).hasSize(1);
        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("mixed.jsonl:2");
            assertThat(p.message()).isEqualTo("not valid UTF-8 at byte " + (line1.length + "{\"id\":\"y\",\"text\":\"caf".length()) + " of the file");
        });
    }

    @Test
    void a_line_over_the_record_limit_is_skipped_with_a_problem() throws IOException {
        String big = "{\"id\":\"big\",\"text\":\"" + "word ".repeat(500) + "\"}";
        String small = "{\"id\":\"small\",\"text\":\"" + Fixtures.P1 + "\"}";
        ArticleReader limited = new ArticleReader(IngestConfig.defaults().withMaxRecordBytes(1000));

        List<Outcome<Article>> outcomes = Checks.all(limited.read(Files.writeString(dir.resolve("big.jsonl"), big + "\n" + small + "\n")));

        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> assertThat(p.message()).contains("over the 1000 bytes record limit"));
        assertThat(Checks.done(outcomes)).extracting(Article::name).containsExactly("small");
    }

    @Test
    void a_json_file_with_one_object_is_one_article_named_after_the_file() throws IOException {
        Path file = Files.writeString(dir.resolve("one.json"), "{\n  \"title\": \"Harbour\",\n  \"text\": \"" + Fixtures.P1 + "\"\n}\n");

        Article a = Checks.onlyArticle(reader.read(file));

        assertThat(a.name()).isEqualTo("one.json");
        assertThat(a.title()).isEqualTo("Harbour");
    }

    @Test
    void a_json_array_is_read_item_by_item_and_damage_keeps_the_items_before_it() throws IOException {
        String json = "[\n{\"id\":\"a\",\"text\":\"" + Fixtures.P1 + "\"},\n{\"text\":\"" + Fixtures.P2 + "\"},\n{\"id\":\"c\",\"text\":\"cut sh";

        List<Outcome<Article>> outcomes = Checks.all(reader.read(Files.writeString(dir.resolve("many.json"), json)));

        assertThat(Checks.done(outcomes)).extracting(Article::name).containsExactly("a", "many.json#2");
        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("many.json:4");
            assertThat(p.message()).startsWith("not valid JSON at line 4");
        });
    }

    @Test
    void a_json_file_with_a_byte_order_mark_is_read() throws IOException {
        byte[] body = ("{\"text\":\"" + Fixtures.P1 + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        assertThat(Checks.onlyArticle(reader.read(Files.write(dir.resolve("bom.json"), bytes))).text()).isEqualTo(Fixtures.P1);
    }

    @Test
    void a_json_file_that_is_not_utf8_is_a_problem_naming_the_line() throws IOException {
        byte[] bytes = ("[\n{\"text\":\"" + Fixtures.P1 + "\"},\n{\"text\":\"caf\u00e9\"}]").getBytes(java.nio.charset.Charset.forName("windows-1252"));

        List<Outcome<Article>> outcomes = Checks.all(reader.read(Files.write(dir.resolve("latin.json"), bytes)));

        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid UTF-8 near line");
            assertThat(p.hint()).contains("--charset");
        });
    }

    @Test
    void jsonl_saved_as_utf16_is_one_problem_that_says_so() throws IOException {
        String line = "{\"id\":\"a\",\"text\":\"The minister said talks would continue.\"}\n";
        Path le = Files.write(dir.resolve("le.jsonl"), (line + line).getBytes(StandardCharsets.UTF_16LE));
        Path bom = Files.write(dir.resolve("bom.jsonl"), (line + line).getBytes(StandardCharsets.UTF_16));

        for (Path file : List.of(le, bom)) {
            List<Problem> problems = Checks.problems(Checks.all(reader.read(file)));

            assertThat(problems).as(file.toString()).singleElement().asString().contains("the file is UTF-16")
                    .contains("re-save it as UTF-8").doesNotContain("CTRL-CHAR");
        }
    }

    @Test
    void a_file_name_with_a_line_break_cannot_forge_a_problem_line() throws IOException {
        Path forged = Files.write(dir.resolve("x.jsonl\nparley: all 3 articles stored.jsonl"), "{broken".getBytes(StandardCharsets.UTF_8));

        List<Problem> problems = Checks.problems(Checks.all(reader.read(forged)));

        assertThat(problems).singleElement().asString().doesNotContain("\n").contains("x.jsonl\\nparley: all 3");
    }
}
