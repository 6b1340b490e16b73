package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

class WriteApiTest {
    private static final String TOKEN = "s3cret-token";
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixtures.openStore(dir);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0).withToken(TOKEN).withMaxRequestBytes(4096)
                .withIngest(new TestIngest(store)), store);
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static Map<String, String> article(String title, String text) {
        return Map.of("title", title, "text", text, "source", "Test Wire",
                "published", "2025-04-01", "url", "https://example.org/a");
    }

    @Test
    void a_posted_article_is_stored_once_and_then_readable() {
        Http.Response created = http.postJson("/api/articles", article("Posted", "Clara Moss said the port will reopen in May."), TOKEN);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("status").asText()).isEqualTo("stored");
        String id = created.json().path("article_id").asText();
        assertThat(http.get("/api/articles/" + id).json().path("title").asText()).isEqualTo("Posted");
        assertThat(http.get("/api/articles/" + id).json().path("published").asText()).isEqualTo("2025-04-01");
        Http.Response again = http.postJson("/api/articles", article("Posted", "Clara Moss said the port will reopen in May."), TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asText()).isEqualTo("unchanged");
        assertThat(http.get("/api/overview").json().path("totals").path("articles").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_cross_article_views_catch_up_with_a_posted_article() throws InterruptedException {
        int before = http.get("/api/overview").json().path("totals").path("articles").asInt();
        assertThat(http.postJson("/api/articles", article("Fresh", "Nina Holt said the ferry will run again soon."), TOKEN)
                .status()).isEqualTo(201);
        long deadline = System.nanoTime() + 10_000_000_000L;
        int after = before;
        while (after == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
            after = http.get("/api/overview").json().path("totals").path("articles").asInt();
        }
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void a_file_upload_is_ingested() {
        String boundary = "----parleytest";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\nUploaded\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"story.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "Erik Dahl said the bridge will be rebuilt next year.\r\n"
                + "--" + boundary + "--\r\n";
        Http.Response r = http.post("/api/articles", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().path("article_id").asText();
        assertThat(http.get("/api/articles/" + id).json().path("name").asText()).isEqualTo("story.txt");
    }

    @Test
    void writes_without_the_right_token_are_401s() {
        Http.Response none = http.postJson("/api/articles", article("No token", "Nobody should be able to post this text."), null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().path("message").asText()).contains("Authorization: Bearer");
        assertThat(http.postJson("/api/articles", article("Bad", "Nobody should be able to post this text."), "wrong").status())
                .isEqualTo(401);
        assertThat(http.get("/api/articles").status()).isEqualTo(200);
    }

    @Test
    void a_body_over_the_limit_is_a_413_with_json() {
        Http.Response r = http.postJson("/api/articles", article("Big", "word ".repeat(2000)), TOKEN);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("status").asInt()).isEqualTo(413);
        assertThat(r.json().path("message").asText()).contains("4096");
    }

    @Test
    void malformed_bodies_are_400s_and_failures_422s() {
        Http.Response bad = http.post("/api/articles", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("message").asText()).contains("JSON");
        assertThat(http.postJson("/api/articles", Map.of("title", "no text"), TOKEN).status()).isEqualTo(400);
        assertThat(http.postJson("/api/articles", Map.of("text", "x", "colour", "red"), TOKEN).status()).isEqualTo(400);
        assertThat(http.postJson("/api/articles", Map.of("text", "A short one.", "published", "soon"), TOKEN).json()
                .path("message").asText()).contains("YYYY-MM-DD");
        Http.Response failed = http.postJson("/api/articles", Map.of("text", "Too short"), TOKEN);
        assertThat(failed.status()).isEqualTo(422);
        assertThat(failed.json().path("problems").get(0).asText()).contains("too short");
        assertThat(http.post("/api/articles", "text/plain", "hello".getBytes(StandardCharsets.UTF_8), TOKEN).status()).isEqualTo(415);
        Http.Response nullBody = http.post("/api/articles", "application/json", "null".getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(nullBody.status()).as(nullBody.body()).isEqualTo(400);
        assertThat(nullBody.json().path("message").asText()).contains("\"text\"");
    }

    @Test
    void without_an_ingest_hook_posting_is_a_503() {
        try (ParleyServer bare = ParleyServer.start(ServerConfig.defaults().withPort(0), store)) {
            Http.Response r = new Http(bare.url()).postJson("/api/articles", article("x", "Some text that is long enough."), null);
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.json().path("message").asText()).contains("parley ingest");
        }
    }

    @Test
    void binding_beyond_loopback_needs_a_token() {
        assertThatThrownBy(() -> ServerConfig.defaults().withHost("0.0.0.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        assertThat(ServerConfig.defaults().withToken("t").withHost("0.0.0.0").host()).isEqualTo("0.0.0.0");
        assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(ServerConfig.isLoopback("localhost")).isTrue();
        assertThat(ServerConfig.isLoopback("::1")).isTrue();
        assertThat(ServerConfig.isLoopback("192.0.2.1")).isFalse();
    }
}
