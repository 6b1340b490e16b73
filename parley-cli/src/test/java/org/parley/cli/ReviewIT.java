package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.eval.GoldSpeaker;
import org.parley.extract.stance.GoldStance;
import org.parley.model.Position;
import org.parley.testkit.Shared;

/**
 * {@code parley review} on the seeds, the way a reviewer works: correct a stance's polarity, reject a quote, confirm
 * and correct others, see every listing change, export the judgements as gold that {@code parley eval} reads, undo.
 */
class ReviewIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    static Cli cli;

    @BeforeAll
    static void ingest() {
        cli = new Cli(dir.resolve("store"));
        Cli.Result r = cli.run("ingest", Shared.seeds().toString(), "--quiet", "--issues",
                Cli.repoRoot().resolve("examples/issues-ukraine.json").toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static List<JsonNode> json(Cli.Result r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.lines()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    /** Every piece of evidence of {@code parley stances --json}. */
    private static List<JsonNode> evidence() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode row : json(cli.run("stances", "--json"))) row.get("evidence").forEach(out::add);
        return out;
    }

    private static Optional<JsonNode> evidence(long stanceId) throws Exception {
        return evidence().stream().filter(e -> e.get("stance_id").asLong() == stanceId).findFirst();
    }

    private static long correctionId(Cli.Result r) {
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("correction ");
        return Long.parseLong(r.out().substring("correction ".length(), r.out().indexOf(':')));
    }

    @Test
    void a_review_shows_everywhere_becomes_gold_and_comes_undone() throws Exception {
        List<JsonNode> before = evidence();
        assertThat(before).hasSizeGreaterThanOrEqualTo(2);
        JsonNode target = before.get(0);
        long stance = target.get("stance_id").asLong();
        String old = target.get("stance").asText();
        String corrected = old.equals("oppose") ? "support" : "oppose";
        long confirmed = before.get(1).get("stance_id").asLong();
        List<JsonNode> quotes = json(cli.run("quotes", "--json"));
        long rejected = quotes.get(0).get("id").asLong();
        long renamed = quotes.get(1).get("id").asLong();

        long polarity = correctionId(cli.run("review", "stance", Long.toString(stance), "--polarity", corrected,
                "--by", "ana", "--note", "the sentence says the opposite"));
        correctionId(cli.run("review", "stance", Long.toString(confirmed), "--confirm", "--by", "ana"));
        correctionId(cli.run("review", "quote", Long.toString(rejected), "--reject", "--by", "ben"));
        correctionId(cli.run("review", "quote", Long.toString(renamed), "--speaker", "Jens Stoltenberg", "--by", "ben"));

        JsonNode now = evidence(stance).orElseThrow();
        assertThat(now.get("stance").asText()).isEqualTo(corrected);
        assertThat(now.at("/review/status").asText()).isEqualTo("corrected");
        assertThat(now.at("/review/corrected/polarity").asText()).isEqualTo(old);
        assertThat(now.at("/review/by").asText()).isEqualTo("ana");
        assertThat(evidence(confirmed).orElseThrow().at("/review/status").asText()).isEqualTo("confirmed");
        assertThat(cli.run("stances").out()).contains("#" + stance + " corrected (polarity was " + old + ")");
        List<JsonNode> quotesNow = json(cli.run("quotes", "--json"));
        assertThat(quotesNow).extracting(q -> q.get("id").asLong()).doesNotContain(rejected).contains(renamed);
        assertThat(quotesNow).filteredOn(q -> q.get("id").asLong() == renamed).singleElement()
                .satisfies(q -> assertThat(q.get("speaker").asText()).isEqualTo("Jens Stoltenberg"));

        Path stancesGold = dir.resolve("stances-gold.jsonl");
        Path speakersGold = dir.resolve("speakers-gold.jsonl");
        assertThat(cli.run("export", "corrections", "--gold", "stances", "--out", stancesGold.toString()).exit()).isZero();
        assertThat(cli.run("export", "corrections", "--gold", "speakers", "--out", speakersGold.toString()).exit()).isZero();
        List<GoldStance> goldStances = GoldStance.read(stancesGold);
        List<GoldSpeaker> goldSpeakers = GoldSpeaker.read(speakersGold);
        assertThat(goldStances).hasSize(2);
        assertThat(goldStances).extracting(GoldStance::stance).contains(Position.parse(corrected));
        assertThat(goldStances).allSatisfy(g -> assertThat(g.article()).endsWith(".txt"));
        assertThat(goldSpeakers).singleElement().satisfies(g -> assertThat(g.speaker()).contains("Jens Stoltenberg"));

        List<JsonNode> history = json(cli.run("review", "list", "--json"));
        assertThat(history).extracting(h -> h.get("action").asText())
                .containsExactly("set-polarity", "confirm", "reject", "set-speaker");
        long undo = correctionId(cli.run("review", "undo", Long.toString(polarity), "--by", "ana"));

        JsonNode undone = evidence(stance).orElseThrow();
        assertThat(undone.get("stance").asText()).isEqualTo(old);
        assertThat(undone.has("review")).isFalse();
        assertThat(json(cli.run("review", "list", "--json"))).filteredOn(h -> h.get("id").asLong() == polarity)
                .singleElement().satisfies(h -> assertThat(h.get("undone_by").asLong()).isEqualTo(undo));
        assertThat(GoldStance.read(exportStances())).hasSize(1);
    }

    private static Path exportStances() {
        Path out = dir.resolve("after-undo.jsonl");
        assertThat(cli.run("export", "corrections", "--gold", "stances", "--out", out.toString()).exit()).isZero();
        return out;
    }

    @Test
    void mistakes_get_one_line_that_says_what_to_do() {
        Cli.Result unknown = cli.run("review", "stance", "987654", "--confirm");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no stance has id 987654; 'parley stances' lists them with their ids");

        Cli.Result polarity = cli.run("review", "stance", "1", "--polarity", "sideways");
        assertThat(polarity.exit()).isEqualTo(2);
        assertThat(polarity.err()).contains("polarity 'sideways' is not one of support, oppose, mixed, neutral");

        Cli.Result undo = cli.run("review", "undo", "987654");
        assertThat(undo.exit()).isEqualTo(2);
        assertThat(undo.err()).contains("no correction has id 987654");
    }
}
