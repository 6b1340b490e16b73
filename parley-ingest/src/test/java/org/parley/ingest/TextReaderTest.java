package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Problem;

class TextReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void a_text_with_a_short_first_line_has_it_as_title_and_keeps_it_in_the_text() throws IOException {
        String text = "Harbour Expansion Approved\n\n" + Fixtures.P1 + "\n" + Fixtures.P2 + "\n";
        Path file = write("harbour.txt", text);

        Article a = Checks.onlyArticle(reader.read(file));

        assertThat(a.title()).isEqualTo("Harbour Expansion Approved");
        assertThat(a.originalText()).isEqualTo(text);
        assertThat(a.text()).isEqualTo(text);
        assertThat(a.name()).isEqualTo("harbour.txt");
        assertThat(a.source()).isEqualTo(file.toString());
        assertThat(a.published()).isEmpty();
        assertThat(a.outlet()).isEmpty();
    }

    @Test
    void a_text_that_starts_with_a_sentence_has_no_title() throws IOException {
        Article a = Checks.onlyArticle(reader.read(write("a.txt", Fixtures.P1 + "\n" + Fixtures.P2)));

        assertThat(a.title()).isEmpty();
    }

    @Test
    void invalid_utf8_is_a_problem_naming_the_byte_and_how_to_fix_it() throws IOException {
        byte[] good = (Fixtures.P1 + "\nThe caf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 4];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // é in windows-1252
        bytes[good.length + 1] = ' ';
        bytes[good.length + 2] = 'o';
        bytes[good.length + 3] = 'k';
        Path file = Files.write(dir.resolve("latin.txt"), bytes);

        Problem p = Checks.onlyProblem(reader.read(file));

        assertThat(p.source()).isEqualTo(file.toString());
        assertThat(p.stage()).isEqualTo("read");
        assertThat(p.message()).isEqualTo("not valid UTF-8 at byte " + good.length);
        assertThat(p.hint()).contains("re-save it as UTF-8").contains("--charset windows-1252");
    }

    @Test
    void a_configured_charset_reads_a_legacy_file() throws IOException {
        Path file = Files.write(dir.resolve("latin.txt"), ("Caf\u00e9 owners welcomed the harbour plan on Tuesday, the council said.").getBytes(Charset.forName("windows-1252")));

        Article a = Checks.onlyArticle(new ArticleReader(IngestConfig.defaults().withCharset(Charset.forName("windows-1252"))).read(file));

        assertThat(a.text()).startsWith("Caf\u00e9 owners");
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_text() throws IOException {
        byte[] body = Fixtures.P1.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Article a = Checks.onlyArticle(reader.read(Files.write(dir.resolve("bom.txt"), bytes)));

        assertThat(a.originalText()).isEqualTo(Fixtures.P1);
    }

    @Test
    void an_empty_file_is_a_problem() throws IOException {
        Problem p = Checks.onlyProblem(reader.read(write("empty.txt", "")));

        assertThat(p.message()).isEqualTo("file is empty");
        assertThat(p.hint()).isNotEmpty();
    }

    @Test
    void a_whitespace_only_file_is_a_problem() throws IOException {
        Problem p = Checks.onlyProblem(reader.read(write("blank.txt", " \n\t\n  ")));

        assertThat(p.message()).contains("only white space");
    }

    @Test
    void a_binary_file_is_a_problem_naming_the_nul_byte() throws IOException {
        Path file = Files.write(dir.resolve("image.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3});

        Problem p = Checks.onlyProblem(reader.read(file));

        assertThat(p.message()).startsWith("looks binary").contains("NUL byte at byte 6");
        assertThat(p.hint()).contains("plain text");
    }

    @Test
    void a_file_over_the_size_limit_is_a_problem_found_before_reading_it() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(Fixtures.P1.getBytes(StandardCharsets.UTF_8));
            raf.setLength(100L << 20); // 100 MiB, sparse: the test stays fast, and a reader that loads it would still be caught by the limit
        }
        ArticleReader small = new ArticleReader(IngestConfig.defaults().withMaxFileBytes(1 << 20));

        Problem p = Checks.onlyProblem(small.read(file));

        assertThat(p.message()).isEqualTo("file is 100.0 MiB, over the 1.0 MiB limit");
        assertThat(p.hint()).contains("--max-file-size");
    }

    @Test
    void a_path_that_does_not_exist_is_a_problem() {
        Problem p = Checks.onlyProblem(reader.read(dir.resolve("missing.txt")));

        assertThat(p.source()).endsWith("missing.txt");
        assertThat(p.message()).isEqualTo("no such file or folder");
        assertThat(p.hint()).startsWith("check the path");
    }

    @Test
    void an_unreadable_file_is_a_problem() throws IOException {
        Path file = write("secret.txt", Fixtures.P1);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as a user who can read any file (root)");

        Problem p = Checks.onlyProblem(reader.read(file));

        assertThat(p.message()).contains("permission denied");
    }

    @Test
    void a_text_made_only_of_residue_is_a_clean_problem() throws IOException {
        Problem p = Checks.onlyProblem(reader.read(write("residue.txt", "Advertisement\nShare this article\n")));

        assertThat(p.stage()).isEqualTo("clean");
        assertThat(p.message()).startsWith("nothing is left after cleaning");
    }

    @Test
    void cleaning_off_keeps_the_text_as_read() throws IOException {
        Path file = write("a.txt", Fixtures.P1 + "\nAdvertisement\n");

        Article a = Checks.onlyArticle(new ArticleReader(IngestConfig.defaults().withClean(false)).read(file));

        assertThat(a.text()).isEqualTo(a.originalText());
        assertThat(a.removed()).isEmpty();
    }

    @Test
    void config_rejects_impossible_limits() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new IngestConfig(0, 1, Optional.empty(), true)).withMessageContaining("maxFileBytes");
    }
}
