package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/** Stories, claims, conflicts and marks over a real server, on articles where outlets agree and contradict. */
class OutletApiTest {
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static Http http;
    static Fixtures fixtures;

    @BeforeAll
    static void start() {
        store = Fixtures.openStore(dir);
        fixtures = Fixtures.acrossOutlets().saveTo(store);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0), store);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void stories_list_their_span_outlets_people_and_what_the_outlets_agree_and_disagree_on() {
        JsonNode items = http.get("/api/stories").json().path("items");

        assertThat(items.size()).isEqualTo(2);
        JsonNode plan = items.get(0);
        assertThat(plan.path("label").asText()).isEqualTo(Fixtures.HOSTILE_STORY);
        JsonNode border = items.get(1);
        assertThat(border.path("id").asText()).isEqualTo("story-border");
        assertThat(border.path("first").asText()).isEqualTo("2025-04-01");
        assertThat(border.path("last").asText()).isEqualTo("2025-04-02");
        assertThat(border.path("article_count").asInt()).isEqualTo(3);
        assertThat(texts(border.path("outlets"))).containsExactly("Coast Herald", "Daily Ledger", "Evening Post");
        assertThat(border.path("people").get(0).path("person").path("key").asText()).isEqualTo("person:anna-berg");
        assertThat(border.path("issues").get(0).path("issue").asText()).isEqualTo("aid");
        assertThat(border.path("corroborated").asInt()).isEqualTo(1);
        assertThat(border.path("conflicts").asInt()).isEqualTo(2);
    }

    @Test
    void stories_page_by_cursor_and_filter_by_size() {
        JsonNode first = http.get("/api/stories?limit=1").json();
        JsonNode second = http.get("/api/stories?limit=1&cursor=" + Http.enc(first.path("next_cursor").asText())).json();

        assertThat(first.path("items").get(0).path("id").asText()).isEqualTo("story-plan");
        assertThat(second.path("items").get(0).path("id").asText()).isEqualTo("story-border");
        assertThat(second.has("next_cursor")).isFalse();
        assertThat(http.get("/api/stories?min_articles=3").json().path("items").size()).isEqualTo(1);
        assertThat(http.get("/api/stories?min_articles=0").status()).isEqualTo(400);
        assertThat(http.get("/api/stories?cursor=story-nothing").status()).isEqualTo(400);
    }

    @Test
    void a_story_holds_its_articles_claims_and_conflicts_with_both_sides_evidence() {
        JsonNode d = http.get("/api/stories/story-border").json();

        assertThat(d.path("articles").size()).isEqualTo(3);
        assertThat(d.path("articles").get(0).path("title").asText()).isEqualTo("Border to reopen");
        assertThat(d.path("claims").size()).isEqualTo(1);
        JsonNode claim = d.path("claims").get(0);
        assertThat(claim.path("text").asText()).isEqualTo(Fixtures.SHARED_QUOTE);
        assertThat(claim.path("independent_outlets").asInt()).isEqualTo(3);
        assertThat(claim.path("corroborated").asBoolean()).isTrue();
        assertThat(claim.path("speaker").asText()).isEqualTo("Anna Berg");
        JsonNode source = claim.path("sources").get(0);
        String text = store.text(new org.parley.model.ArticleId(source.path("article").path("id").asText())).orElseThrow();
        assertThat(text.substring(source.path("evidence").path("start").asInt(), source.path("evidence").path("end").asInt()))
                .isEqualTo(Fixtures.SHARED_QUOTE).isEqualTo(source.path("evidence").path("text").asText());
        assertThat(source.path("quote_id").isIntegralNumber()).isTrue();

        JsonNode stance = conflict(d.path("conflicts"), "stance");
        assertThat(stance.path("subject").asText()).isEqualTo("Anna Berg / aid");
        assertThat(texts(stance.path("sides"), "value")).containsExactly("SUPPORT", "OPPOSE");
        JsonNode support = stance.path("sides").get(0).path("evidence").get(0);
        assertThat(support.path("article").path("outlet").asText()).isEqualTo("Daily Ledger");
        assertThat(support.path("evidence").path("text").asText()).isEqualTo("Anna Berg supports the aid plan for the region.");
        assertThat(stance.path("sides").get(1).path("evidence").get(0).path("evidence").path("text").asText())
                .isEqualTo("Anna Berg opposes the aid plan, officials said.");
        JsonNode speaker = conflict(d.path("conflicts"), "speaker");
        assertThat(texts(speaker.path("sides"), "value")).containsExactly("Anna Berg", "Tomas Lind");
    }

    @Test
    void an_unknown_story_is_a_404() {
        Http.Response r = http.get("/api/stories/story-nothing");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("message").asText()).contains("story-nothing");
    }

    @Test
    void claims_filter_by_corroboration_speaker_story_and_article() {
        assertThat(http.get("/api/claims").json().path("items").size()).isEqualTo(2);
        assertThat(http.get("/api/claims?corroborated=true").json().path("items").size()).isEqualTo(2);
        assertThat(texts(http.get("/api/claims?speaker=person:tomas-lind").json().path("items"), "text"))
                .containsExactly(Fixtures.SHARED_QUOTE);
        assertThat(texts(http.get("/api/claims?story=story-plan").json().path("items"), "text"))
                .containsExactly(Fixtures.HOSTILE_CLAIM);
        assertThat(http.get("/api/claims?article=" + fixtures.id("plan-2")).json().path("items").size()).isEqualTo(1);
        assertThat(http.get("/api/claims?speaker=person:nobody").json().path("items").size()).isZero();
        assertThat(texts(http.get("/api/claims?speaker=Lind").json().path("items"), "text")).containsExactly(Fixtures.SHARED_QUOTE);
        assertThat(http.get("/api/claims?article=plan-2").json().path("items").size()).isEqualTo(1);
        assertThat(http.get("/api/claims?corroborated=maybe").status()).isEqualTo(400);
    }

    @Test
    void claims_and_conflicts_as_csv_have_one_row_each_with_the_offsets_of_their_first_source() throws Exception {
        for (String path : new String[] {"/api/claims", "/api/conflicts"}) {
            JsonNode items = http.get(path).json().path("items");
            var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new java.io.StringReader(http.get(path + "?format=csv").body())).getRecords();

            assertThat(rows).as(path).hasSize(items.size()).isNotEmpty();
            for (int i = 0; i < rows.size(); i++) {
                JsonNode first = path.endsWith("claims") ? items.get(i).path("sources").get(0)
                        : items.get(i).path("sides").get(0).path("evidence").get(0);
                String start = path.endsWith("claims") ? "first_start" : "side_1_start";
                assertThat(rows.get(i).get(start)).as(path).isEqualTo(first.path("evidence").path("start").asText()).isNotEmpty();
            }
        }
    }

    @Test
    void conflicts_filter_by_kind() {
        assertThat(texts(http.get("/api/conflicts").json().path("items"), "kind")).containsExactlyInAnyOrder("stance", "speaker");
        assertThat(texts(http.get("/api/conflicts?kind=stance").json().path("items"), "kind")).containsExactly("stance");
        assertThat(http.get("/api/conflicts?kind=date").json().path("items").size()).isZero();
        assertThat(http.get("/api/conflicts?story=story-plan").json().path("items").size()).isZero();
        Http.Response bad = http.get("/api/conflicts?kind=mood");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText()).contains("stance");
    }

    @Test
    void marks_badge_the_corroborated_quote_and_both_sides_of_the_stance_conflict() {
        JsonNode marks = http.get("/api/marks?article=" + fixtures.id("border-1")).json().path("items");

        assertThat(marks.size()).isEqualTo(2);
        JsonNode quote = marks.get(0);
        assertThat(quote.path("independent_outlets").asInt()).isEqualTo(3);
        assertThat(quote.path("claim_id").asText()).startsWith("claim-");
        assertThat(texts(quote.path("conflicts"), "kind")).containsExactly("speaker");
        assertThat(quote.path("conflicts").get(0).path("side").asText()).isEqualTo("Anna Berg");
        JsonNode stance = marks.get(1);
        assertThat(stance.has("claim_id")).isFalse();
        assertThat(stance.path("conflicts").get(0).path("side").asText()).isEqualTo("SUPPORT");
        String conflictId = stance.path("conflicts").get(0).path("id").asText();
        assertThat(texts(http.get("/api/conflicts?kind=stance").json().path("items"), "id")).containsExactly(conflictId);
        assertThat(http.get("/api/conflicts/" + conflictId).json().path("subject").asText()).isEqualTo("Anna Berg / aid");
        assertThat(http.get("/api/conflicts/stance-000000000000").status()).isEqualTo(404);
        assertThat(http.get("/api/marks").json().path("items").size()).isEqualTo(7);
    }

    @Test
    void claims_follow_articles_stored_while_the_server_runs(@TempDir Path other) throws Exception {
        try (Store live = Fixtures.openStore(other)) {
            Fixtures.acrossOutlets().saveTo(live);
            try (ParleyServer running = ParleyServer.start(ServerConfig.defaults().withPort(0), live)) {
                Http client = new Http(running.url());
                assertThat(client.get("/api/claims?story=story-border").json().path("items").get(0)
                        .path("independent_outlets").asInt()).isEqualTo(3);

                live.save(ArticleBuilder.article("border-4", "Morning Wire", "Border news", LocalDate.of(2025, 4, 3),
                                "\"" + Fixtures.SHARED_QUOTE + ",\" Anna Berg said.", "PERSON:Anna Berg")
                        .quote(Fixtures.SHARED_QUOTE, true, "Anna Berg", "Anna Berg").build(), "fixture-1");

                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                int outlets = 3;
                while (outlets == 3 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    outlets = client.get("/api/claims?speaker=person:tomas-lind").json().path("items").get(0)
                            .path("independent_outlets").asInt();
                }
                assertThat(outlets).isEqualTo(4);
            }
        }
    }

    private static JsonNode conflict(JsonNode conflicts, String kind) {
        for (JsonNode c : conflicts) if (c.path("kind").asText().equals(kind)) return c;
        throw new AssertionError("no " + kind + " conflict in " + conflicts);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }
}
