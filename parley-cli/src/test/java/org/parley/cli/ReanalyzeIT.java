package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * {@code parley reanalyze} on the seeds: nothing to do right after ingest; with an issue defined after ingest, the
 * stored articles are read on it from their stored annotations and {@code stances --issue NEW} answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReanalyzeIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEW_ISSUE = "nato-accession";
    @TempDir
    static Path dir;
    static Cli cli;
    static Path issues;
    static Path newIssues;

    @BeforeAll
    static void ingest() throws Exception {
        cli = new Cli(dir.resolve("store"));
        issues = Cli.repoRoot().resolve("examples/issues-ukraine.json");
        Cli.Result r = cli.run("ingest", Shared.seeds().toString(), "--issues", issues.toString(), "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        // The example issues plus one defined after ingest, worded like NATO membership so the seeds speak of it.
        ObjectNode file = (ObjectNode) JSON.readTree(issues.toFile());
        ObjectNode added = ((ArrayNode) file.get("issues")).addObject();
        added.put("id", NEW_ISSUE).put("name", "Ukraine's accession to NATO");
        added.putArray("terms").add("NATO membership").add("join NATO").add("member of NATO");
        newIssues = dir.resolve("issues-new.json");
        JSON.writeValue(newIssues.toFile(), file);
    }

    private static List<JsonNode> json(Cli.Result r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.lines()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test
    @Order(1)
    void right_after_ingest_no_article_is_stale_and_reanalyze_does_nothing() throws Exception {
        assertThat(json(cli.run("articles", "--json", "--issues", issues.toString())))
                .hasSize(5).allSatisfy(a -> assertThat(a.get("stale").asBoolean()).isFalse());

        Cli.Result r = cli.run("reanalyze", "--issues", issues.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 article(s) re-extracted, 0 skipped (no stored annotations), 0 failed, 5 already current");
    }

    @Test
    @Order(2)
    void without_issues_it_will_not_silently_read_the_articles_on_the_bundled_ones() {
        Cli.Result r = cli.run("reanalyze");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("5 stored article(s)").contains("--issues FILE");
    }

    @Test
    @Order(3)
    void an_issue_defined_after_ingest_is_read_from_the_stored_annotations() throws Exception {
        assertThat(json(cli.run("stances", "--issue", NEW_ISSUE, "--json"))).isEmpty();
        int natoBefore = json(cli.run("stances", "--issue", "ukraine-nato-membership", "--json")).size();
        assertThat(json(cli.run("articles", "--json", "--issues", newIssues.toString())))
                .allSatisfy(a -> assertThat(a.get("stale").asBoolean()).isTrue());
        assertThat(cli.run("reanalyze", "--issues", newIssues.toString(), "--dry-run").out())
                .contains("5 article(s) would be re-extracted");

        Cli.Result r = cli.run("reanalyze", "--issues", newIssues.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("5 article(s) re-extracted, 0 skipped");
        List<JsonNode> added = json(cli.run("stances", "--issue", NEW_ISSUE, "--json"));
        assertThat(added).isNotEmpty().allSatisfy(s -> assertThat(s.get("issue").asText()).isEqualTo(NEW_ISSUE));
        assertThat(json(cli.run("stances", "--issue", "ukraine-nato-membership", "--json"))).hasSize(natoBefore);
        assertThat(json(cli.run("articles", "--json", "--issues", newIssues.toString())))
                .allSatisfy(a -> assertThat(a.get("stale").asBoolean()).isFalse());
        assertThat(cli.run("reanalyze", "--issues", newIssues.toString()).out()).contains("0 article(s) re-extracted");
    }

    @Test
    @Order(4)
    void quotes_and_speakers_read_again_are_those_of_the_ingest() throws Exception {
        List<JsonNode> quotes = json(cli.run("quotes", "--speaker", "Rutte", "--json", "--direct"));

        assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q.get("speaker").asText()).isEqualTo("Mark Rutte"));
    }
}
