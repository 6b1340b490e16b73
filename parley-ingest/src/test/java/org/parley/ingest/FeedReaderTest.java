package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;

class FeedReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    @Test
    void rss_items_become_articles_with_the_full_text_of_content_encoded() throws IOException {
        List<Article> items = Checks.articles(reader.read(Files.writeString(dir.resolve("feed.rss"), Fixtures.rss())));

        assertThat(items).hasSize(2);
        Article first = items.get(0);
        assertThat(first.name()).isEqualTo("feed.rss#1");
        assertThat(first.text()).isEqualTo(Fixtures.P1 + "\n\n" + Fixtures.P2 + " link");
        assertThat(first.title()).isEqualTo("Harbour expansion approved");
        assertThat(first.outlet()).isEqualTo("Coast Courier News");
        assertThat(first.author()).isEqualTo("Jane Roe");
        assertThat(first.url()).isEqualTo("https://courier.example/news/1");
        assertThat(first.published()).contains(LocalDate.of(2025, 2, 13));
        assertThat(first.metadata()).containsEntry("guid", "courier-1").containsEntry("categories", "Local").containsEntry("summary", "Short summary only.");
    }

    @Test
    void an_rss_item_without_content_encoded_uses_its_description_as_text() throws IOException {
        Article second = Checks.articles(reader.read(Files.writeString(dir.resolve("feed.rss"), Fixtures.rss()))).get(1);

        assertThat(second.text()).isEqualTo(Fixtures.P3);
        assertThat(second.title()).isEqualTo("Second story & more");
        assertThat(second.name()).isEqualTo("feed.rss#2");
    }

    @Test
    void atom_entries_are_read_with_xhtml_content_and_the_alternate_link() throws IOException {
        List<Article> entries = Checks.articles(reader.read(Files.writeString(dir.resolve("feed.atom"), Fixtures.atom())));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).text()).isEqualTo(Fixtures.P1 + "\n\n" + Fixtures.P2 + " & more");
        assertThat(entries.get(0).title()).isEqualTo("Harbour expansion approved");
        assertThat(entries.get(0).url()).isEqualTo("https://courier.example/news/1");
        assertThat(entries.get(0).author()).isEqualTo("Jane Roe");
        assertThat(entries.get(0).outlet()).isEqualTo("Coast Courier (Atom)");
        assertThat(entries.get(1).text()).isEqualTo(Fixtures.P3);
        assertThat(entries.get(1).published()).contains(LocalDate.of(2025, 2, 14));
    }

    @Test
    void an_xml_file_is_sniffed_as_a_feed() throws IOException {
        assertThat(Checks.articles(reader.read(Files.writeString(dir.resolve("feed.xml"), Fixtures.atom())))).hasSize(2);
    }

    @Test
    void a_feed_that_is_not_xml_is_one_problem() throws IOException {
        Problem p = Checks.onlyProblem(reader.read(Files.writeString(dir.resolve("feed.rss"), "this is just a sentence, not a feed at all.\n")));

        assertThat(p.message()).startsWith("is not XML");
        assertThat(p.hint()).contains("RSS 2.0 or Atom");
    }

    @Test
    void xml_that_is_not_a_feed_is_one_problem_naming_its_root() throws IOException {
        Problem p = Checks.onlyProblem(reader.read(Files.writeString(dir.resolve("data.xml"), "<?xml version=\"1.0\"?><catalog><book/></catalog>")));

        assertThat(p.message()).isEqualTo("is XML but not an RSS or Atom feed (root element <catalog>)");
    }

    @Test
    void a_feed_cut_short_keeps_the_items_before_the_damage_then_reports_the_line() throws IOException {
        String rss = Fixtures.rss();
        String cut = rss.substring(0, rss.indexOf("<title>Second story"));

        List<Outcome<Article>> outcomes = Checks.all(reader.read(Files.writeString(dir.resolve("cut.rss"), cut)));

        assertThat(Checks.done(outcomes)).extracting(Article::name).containsExactly("cut.rss#1");
        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("feed is damaged or cut short after 2 item(s)");
            assertThat(p.source()).matches(".*cut\\.rss:\\d+");
        });
    }

    @Test
    void external_entities_are_not_read() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss><channel><title>t</title><item><title>a</title><description>&x; " + Fixtures.P1 + "</description></item></channel></rss>";

        List<Outcome<Article>> outcomes = Checks.all(reader.read(Files.writeString(dir.resolve("xxe.rss"), xxe)));

        assertThat(Checks.done(outcomes)).allSatisfy(a -> assertThat(a.text()).doesNotContain("TOPSECRET"));
        assertThat(outcomes).isNotEmpty();
    }

    @Test
    void a_feed_with_bytes_that_are_not_utf8_is_a_problem_saying_so() throws IOException {
        String rss = Fixtures.rss().replace("Short summary only.", "Caf\u00e9 summary.");
        Path file = Files.write(dir.resolve("latin.rss"), rss.getBytes(java.nio.charset.Charset.forName("windows-1252")));

        List<Outcome<Article>> outcomes = Checks.all(reader.read(file));

        assertThat(Checks.problems(outcomes)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not valid UTF-8");
            assertThat(p.hint()).contains("--charset");
        });
    }

    @Test
    void a_feed_declaring_its_encoding_is_decoded_with_it() throws IOException {
        String rss = Fixtures.rss().replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").replace("Short summary only.", "Caf\u00e9 summary.");
        Path file = Files.write(dir.resolve("latin.rss"), rss.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        List<Article> items = Checks.articles(reader.read(file));

        assertThat(items.get(0).metadata()).containsEntry("summary", "Caf\u00e9 summary.");
    }

    @Test
    void an_rss_author_given_as_address_and_name_is_the_name() throws IOException {
        String rss = Fixtures.rss().replace("<dc:creator>Jane Roe</dc:creator>", "<author>jane@courier.example (Jane Roe)</author>");

        assertThat(Checks.articles(reader.read(Files.writeString(dir.resolve("a.rss"), rss))).get(0).author()).isEqualTo("Jane Roe");
    }
}
