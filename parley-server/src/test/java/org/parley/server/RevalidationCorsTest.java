package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevalidationCorsTest extends StoryServer {
    private static Http.Response get(String url, String... headers) {
        return Http.send(HttpRequest.newBuilder(URI.create(url)).headers(headers).GET().build());
    }

    @Test
    void a_listing_asked_again_with_its_etag_is_a_304_without_a_body() {
        Http.Response first = http.get("/api/quotes?limit=3");
        String etag = first.header("ETag");

        Http.Response again = get(server.url() + "/api/quotes?limit=3", "If-None-Match", etag);

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(server.url() + "/api/quotes?limit=4", "If-None-Match", etag).status()).isEqualTo(200);
    }

    @Test
    void the_csv_of_a_listing_has_its_own_etag() {
        String json = http.get("/api/stances").header("ETag");
        String csv = http.get("/api/stances?format=csv").header("ETag");

        assertThat(csv).isNotNull().isNotEqualTo(json);
        assertThat(get(server.url() + "/api/stances?format=csv", "If-None-Match", "\"other\", " + csv).status()).isEqualTo(304);
    }

    @Test
    void cors_lets_the_named_origin_read_the_api_and_no_other() {
        try (ParleyServer open = ParleyServer.start(ServerConfig.defaults().withPort(0).withCors(List.of("http://localhost:8888")), store)) {
            Http.Response allowed = get(open.url() + "/api/quotes", "Origin", "http://localhost:8888");
            Http.Response other = get(open.url() + "/api/quotes", "Origin", "http://evil.example");

            assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8888");
            assertThat(allowed.header("Access-Control-Expose-Headers")).contains("X-Next-Cursor");
            assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        }
        assertThat(get(server.url() + "/api/quotes", "Origin", "http://localhost:8888").header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void a_cors_origin_with_a_path_is_refused() {
        assertThatThrownBy(() -> ServerConfig.defaults().withCors(List.of("http://localhost:8888/lab")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme://host[:port]");
    }
}
