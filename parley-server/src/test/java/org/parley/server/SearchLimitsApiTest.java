package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.store.search.SearchLimits;

class SearchLimitsApiTest extends StoryServer {
    @Test
    void a_server_started_without_patterns_refuses_them_with_a_400_that_says_what_runs() {
        try (ParleyServer basic = ParleyServer.start(ServerConfig.defaults().withPort(0)
                .withSearch(SearchLimits.server().withPatterns(false)), store)) {
            Http client = new Http(basic.url());

            Http.Response regex = client.get("/api/search?q=" + Http.enc("/[a-z]{1,1000}/"));

            assertThat(regex.status()).isEqualTo(400);
            assertThat(regex.json().path("message").asText()).contains("does not run a regular expression");
            assertThat(client.get("/api/search?q=" + Http.enc("said")).status()).isEqualTo(200);
        }
    }

    @Test
    void by_default_patterns_run_within_the_time_limit() {
        assertThat(http.get("/api/search?q=" + Http.enc("/[a-z]{1,1000}/")).status()).isEqualTo(200);
    }
}
