package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.server.ops.OpsConfig;
import org.parley.server.outlet.SimpleOutletViews;
import org.parley.server.story.SimpleStoryViews;
import org.parley.store.Store;

/** Running as a service: /health, /metrics, the read token and the access log, over a real server and store. */
class OpsApiTest {
    private static final String READ = "read-token-0123456789";
    private static final String WRITE = "write-token-0123456789";
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static Http http;
    static Path accessLog;

    @BeforeAll
    static void start() {
        store = Fixtures.openStore(dir);
        Fixtures.story().saveTo(store);
        accessLog = dir.resolve("logs").resolve("access.log");
        server = ParleyServer.start(ServerConfig.defaults().withPort(0).withToken(WRITE).withIngest(new TestIngest(store)),
                OpsConfig.defaults().withReadToken(READ).withAccessLog(accessLog), store, new SimpleStoryViews(), new SimpleOutletViews());
        http = new Http(server.url());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static Http.Response get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return Http.send(b.build());
    }

    @Test
    void health_says_the_store_and_index_are_up_without_a_token() {
        Http.Response r = http.get("/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("up");
        assertThat(r.json().path("database").asText()).isEqualTo("up");
        assertThat(r.json().path("index").asText()).isEqualTo("up");
        assertThat(r.json().path("problems")).isEmpty();
    }

    @Test
    void reads_need_the_read_token_or_the_write_token_and_the_ui_files_do_not() {
        assertThat(http.get("/api/overview").status()).isEqualTo(401);
        assertThat(http.get("/api/overview").header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(get("/api/overview", "wrong-token-0123456789").status()).isEqualTo(401);
        assertThat(get("/api/overview", READ).status()).isEqualTo(200);
        assertThat(get("/api/overview", WRITE).status()).isEqualTo(200);
        assertThat(http.get("/metrics").status()).isEqualTo(401);
        assertThat(http.get("/").status()).isEqualTo(200);
        assertThat(http.get("/openapi.json").status()).isEqualTo(200);
    }

    @Test
    void the_read_token_does_not_open_writes_when_a_write_token_is_set() {
        Http.Response r = http.postJson("/api/articles", Map.of("title", "T", "text", "Ana Ruiz said the port will open."), READ);
        assertThat(r.status()).isEqualTo(401);
        assertThat(http.postJson("/api/articles", Map.of("title", "T", "text", "Ana Ruiz said the port will open."), WRITE)
                .status()).isEqualTo(201);
    }

    @Test
    void a_browser_opening_the_ui_with_the_token_gets_a_cookie_its_api_calls_then_carry() {
        Http.Response login = http.get("/?token=" + READ);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("/");
        String cookie = login.header("Set-Cookie");
        assertThat(cookie).startsWith("parley_token=" + READ).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        Http.Response withCookie = Http.send(HttpRequest.newBuilder(URI.create(server.url() + "/api/overview"))
                .header("Cookie", "parley_token=" + READ).GET().build());
        assertThat(withCookie.status()).isEqualTo(200);
        assertThat(http.get("/?token=wrong-token-0123456789").status()).isEqualTo(401);
    }

    @Test
    void metrics_count_requests_by_route_template_with_a_latency_histogram() {
        String id = get("/api/articles?limit=1", READ).json().path("items").get(0).path("id").asText();
        get("/api/articles/" + id, READ);
        get("/api/articles/" + id, READ);
        get("/api/articles/no-such-article", READ);
        Http.Response r = get("/metrics", READ);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        List<String> lines = r.body().lines().toList();
        long ok = value(lines, "parley_http_requests_total{method=\"GET\",route=\"/api/articles/{id}\",status=\"200\"}");
        assertThat(ok).isGreaterThanOrEqualTo(2);
        assertThat(value(lines, "parley_http_requests_total{method=\"GET\",route=\"/api/articles/{id}\",status=\"404\"}")).isGreaterThanOrEqualTo(1);
        assertThat(r.body()).doesNotContain(id).doesNotContain("no-such-article");
        long count = value(lines, "parley_http_request_duration_seconds_count{method=\"GET\",route=\"/api/articles/{id}\"}");
        long inf = value(lines, "parley_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/articles/{id}\",le=\"+Inf\"}");
        assertThat(inf).isEqualTo(count).isGreaterThanOrEqualTo(3);
        assertThat(lines).contains("# TYPE parley_http_request_duration_seconds histogram", "parley_store_up 1", "parley_index_up 1");
        assertThat(value(lines, "parley_store_rows{kind=\"articles\"}")).isGreaterThanOrEqualTo(5);
        assertThat(value(lines, "parley_store_database_bytes")).isPositive();
        // requests refused before a handler ran are named by the route their path fits, not by the path
        http.get("/api/articles/" + id);
        assertThat(value(get("/metrics", READ).body().lines().toList(),
                "parley_http_requests_total{method=\"GET\",route=\"/api/articles/{id}\",status=\"401\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void metrics_count_posted_articles_by_outcome() {
        long before = value(get("/metrics", READ).body().lines().toList(), "parley_ingest_articles_total{outcome=\"unchanged\"}");
        Map<String, String> a = Map.of("title", "Twice", "text", "Omar Diaz said the road will reopen in June.");
        http.postJson("/api/articles", a, WRITE);
        http.postJson("/api/articles", a, WRITE);
        List<String> lines = get("/metrics", READ).body().lines().toList();
        assertThat(value(lines, "parley_ingest_articles_total{outcome=\"unchanged\"}")).isEqualTo(before + 1);
        assertThat(value(lines, "parley_ingest_articles_total{outcome=\"stored\"}")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void the_access_log_has_one_line_per_request_with_the_route_not_the_query() throws Exception {
        get("/api/quotes?speaker=Secret+Name", READ);
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> lines = List.of();
        while (System.nanoTime() < deadline) {
            lines = Files.readAllLines(accessLog).stream().filter(l -> l.contains("\t/api/quotes\t")).toList();
            if (!lines.isEmpty()) break;
            Thread.sleep(50);
        }
        assertThat(lines).isNotEmpty();
        String[] f = lines.get(lines.size() - 1).split("\t");
        assertThat(f).hasSize(7);
        assertThat(f[0]).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(f[1]).isEqualTo("GET");
        assertThat(f[3]).isEqualTo("200");
        assertThat(Double.parseDouble(f[4])).isNotNegative();
        assertThat(Long.parseLong(f[5])).isPositive();
        assertThat(f[6]).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(Files.readString(accessLog)).doesNotContain("Secret").doesNotContain(READ);
    }

    @Test
    void without_a_read_token_reads_stay_open() {
        try (Store other = Fixtures.openStore(dir.resolve("open"));
             ParleyServer open = ParleyServer.start(ServerConfig.defaults().withPort(0), OpsConfig.defaults(), other,
                     new SimpleStoryViews(), new SimpleOutletViews())) {
            Http client = new Http(open.url());
            assertThat(client.get("/api/overview").status()).isEqualTo(200);
            assertThat(client.get("/metrics").status()).isEqualTo(200);
            assertThat(client.get("/health").status()).isEqualTo(200);
        }
    }

    private static long value(List<String> lines, String sample) {
        Optional<String> line = lines.stream().filter(l -> l.startsWith(sample + " ")).findFirst();
        assertThat(line).as("a sample %s in /metrics", sample).isPresent();
        return (long) Double.parseDouble(line.get().substring(sample.length() + 1));
    }
}
