package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
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

class HtmlReaderTest {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());

    private Article read(String name, byte[] bytes) throws IOException {
        return Checks.onlyArticle(reader.read(Files.write(dir.resolve(name), bytes)));
    }

    @Test
    void page_metadata_comes_from_opengraph_json_ld_and_the_canonical_link() throws IOException {
        Article a = read("harbour.html", Fixtures.html().getBytes(StandardCharsets.UTF_8));

        assertThat(a.title()).isEqualTo("Harbour expansion approved after two-year fight");
        assertThat(a.author()).isEqualTo("Jane Roe");
        assertThat(a.published()).contains(LocalDate.of(2025, 2, 13));
        assertThat(a.url()).isEqualTo("https://courier.example/news/harbour-expansion");
        assertThat(a.outlet()).isEqualTo("Coast Courier");
        assertThat(a.name()).isEqualTo("harbour.html");
        assertThat(a.metadata()).containsEntry("description", "The council voted to expand the port.").containsEntry("language", "en");
    }

    @Test
    void main_text_is_the_article_without_navigation_sharing_sidebar_comments_or_footer() throws IOException {
        Article a = read("harbour.html", Fixtures.html().getBytes(StandardCharsets.UTF_8));

        assertThat(a.text()).contains(Fixtures.P1).contains(Fixtures.P2).contains(Fixtures.P3)
                .doesNotContain("Weather").doesNotContain("Tweet this").doesNotContain("cat that climbed")
                .doesNotContain("comment").doesNotContain("Copyright").doesNotContain("tracking");
        assertThat(a.text().indexOf(Fixtures.P1)).isLessThan(a.text().indexOf(Fixtures.P3));
        assertThat(a.text()).contains(Fixtures.P1 + "\n\n" + Fixtures.P2);
    }

    @Test
    void the_publisher_of_json_ld_is_the_outlet_when_opengraph_has_no_site_name() throws IOException {
        String html = Fixtures.html().replace("<meta property=\"og:site_name\" content=\"Coast Courier\">", "");

        assertThat(read("a.html", html.getBytes(StandardCharsets.UTF_8)).outlet()).isEqualTo("Coast Courier Ltd");
    }

    @Test
    void a_time_element_gives_the_date_when_the_head_has_none() throws IOException {
        String html = "<html><body><article><time datetime=\"2024-12-03T08:00:00-05:00\">Dec 3</time><p>" + Fixtures.P1 + "</p></article></body></html>";

        assertThat(read("t.html", html.getBytes(StandardCharsets.UTF_8)).published()).contains(LocalDate.of(2024, 12, 3));
    }

    @Test
    void the_declared_charset_is_used_for_a_legacy_page() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Caf\u00e9 owners said "
                + Fixtures.P1 + "</p></body></html>";

        Article a = read("legacy.html", html.getBytes(Charset.forName("windows-1252")));

        assertThat(a.text()).startsWith("Caf\u00e9 owners");
    }

    @Test
    void an_undeclared_page_that_is_not_utf8_is_read_as_windows_1252_with_a_warning_naming_the_byte() throws IOException {
        String html = "<html><body><p>Caf\u00e9 owners said " + Fixtures.P1 + "</p></body></html>";
        byte[] bytes = html.getBytes(Charset.forName("windows-1252"));
        Path file = Files.write(dir.resolve("legacy.html"), bytes);

        List<Outcome<Article>> all = Checks.all(reader.read(file));

        assertThat(all).singleElement().isInstanceOf(Outcome.Done.class);
        Outcome.Done<Article> done = (Outcome.Done<Article>) all.get(0);
        assertThat(done.value().text()).startsWith("Caf\u00e9 owners");
        assertThat(done.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .isEqualTo("not valid UTF-8 at byte " + html.indexOf('\u00e9') + " and no charset declared; read as windows-1252"));
    }

    @Test
    void a_page_without_visible_text_is_a_problem() throws IOException {
        Path file = Files.writeString(dir.resolve("script.html"), "<html><head><script>var a = 1;</script></head><body>  </body></html>");

        Problem p = Checks.onlyProblem(reader.read(file));

        assertThat(p.message()).isEqualTo("HTML page has no visible text");
    }

    @Test
    void a_page_without_any_container_falls_back_to_the_body_text() throws IOException {
        Article a = read("bare.html", ("<html><body>" + Fixtures.P1 + "<br>" + Fixtures.P2 + "</body></html>").getBytes(StandardCharsets.UTF_8));

        assertThat(a.text()).isEqualTo(Fixtures.P1 + "\n" + Fixtures.P2);
    }

    @Test
    void broken_json_ld_is_skipped_with_a_warning() throws IOException {
        String html = Fixtures.html().replace("\"@type\":\"NewsArticle\",", "\"@type\":\"NewsArticle\",,");
        Path file = Files.writeString(dir.resolve("broken.html"), html);

        Outcome.Done<Article> done = (Outcome.Done<Article>) Checks.all(reader.read(file)).get(0);

        assertThat(done.warnings()).singleElement().satisfies(w -> assertThat(w.message()).startsWith("skipped 1 JSON-LD block"));
        assertThat(done.value().author()).isEmpty();
    }

    @Test
    void paragraphs_wrapped_one_by_one_are_all_kept_and_boxes_inside_the_story_are_dropped() throws IOException {
        String html = """
                <html><body>
                <div class="page"><div class="article-body">
                  <div class="block"><p>%s</p></div>
                  <figure><img src="x.jpg"><figcaption>The harbour at dawn. Photo: A. Person</figcaption></figure>
                  <div class="ad-slot"><p>Advertisement: buy our wonderful boats today, with free delivery anywhere.</p></div>
                  <div class="block"><h2>What comes next</h2></div>
                  <div class="block"><p>%s</p></div>
                  <div class="related-links"><ul><li><a href="/1">Earlier: council delays harbour vote once again</a></li>
                    <li><a href="/2">Opinion: why the harbour matters to all of us</a></li></ul></div>
                  <div class="newsletter-signup"><p>Sign up for our newsletter to get the morning briefing in your inbox.</p></div>
                  <div class="block"><blockquote><p>%s</p></blockquote></div>
                </div></div>
                <div class="comments"><p>A reader wrote a long comment, with commas, and more commas, and even more words here.</p></div>
                </body></html>
                """.formatted(Fixtures.P1, Fixtures.P2, Fixtures.P3);

        Article a = read("wrapped.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(a.text()).isEqualTo(Fixtures.P1 + "\n\nWhat comes next\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3);
    }

    @Test
    void a_story_split_into_sibling_blocks_is_read_whole() throws IOException {
        String html = "<html><body><div class=\"main\"><div class=\"intro\"><p>" + Fixtures.P1 + "</p></div>"
                + "<div class=\"story-continued\"><p>" + Fixtures.P2 + "</p><p>" + Fixtures.P3 + "</p><p>" + Fixtures.P2 + "</p></div>"
                + "<div class=\"sharing\"><p>Share this story with your friends and family, on every network there is.</p></div></div></body></html>";

        Article a = read("split.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(a.text()).startsWith(Fixtures.P1 + "\n\n" + Fixtures.P2).doesNotContain("Share this");
    }

    @Test
    void class_names_that_only_resemble_boilerplate_do_not_drop_the_story() throws IOException {
        String html = "<html><body><div class=\"hidden-xs football-commentary\"><p class=\"lead-in\">" + Fixtures.P1 + "</p><p>"
                + Fixtures.P2 + "</p><p class=\"print-only-not\">" + Fixtures.P3 + "</p></div>"
                + "<div class=\"comments-area\"><p>" + "A long reader comment with commas, many commas, and more words than needed. ".repeat(3) + "</p></div></body></html>";

        Article a = read("lookalike.html", html.getBytes(StandardCharsets.UTF_8));

        assertThat(a.text()).isEqualTo(Fixtures.P1 + "\n\n" + Fixtures.P2 + "\n\n" + Fixtures.P3);
    }
}
