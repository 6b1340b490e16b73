package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The negotiation map over the hand-made story: Anna Berg backs a ceasefire; Tomas Lind opposes it, then comes round. */
class MapApiTest extends StoryServer {
    @Test
    void the_map_lists_each_party_with_its_position_lane_and_evidence() {
        JsonNode map = http.get("/api/issues/ceasefire/map").json();

        assertThat(map.path("issue").asText()).isEqualTo("ceasefire");
        List<String> parties = new ArrayList<>();
        map.path("items").forEach(p -> parties.add(p.path("party").path("name").asText()));
        assertThat(parties).contains("Anna Berg", "Tomas Lind");
        JsonNode lind = party(map, "Tomas Lind");
        assertThat(lind.path("segments").get(0).path("position").asText()).isEqualTo("oppose");
        assertThat(lind.path("segments").size()).as("Lind's lane changes colour").isGreaterThan(1);
        JsonNode first = lind.path("segments").get(0).path("statements").get(0);
        assertThat(first.path("evidence").path("text").asText()).isEqualTo("Lind said the Nordic Council would not join any plan without guarantees.");
        assertThat(first.path("article").path("id").asText()).isNotBlank();
    }

    @Test
    void the_map_at_an_earlier_date_reads_only_what_was_said_by_then() {
        JsonNode map = http.get("/api/issues/ceasefire/map?at=2025-02-20").json();

        assertThat(map.path("at").asText()).isEqualTo("2025-02-20");
        assertThat(party(map, "Tomas Lind").path("position").asText()).isEqualTo("oppose");
        assertThat(party(map, "Tomas Lind").path("segments").size()).isEqualTo(1);
    }

    @Test
    void changes_since_a_date_carry_their_evidence() {
        JsonNode changes = http.get("/api/changes?since=2025-02-15&issue=ceasefire").json().path("items");

        assertThat(changes.size()).isPositive();
        changes.forEach(c -> {
            assertThat(c.path("date").asText()).isGreaterThanOrEqualTo("2025-02-15");
            assertThat(c.path("evidence").path("evidence").path("text").asText()).isNotBlank();
        });
        assertThat(changes.findValuesAsText("kind")).contains("shift");
    }

    @Test
    void bad_requests_say_what_to_give() {
        Http.Response unknown = http.get("/api/issues/no-such-issue/map");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("message").asText()).contains("no issue 'no-such-issue'");

        assertThat(http.get("/api/issues/ceasefire/map?at=yesterday").json().path("message").asText())
                .isEqualTo("at 'yesterday' is not a date; use YYYY-MM-DD");
        assertThat(http.get("/api/issues/ceasefire/map?min_confidence=2").status()).isEqualTo(400);
        assertThat(http.get("/api/issues/ceasefire/map?from=2025-03-01&at=2025-02-01").json().path("message").asText())
                .contains("before the window's start");
        assertThat(http.get("/api/changes").json().path("message").asText()).contains("give since=YYYY-MM-DD");
    }

    private static JsonNode party(JsonNode map, String name) {
        for (JsonNode p : map.path("items")) if (p.path("party").path("name").asText().equals(name)) return p;
        throw new AssertionError("no party " + name + " in " + map);
    }
}
