package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadApiTest extends StoryServer {
    private static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void articles_page_through_with_cursors_and_see_each_article_once() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = http.get("/api/articles?limit=2" + (cursor == null ? "" : "&cursor=" + Http.enc(cursor))).json();
            assertThat(page.path("items").size()).isBetween(1, 2);
            seen.addAll(texts(page.path("items"), "id"));
            cursor = page.hasNonNull("next_cursor") ? page.path("next_cursor").asText() : null;
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(texts(http.get("/api/articles").json().path("items"), "id")).isEqualTo(seen);
    }

    @Test
    void an_article_comes_with_its_text_removed_residue_entities_and_quotes() {
        String id = idOf("Freedonia weighs sanctions");
        JsonNode a = http.get("/api/articles/" + id).json();
        String text = a.path("text").asText();
        assertThat(text).contains("Sanctions remain on the table");
        assertThat(a.path("removed").get(0).path("text").asText()).isEqualTo("SUBSCRIBE TODAY FOR FULL ACCESS");
        assertThat(a.path("removed").get(0).path("reason").asText()).isEqualTo("boilerplate");
        assertThat(texts(a.path("entities"), "name")).contains("Anna Berg", "Freedonia");
        JsonNode quote = a.path("quotes").get(1);
        assertThat(text.substring(quote.path("start").asInt(), quote.path("end").asInt())).isEqualTo(quote.path("text").asText());
        assertThat(quote.path("speaker").path("name").asText()).isEqualTo("Anna Berg");
        assertThat(a.path("sentences").size()).isEqualTo(2);
        assertThat(a.path("stances").get(0).path("evidence").path("text").asText()).contains("press for sanctions");
    }

    @Test
    void an_unknown_article_is_a_404_with_a_json_message() {
        Http.Response r = http.get("/api/articles/0123456789abcdef");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("status").asInt()).isEqualTo(404);
        assertThat(r.json().path("message").asText()).contains("0123456789abcdef");
        assertThat(http.get("/api/nothing-here").json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void entities_filter_by_type_and_name() {
        JsonNode people = http.get("/api/entities?type=person").json().path("items");
        assertThat(texts(people, "name")).containsExactlyInAnyOrder("Anna Berg", "Tomas Lind", "Mallory Vance");
        JsonNode berg = http.get("/api/entities?name=berg").json().path("items");
        assertThat(texts(berg, "name")).containsExactly("Anna Berg");
        JsonNode one = http.get("/api/entities/" + berg.get(0).path("id").asText()).json();
        assertThat(one.path("aliases").toString()).contains("Berg");
        assertThat(one.path("roles").toString()).contains("foreign minister");
        assertThat(one.path("articles").asInt()).isEqualTo(3);
        assertThat(http.get("/api/entities/person:nobody").status()).isEqualTo(404);
        assertThat(http.get("/api/entities?type=planet").json().path("message").asText()).contains("person");
    }

    @Test
    void quotes_filter_by_speaker_article_issue_dates_text_kind_and_directness() {
        String berg = Fixtures.person("Anna Berg").value();
        assertThat(texts(http.get("/api/quotes?speaker=" + berg).json().path("items"), "text")).containsExactly(
                "We support a ceasefire that holds", "Freedonia would press for sanctions if talks fail",
                "Sanctions remain on the table");
        assertThat(http.get("/api/quotes?speaker=" + berg + "&direct=true").json().path("items").size()).isEqualTo(2);
        assertThat(http.get("/api/quotes?speaker_name=lind").json().path("items").size()).isEqualTo(3);
        assertThat(http.get("/api/quotes?speaker=name:lind").json().path("items").size()).isEqualTo(3);
        assertThat(http.get("/api/quotes?article=" + idOf("Freedonia weighs sanctions")).json().path("items").size()).isEqualTo(2);
        assertThat(texts(http.get("/api/quotes?from=2025-03-01&to=2025-03-05").json().path("items"), "text"))
                .containsExactlyInAnyOrder("The ceasefire deserves our support", "Freedonia would press for sanctions if talks fail",
                        "Sanctions remain on the table");
        assertThat(texts(http.get("/api/quotes?text=TABLE").json().path("items"), "text")).containsExactly("Sanctions remain on the table");
        assertThat(http.get("/api/quotes?kind=speech").json().path("items").size()).isEqualTo(7);
        assertThat(http.get("/api/quotes?kind=belief").json().path("items").size()).isZero();
        assertThat(http.get("/api/quotes?issue=sanctions").json().path("items").size()).isGreaterThanOrEqualTo(1);
        JsonNode q = http.get("/api/quotes?text=table").json().path("items").get(0);
        assertThat(q.path("article").path("outlet").asText()).isEqualTo("Daily Ledger");
        assertThat(q.path("speaker").path("key").asText()).isEqualTo(berg);
    }

    @Test
    void a_name_or_alias_works_wherever_a_person_id_does_as_on_the_command_line() {
        String berg = Fixtures.person("Anna Berg").value();
        List<String> byId = texts(http.get("/api/quotes?speaker=" + berg).json().path("items"), "text");

        assertThat(texts(http.get("/api/quotes?speaker=Berg").json().path("items"), "text")).isEqualTo(byId).isNotEmpty();
        assertThat(texts(http.get("/api/quotes?speaker=" + Http.enc("Anna Berg")).json().path("items"), "text")).isEqualTo(byId);
        assertThat(http.get("/api/quotes?speaker=Nobody").json().path("items").size()).isZero();
        String lind = Fixtures.person("Tomas Lind").value();
        assertThat(texts(http.get("/api/stances?holder=Lind").json().path("items"), "id"))
                .isEqualTo(texts(http.get("/api/stances?holder=" + lind).json().path("items"), "id")).isNotEmpty();
        assertThat(http.get("/api/stances/matrix?holder=Lind").json().path("items").toString())
                .isEqualTo(http.get("/api/stances/matrix?holder=" + lind).json().path("items").toString());
        assertThat(http.get("/api/stances/matrix?holder=Lind").json().path("items").size()).isPositive();
    }

    @Test
    void an_article_is_found_by_its_name_or_a_unique_prefix_as_parley_show_finds_it() {
        String id = idOf("Freedonia weighs sanctions");

        assertThat(http.get("/api/articles/ledger-2").json().path("id").asText()).isEqualTo(id);
        assertThat(http.get("/api/articles/" + id.substring(0, 8)).json().path("id").asText()).isEqualTo(id);
        assertThat(http.get("/api/quotes?article=ledger-2").json().path("items").size()).isEqualTo(2);
        assertThat(http.get("/api/articles/ledger").status()).isEqualTo(400);
        Http.Response none = http.get("/api/articles/no-such-article");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().path("message").asText()).contains("no article has the id or name 'no-such-article'");
    }

    @Test
    void quotes_page_with_stable_cursors() {
        JsonNode first = http.get("/api/quotes?limit=3").json();
        JsonNode second = http.get("/api/quotes?limit=3&cursor=" + first.path("next_cursor").asText()).json();
        JsonNode all = http.get("/api/quotes?limit=100").json();
        List<String> paged = new ArrayList<>(texts(first.path("items"), "id"));
        paged.addAll(texts(second.path("items"), "id"));
        assertThat(texts(all.path("items"), "id").subList(0, 6)).isEqualTo(paged);
        assertThat(all.has("next_cursor")).isFalse();
    }

    @Test
    void bad_parameters_are_400s_that_say_what_to_send() {
        assertThat(error("/api/quotes?kind=shout")).contains("kind 'shout'").contains("speech");
        assertThat(error("/api/quotes?from=yesterday")).contains("YYYY-MM-DD");
        assertThat(error("/api/quotes?from=2025-03-02&to=2025-03-01")).contains("after");
        assertThat(error("/api/quotes?limit=0")).contains("limit 0");
        assertThat(error("/api/quotes?limit=lots")).contains("not a number");
        assertThat(error("/api/quotes?direct=maybe")).contains("true or false");
        assertThat(error("/api/quotes?cursor=zzz")).contains("cursor");
        assertThat(error("/api/quotes?speakr=x")).contains("unknown parameter 'speakr'");
        assertThat(error("/api/timeline?cursor=zzz")).contains("cursor");
    }

    private static String error(String path) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.json().path("status").asInt()).isEqualTo(400);
        return r.json().path("message").asText();
    }

    static String idOf(String title) {
        for (JsonNode a : http.get("/api/articles?limit=100").json().path("items")) {
            if (a.path("title").asText().equals(title)) return a.path("id").asText();
        }
        throw new AssertionError("no article titled " + title);
    }

    @Test
    void a_negative_cursor_was_never_given_out_and_is_a_400() {
        for (String path : new String[] {"/api/quotes?cursor=-1", "/api/articles?cursor=-5", "/api/search?q=said&cursor=-1"}) {
            Http.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.json().path("message").asText()).as(path).contains("start again without a cursor");
        }
    }
}
