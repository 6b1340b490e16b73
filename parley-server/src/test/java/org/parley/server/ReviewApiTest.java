package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/**
 * Review over HTTP on a server that needs a token: corrections need it, show in the listings and the matrix at once,
 * are listed, and come undone with DELETE.
 */
class ReviewApiTest {
    private static final String TOKEN = "review-token";
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixtures.openStore(dir);
        Fixtures.story().saveTo(store);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0).withToken(TOKEN), store);
        http = new Http(server.url());
        assertThat(http.get("/api/overview").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static List<JsonNode> items(String path) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        r.json().path("items").forEach(out::add);
        return out;
    }

    private static JsonNode stanceOf(String holder, String issue) {
        return items("/api/stances?issue=" + issue).stream()
                .filter(s -> s.at("/holder/name").asText().equals(holder)).findFirst().orElseThrow();
    }

    @Test
    void a_corrected_polarity_needs_the_token_shows_everywhere_and_comes_undone() {
        JsonNode berg = stanceOf("Anna Berg", "ceasefire");
        assertThat(berg.path("position").asText()).isEqualTo("support");
        String path = "/api/stances/" + berg.path("id").asLong() + "/review";
        Map<String, String> body = Map.of("action", "set-polarity", "value", "mixed", "note", "she hedged");

        assertThat(http.postJson(path, body, null).status()).isEqualTo(401);
        Http.Response made = http.postJson(path, body, TOKEN);

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().path("by").asText()).isEqualTo("token");
        assertThat(made.json().path("old_value").asText()).isEqualTo("support");
        JsonNode now = stanceOf("Anna Berg", "ceasefire");
        assertThat(now.path("position").asText()).isEqualTo("mixed");
        assertThat(now.at("/review/status").asText()).isEqualTo("corrected");
        assertThat(now.at("/review/corrected/polarity").asText()).isEqualTo("support");
        assertThat(items("/api/corrections")).extracting(c -> c.path("id").asLong()).contains(made.json().path("id").asLong());
        assertThat(http.get("/api/stances?issue=ceasefire&format=csv").body()).contains("corrected");

        Http.Response undo = http.delete("/api/corrections/" + made.json().path("id").asLong(), TOKEN);

        assertThat(undo.status()).as(undo.body()).isEqualTo(200);
        assertThat(undo.json().path("action").asText()).isEqualTo("undo");
        JsonNode back = stanceOf("Anna Berg", "ceasefire");
        assertThat(back.path("position").asText()).isEqualTo("support");
        assertThat(back.has("review")).isFalse();
    }

    @Test
    void a_correction_shows_in_the_next_map_and_its_undo_in_the_one_after() {
        // Asked twice first, so the map is built and kept before the correction.
        assertThat(mapPosition("Anna Berg")).isEqualTo("support");
        assertThat(mapPosition("Anna Berg")).isEqualTo("support");
        long id = stanceOf("Anna Berg", "ceasefire").path("id").asLong();

        Http.Response made = http.postJson("/api/stances/" + id + "/review", Map.of("action", "set-polarity", "value", "oppose"), TOKEN);

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(mapPosition("Anna Berg")).as("the map right after the correction").isEqualTo("oppose");
        assertThat(http.get("/api/changes?since=2025-01-01&issue=ceasefire").body()).contains("oppose");
        assertThat(http.delete("/api/corrections/" + made.json().path("id").asLong(), TOKEN).status()).isEqualTo(200);
        assertThat(mapPosition("Anna Berg")).as("the map right after the undo").isEqualTo("support");

        Http.Response rejected = http.postJson("/api/stances/" + id + "/review", Map.of("action", "reject"), TOKEN);

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(201);
        assertThat(mapPosition("Anna Berg")).as("a rejected statement is not on the map").isEqualTo("none");
        assertThat(http.delete("/api/corrections/" + rejected.json().path("id").asLong(), TOKEN).status()).isEqualTo(200);
        assertThat(mapPosition("Anna Berg")).isEqualTo("support");
    }

    /** The party's position on the ceasefire map now, or {@code none} when it is not on the map. */
    private static String mapPosition(String party) {
        Http.Response r = http.get("/api/issues/ceasefire/map");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode p : r.json().path("items")) {
            if (p.path("party").path("name").asText().equals(party)) return p.path("position").asText();
        }
        return "none";
    }

    @Test
    void a_rejected_quote_leaves_the_listing() {
        JsonNode quote = items("/api/quotes?speaker_name=Lind").getFirst();
        long id = quote.path("id").asLong();

        Http.Response made = http.postJson("/api/quotes/" + id + "/review", Map.of("action", "reject"), TOKEN);

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(items("/api/quotes")).extracting(q -> q.path("id").asLong()).doesNotContain(id);
        assertThat(http.delete("/api/corrections/" + made.json().path("id").asLong(), TOKEN).status()).isEqualTo(200);
        assertThat(items("/api/quotes")).extracting(q -> q.path("id").asLong()).contains(id);
    }

    @Test
    void bad_reviews_are_refused_with_a_message_that_says_why() {
        long id = stanceOf("Tomas Lind", "ceasefire").path("id").asLong();
        Http.Response speaker = http.postJson("/api/stances/" + id + "/review", Map.of("action", "set-speaker", "value", "X"), TOKEN);
        assertThat(speaker.status()).isEqualTo(400);
        assertThat(speaker.json().path("message").asText()).contains("a stance takes: confirm, reject");
        Http.Response unknown = http.postJson("/api/stances/987654/review", Map.of("action", "confirm"), TOKEN);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http.postJson("/api/stances/abc/review", Map.of("action", "confirm"), TOKEN).status()).isEqualTo(400);
        assertThat(http.postJson("/api/stances/" + id + "/review", Map.of("action", "sideways"), TOKEN).json()
                .path("message").asText()).contains("no review action 'sideways'");
        assertThat(http.delete("/api/corrections/987654", TOKEN).status()).isEqualTo(404);
        Http.Response crossSite = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/stances/" + id + "/review"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .header("Origin", "https://evil.example").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"reject\"}")).build());
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(stanceOf("Tomas Lind", "ceasefire").has("review")).isFalse();
    }
}
