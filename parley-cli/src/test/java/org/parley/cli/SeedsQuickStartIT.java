package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testkit.Shared;

/** The README's quick start, in-process: ingest the seeds, then ask the questions a user would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedsQuickStartIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Cli cli;
    static Cli.Result first;

    @BeforeAll
    static void ingest() {
        cli = new Cli(dir.resolve("store"));
        first = cli.run("ingest", Shared.seeds().toString(), "--issues", Cli.repoRoot().resolve("examples/issues-ukraine.json").toString());
    }

    private static List<JsonNode> json(Cli.Result r) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.lines()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test
    @Order(1)
    void ingesting_the_seeds_stores_five_articles_and_prints_what_was_found() {
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("5 article(s) read: 5 stored, 0 unchanged; 0 problem(s)")
                .contains("Most quoted:").contains("Mark Rutte");
    }

    @Test
    @Order(2)
    void ingesting_them_again_stores_nothing_twice() {
        Cli.Result again = cli.run("ingest", Shared.seeds().toString(), "--quiet");

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("5 article(s) read: 0 stored, 5 unchanged");
    }

    @Test
    void quotes_by_speaker_finds_rutte_under_every_name_he_goes_by() throws Exception {
        List<JsonNode> quotes = json(cli.run("quotes", "--speaker", "Rutte", "--json", "--direct"));

        assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q.get("speaker").asText()).isEqualTo("Mark Rutte"));
        assertThat(quotes).extracting(q -> q.get("article").asText()).contains("000_3659546037a8a108.txt", "002_edf9bcb6d443c3bb.txt");
    }

    @Test
    void the_quote_export_has_exactly_the_documented_fields_and_its_offsets_point_at_the_text() throws Exception {
        List<JsonNode> rows = json(cli.run("export", "quotes"));

        assertThat(rows).isNotEmpty();
        for (JsonNode q : rows) {
            List<String> fields = new ArrayList<>();
            q.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("article", "start", "end", "text", "direct", "speaker", "speaker_start", "speaker_end", "cue", "via");
            String original = java.nio.file.Files.readString(Shared.seeds().resolve(q.get("article").asText()));
            assertThat(original.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        }
    }

    @Test
    void stances_on_nato_membership_come_with_evidence_sentences() throws Exception {
        List<JsonNode> rows = json(cli.run("stances", "--issue", "ukraine-nato-membership", "--json"));

        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("issue").asText()).isEqualTo("ukraine-nato-membership");
            assertThat(r.get("stance").asText()).isIn("support", "oppose", "mixed", "neutral");
            assertThat(r.get("evidence")).isNotEmpty();
            assertThat(r.get("evidence").get(0).get("text").asText()).isNotBlank();
        });
    }

    @Test
    void every_listing_gives_as_many_csv_rows_as_json_lines() {
        String[][] listings = {{"articles"}, {"entities"}, {"quotes"}, {"stances"}, {"shifts"}, {"timeline"}, {"stories"},
                {"search", "NATO"}, {"issues", "list", "--issues", Cli.repoRoot().resolve("examples/issues-ukraine.json").toString()},
                {"dupes"}, {"claims"}, {"conflicts"}};
        for (String[] listing : listings) {
            String name = String.join(" ", listing);
            Cli.Result jsonl = listing[0].equals("issues") ? Cli.withoutStore(append(listing, "--json")) : cli.run(append(listing, "--json"));
            Cli.Result csv = listing[0].equals("issues") ? Cli.withoutStore(append(listing, "--format", "csv")) : cli.run(append(listing, "--format", "csv"));

            assertThat(jsonl.exit()).as(name + ": " + jsonl.err()).isZero();
            assertThat(csv.exit()).as(name + ": " + csv.err()).isZero();
            assertThat(csv.csv()).as(name).hasSize(jsonl.lines().size());
            if (List.of("articles", "quotes", "stances", "entities").contains(name)) assertThat(jsonl.lines()).as(name).isNotEmpty();
        }
    }

    @Test
    void the_quote_csv_has_the_export_columns_and_its_offsets_point_at_the_text() throws Exception {
        Cli.Result csv = cli.run("quotes", "--format", "csv");
        var rows = csv.csv();

        assertThat(rows).isNotEmpty();
        assertThat(csv.lines().get(0).split(",")).startsWith("article", "start", "end", "text", "direct", "speaker",
                "speaker_start", "speaker_end", "cue");
        for (var q : rows) {
            String original = java.nio.file.Files.readString(Shared.seeds().resolve(q.get("article")));
            assertThat(original.substring(Integer.parseInt(q.get("start")), Integer.parseInt(q.get("end")))).isEqualTo(q.get("text"));
        }
    }

    private static String[] append(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void show_lists_the_residue_removed_from_an_article() {
        Cli.Result shown = cli.run("show", "001_dbee41912bf1d351.txt");

        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).contains("Removed residue (1)").contains("indicates required fields");
    }

    @Test
    void entities_resolve_spelling_variants_across_articles() throws Exception {
        List<JsonNode> people = json(cli.run("entities", "--person", "--json"));

        assertThat(people).filteredOn(p -> p.get("name").asText().startsWith("Volodymyr Zelensk")).hasSize(1);
        assertThat(people).filteredOn(p -> p.get("name").asText().equals("Mark Rutte")).singleElement()
                .satisfies(p -> assertThat(p.get("articles").asInt()).isEqualTo(5));
    }

    @Test
    void an_unknown_article_is_a_one_line_error() {
        Cli.Result r = cli.run("show", "no-such-article");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no stored article has the id or name 'no-such-article'");
    }

    @Test
    void search_finds_a_phrase_in_quotes_and_articles_and_filters_by_speaker() throws Exception {
        Cli.Result phrase = cli.run("search", "\"peace talks\"", "--limit", "50");
        assertThat(phrase.exit()).isZero();
        assertThat(phrase.out()).contains("[peace talks]").containsPattern("\\d+ of \\d+ hit\\(s\\)");

        List<JsonNode> rutte = json(cli.run("search", "--speaker", "Rutte", "--json", "weapons"));
        assertThat(rutte).isNotEmpty().allSatisfy(h -> {
            assertThat(h.get("kind").asText()).isEqualTo("quote");
            assertThat(h.get("speaker").asText()).isEqualTo("Mark Rutte");
            assertThat(h.get("marks")).isNotEmpty();
        });

        Cli.Result bad = cli.run("search", "AND OR (");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("search query 'AND OR (' is not valid");
        Cli.Result scope = cli.run("search", "peace", "--scope", "everything");
        assertThat(scope.exit()).isEqualTo(2);
        assertThat(scope.err()).contains("--scope 'everything' is not one of all, articles, quotes");
    }
}
