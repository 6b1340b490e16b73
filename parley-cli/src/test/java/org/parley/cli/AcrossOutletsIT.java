package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.ParleyServer;
import org.parley.store.Store;

/**
 * Across outlets, end to end with the real annotator: a wire story and its lightly edited copy under another outlet,
 * an unrelated story, an outlet giving the wire story's quote to another speaker, an outlet reporting the opposite
 * stance, and two outlets dating one phone call differently (src/test/resources/across-outlets).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcrossOutletsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ARTICLES = Path.of("src/test/resources/across-outlets/articles.jsonl");
    private static final Path LATER = Path.of("src/test/resources/across-outlets/later.jsonl");
    @TempDir
    static Path dir;
    static Cli cli;
    static Map<String, String> texts = new HashMap<>();

    @BeforeAll
    static void ingest() throws Exception {
        cli = new Cli(dir.resolve("store"));
        Cli.Result r = cli.run("ingest", ARTICLES.toString(), "--quiet", "--threads", "1",
                "--issues", Cli.repoRoot().resolve("examples/issues-ukraine.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        for (Path file : List.of(ARTICLES, LATER)) {
            for (String line : Files.readAllLines(file)) {
                JsonNode row = JSON.readTree(line);
                texts.put(row.get("id").asText(), row.get("text").asText());
            }
        }
    }

    private static List<JsonNode> json(Cli.Result r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.lines()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    private static Map<String, String> storyOf(List<JsonNode> export) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode n : export) out.put(n.get("article").asText(), n.get("story").asText());
        return out;
    }

    /** Evidence must quote the article exactly at its offsets. */
    private static void assertPointsAtText(JsonNode evidence) {
        String text = texts.get(evidence.get("article").asText());
        assertThat(text).as("article " + evidence.get("article")).isNotNull();
        assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(evidence.get("text").asText());
    }

    @Test
    void dupes_finds_the_syndicated_copy_and_nothing_else() throws Exception {
        List<JsonNode> groups = json(cli.run("dupes", "--json"));

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.get("articles")).extracting(a -> a.get("name").asText()).containsExactlyInAnyOrder("wire-daily-rutte", "herald-rutte");
            assertThat(g.get("pairs")).singleElement().satisfies(p -> assertThat(p.get("similarity").asDouble()).isBetween(0.8, 1.0));
        });
    }

    @Test
    void dupes_on_files_finds_the_same_copy_without_a_store() throws Exception {
        List<JsonNode> groups = json(cli.run("dupes", ARTICLES.toString(), LATER.toString(), "--json", "--threshold", "0.8"));

        assertThat(groups).singleElement().satisfies(g ->
                assertThat(g.get("articles")).extracting(a -> a.get("name").asText()).containsExactlyInAnyOrder("wire-daily-rutte", "herald-rutte"));
    }

    @Test
    void the_copies_share_a_story_and_the_unrelated_article_has_its_own() throws Exception {
        Map<String, String> story = storyOf(json(cli.run("export", "stories")));

        assertThat(story.get("herald-rutte")).isEqualTo(story.get("wire-daily-rutte"));
        assertThat(story.get("tribune-floods")).isNotEqualTo(story.get("wire-daily-rutte"));
        assertThat(story.values()).doesNotContainNull();
    }

    @Test
    void stories_list_dates_outlets_people_and_issues() throws Exception {
        List<JsonNode> stories = json(cli.run("stories", "--json"));
        String wire = storyOf(json(cli.run("export", "stories"))).get("wire-daily-rutte");

        assertThat(stories).filteredOn(s -> s.get("id").asText().equals(wire)).singleElement().satisfies(s -> {
            assertThat(s.get("first").asText()).isEqualTo("2025-02-12");
            assertThat(s.get("outlets")).extracting(JsonNode::asText).contains("Wire Daily", "The Herald");
            assertThat(s.get("article_count").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(s.get("people").get(0).get("name").asText()).isEqualTo("Mark Rutte");
            assertThat(s.get("issues")).extracting(i -> i.get("issue").asText()).contains("ukraine-nato-membership");
        });
        assertThat(cli.run("stories").out()).contains(wire).contains("Mark Rutte");
    }

    @Test
    void the_story_export_has_one_line_per_article_with_exactly_article_and_story() throws Exception {
        List<JsonNode> rows = json(cli.run("export", "stories"));

        assertThat(rows).hasSize(7);
        for (JsonNode r : rows) {
            List<String> fields = new ArrayList<>();
            r.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("article", "story");
        }
    }

    @Test
    void a_quote_carried_by_a_syndicated_copy_counts_its_outlet_once() throws Exception {
        List<JsonNode> claims = json(cli.run("claims", "--corroborated", "--json"));

        JsonNode veto = claims.stream().filter(c -> c.get("text").asText().contains("no one in Moscow can veto")).findFirst().orElseThrow();
        assertThat(veto.get("sources")).extracting(s -> s.get("article").asText())
                .containsExactlyInAnyOrder("wire-daily-rutte", "herald-rutte", "observer-sybiha");
        assertThat(veto.get("independent_outlets").asInt()).isEqualTo(2);
        veto.get("sources").forEach(AcrossOutletsIT::assertPointsAtText);
        assertThat(json(cli.run("claims", "--speaker", "Sybiha", "--json"))).extracting(c -> c.get("id").asText()).contains(veto.get("id").asText());
    }

    @Test
    void claims_conflicts_and_dupes_as_csv_have_one_row_per_json_line() {
        for (String listing : new String[] {"claims", "conflicts", "dupes"}) {
            List<String> jsonl = cli.run(listing, "--json").lines();

            assertThat(jsonl).as(listing).isNotEmpty();
            assertThat(cli.run(listing, "--format", "csv").csv()).as(listing).hasSize(jsonl.size());
        }
    }

    @Test
    void each_kind_of_conflict_shows_both_sides_with_their_evidence() throws Exception {
        List<JsonNode> conflicts = json(cli.run("conflicts", "--json"));

        Set<String> kinds = new HashSet<>();
        for (JsonNode c : conflicts) {
            kinds.add(c.get("kind").asText());
            assertThat(c.get("sides").size()).as(c.toString()).isGreaterThanOrEqualTo(2);
            Set<String> outlets = new HashSet<>();
            for (JsonNode side : c.get("sides")) {
                assertThat(side.get("evidence")).isNotEmpty();
                side.get("evidence").forEach(e -> {
                    assertPointsAtText(e);
                    outlets.add(e.get("outlet").asText());
                });
            }
            assertThat(outlets).as("a conflict is between outlets: " + c).hasSizeGreaterThan(1);
        }
        assertThat(kinds).contains("stance", "speaker", "date");
        assertThat(conflicts).filteredOn(c -> c.get("kind").asText().equals("speaker")).anySatisfy(c ->
                assertThat(c.get("sides")).extracting(s -> s.get("value").asText()).contains("Mark Rutte", "Andrii Sybiha"));
    }

    @Test
    void the_server_shows_the_claims_conflicts_and_stories_the_cli_prints() throws Exception {
        List<JsonNode> cliClaims = json(cli.run("claims", "--corroborated", "--json"));
        List<JsonNode> cliConflicts = json(cli.run("conflicts", "--json"));
        String wire = storyOf(json(cli.run("export", "stories"))).get("wire-daily-rutte");
        ServeCommand serve = new ServeCommand();
        new picocli.CommandLine(serve).parseArgs("--store", dir.resolve("store").toString(), "--port", "0");

        try (Store store = serve.storeOptions.open(); ParleyServer server = serve.start(store)) {
            JsonNode claims = get(server, "/api/claims?corroborated=true&limit=1000").get("items");
            JsonNode conflicts = get(server, "/api/conflicts?limit=1000").get("items");
            JsonNode story = get(server, "/api/stories/" + wire);
            JsonNode marks = get(server, "/api/marks").get("items");

            assertThat(claims).extracting(c -> c.get("id").asText())
                    .containsExactlyInAnyOrderElementsOf(cliClaims.stream().map(c -> c.get("id").asText()).toList());
            JsonNode veto = find(claims, c -> c.get("text").asText().contains("no one in Moscow can veto"));
            assertThat(veto.get("independent_outlets").asInt()).isEqualTo(2);
            assertThat(veto.get("sources")).extracting(s -> s.get("article").get("name").asText())
                    .containsExactlyInAnyOrder("wire-daily-rutte", "herald-rutte", "observer-sybiha");
            assertThat(veto.get("stories")).extracting(JsonNode::asText).contains(wire);
            assertThat(conflicts).extracting(c -> c.get("kind").asText())
                    .containsExactlyInAnyOrderElementsOf(cliConflicts.stream().map(c -> c.get("kind").asText()).toList())
                    .contains("stance", "speaker", "date");
            for (JsonNode c : conflicts) {
                for (JsonNode side : c.get("sides")) {
                    side.get("evidence").forEach(e -> assertPointsAtText(JSON.createObjectNode()
                            .put("article", e.get("article").get("name").asText()).setAll((com.fasterxml.jackson.databind.node.ObjectNode) e.get("evidence"))));
                }
            }
            assertThat(story.get("claims")).extracting(c -> c.get("id").asText()).contains(veto.get("id").asText());
            JsonNode source = veto.get("sources").get(0);
            assertThat(marks).anySatisfy(m -> {
                assertThat(m.get("article").asText()).isEqualTo(source.get("article").get("id").asText());
                assertThat(m.get("start").asInt()).isEqualTo(source.get("evidence").get("start").asInt());
                assertThat(m.get("independent_outlets").asInt()).isEqualTo(2);
            });
        }
    }

    private static JsonNode get(ParleyServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static JsonNode find(JsonNode items, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode n : items) if (test.test(n)) return n;
        throw new AssertionError("none matches in " + items);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void an_article_ingested_later_joins_a_story_without_moving_earlier_ones() throws Exception {
        List<String> before = cli.run("export", "stories").lines();

        Cli.Result r = cli.run("ingest", LATER.toString(), "--quiet", "--threads", "1",
                "--issues", Cli.repoRoot().resolve("examples/issues-ukraine.json").toString());
        List<String> after = cli.run("export", "stories").lines();

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(after).hasSize(before.size() + 1).startsWith(before.toArray(String[]::new));
        Map<String, String> story = storyOf(json(cli.run("export", "stories")));
        assertThat(story.get("courier-rutte")).isEqualTo(story.get("wire-daily-rutte"));
    }
}
