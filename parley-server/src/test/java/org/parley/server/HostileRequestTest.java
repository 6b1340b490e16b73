package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.Store;

/**
 * What a web page the user visits, or a client that lies about sizes, may try against the default server: on
 * loopback, with no token, ingest on.
 */
class HostileRequestTest {
    private static final String ARTICLE = "{\"title\":\"Posted\",\"text\":\"Clara Moss said the port will reopen in May.\"}";
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = Fixtures.openStore(dir);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0).withMaxRequestBytes(64 * 1024)
                .withHostNames(Set.of("parley.internal")).withIngest(new TestIngest(store)), store);
        base = server.url();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void a_cross_site_post_is_refused_and_stores_nothing() throws Exception {
        long before = store.counts().articles();

        HttpResponse<String> r = post(ARTICLE, "Origin", "http://evil.example");

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("another site").contains("http://evil.example");
        assertThat(store.counts().articles()).isEqualTo(before);
    }

    @Test
    void a_post_a_browser_marks_as_cross_site_is_refused_even_without_an_origin() throws Exception {
        long before = store.counts().articles();

        assertThat(post(ARTICLE, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(post(ARTICLE, "Sec-Fetch-Site", "same-site").statusCode()).isEqualTo(403);
        assertThat(store.counts().articles()).isEqualTo(before);
    }

    @Test
    void the_servers_own_page_and_clients_that_are_not_browsers_may_post() throws Exception {
        String own = "http://" + URI.create(base).getRawAuthority();
        HttpResponse<String> fromUi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Content-Type", "application/json").header("Origin", own).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Nina Holt said the ferry will run again soon.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromUi.statusCode()).as(fromUi.body()).isIn(200, 201);

        HttpResponse<String> curl = post("{\"text\":\"Erik Dahl said the bridge will be rebuilt next year.\"}", "X-Client", "curl");
        assertThat(curl.statusCode()).as(curl.body()).isIn(200, 201);
    }

    @Test
    void a_host_name_the_server_was_not_started_with_is_refused_for_reads_too() throws Exception {
        RawHttp.Response rebound = RawHttp.send(base, "GET /api/articles HTTP/1.1\r\nHost: evil.example:8080", RawHttp.none());

        assertThat(rebound.status()).isEqualTo(421);
        assertThat(rebound.text()).contains("--allow-host evil.example");
        assertThat(RawHttp.send(base, "GET /api/articles HTTP/1.1\r\nHost: localhost", RawHttp.none()).status()).isEqualTo(200);
        assertThat(RawHttp.send(base, "GET /api/articles HTTP/1.1\r\nHost: 127.0.0.1:1", RawHttp.none()).status()).isEqualTo(200);
        assertThat(RawHttp.send(base, "GET /api/articles HTTP/1.1\r\nHost: [::1]:80", RawHttp.none()).status()).isEqualTo(200);
        assertThat(RawHttp.send(base, "GET /api/articles HTTP/1.1\r\nHost: PARLEY.internal", RawHttp.none()).status()).isEqualTo(200);
        assertThat(RawHttp.send(base, "GET / HTTP/1.1\r\nHost: evil.example", RawHttp.none()).status()).isEqualTo(421);
    }

    @Test
    void a_chunked_body_over_the_limit_is_a_413_and_is_not_read_to_its_end() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        String head = "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked";
        // {"text":"aaaa… (6 MB) …"}: valid JSON, so only its size can refuse it
        RawHttp.Body body = out -> {
            byte[] open = "{\"text\":\"".getBytes(StandardCharsets.US_ASCII);
            out.write((Integer.toHexString(open.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(open);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            RawHttp.chunked(96, chunk).writeTo(out);
        };

        long before = store.counts().articles();

        RawHttp.Response r = RawHttp.send(base, head, body);

        assertThat(r.status()).as(r.text()).isEqualTo(413);
        assertThat(r.text()).contains("65536");
        assertThat(store.counts().articles()).isEqualTo(before);
    }

    @Test
    void a_chunked_multipart_upload_over_the_limit_is_a_413() throws Exception {
        String boundary = "----parleytest";
        byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'a');
        String head = "POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary="
                + boundary + "\r\nTransfer-Encoding: chunked";
        RawHttp.Body body = out -> {
            out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            RawHttp.chunked(96, chunk).writeTo(out);
        };

        long before = store.counts().articles();

        RawHttp.Response r = RawHttp.send(base, head, body);

        assertThat(r.status()).as(r.text()).isEqualTo(413);
        assertThat(store.counts().articles()).isEqualTo(before);
    }

    private static HttpResponse<String> post(String json, String header, String value) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void posts_are_analysed_at_most_two_at_a_time_and_the_rest_wait_their_turn() throws Exception {
        java.util.concurrent.atomic.AtomicInteger now = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        TestIngest real = new TestIngest(store);
        try (ParleyServer busy = ParleyServer.start(ServerConfig.defaults().withPort(0).withIngest(upload -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(200);
                return real.apply(upload);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                now.decrementAndGet();
            }
        }), store);
             var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            List<java.util.concurrent.Future<Integer>> posts = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String json = "{\"text\":\"Speaker number %d said the talks would go on all week.\"}".formatted(i);
                posts.add(pool.submit(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(busy.url() + "/api/articles"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()));
            }
            for (var post : posts) assertThat(post.get()).isEqualTo(201);
        }

        assertThat(most.get()).isEqualTo(2);
    }
}
