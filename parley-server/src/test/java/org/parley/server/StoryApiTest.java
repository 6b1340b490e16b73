package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryApiTest extends StoryServer {
    @Test
    void stances_filter_by_issue_and_holder_with_evidence_sentences() {
        JsonNode items = http.get("/api/stances?issue=ceasefire").json().path("items");
        assertThat(items.size()).isEqualTo(3);
        String lind = Fixtures.person("Tomas Lind").value();
        JsonNode lindStances = http.get("/api/stances?holder=" + lind).json().path("items");
        assertThat(lindStances.size()).isEqualTo(2);
        JsonNode first = lindStances.get(0);
        assertThat(first.path("position").asText()).isEqualTo("oppose");
        assertThat(first.path("evidence").path("text").asText())
                .isEqualTo("Lind said the Nordic Council would not join any plan without guarantees.");
        assertThat(first.path("holder").path("name").asText()).isEqualTo("Tomas Lind");
        assertThat(http.get("/api/stances?holder_name=council").json().path("items").size()).isEqualTo(2);
        JsonNode paged = http.get("/api/stances?limit=2").json();
        assertThat(paged.path("items").size()).isEqualTo(2);
        assertThat(http.get("/api/stances?limit=10&cursor=" + paged.path("next_cursor").asText()).json().path("items").size())
                .isEqualTo(4);
    }

    @Test
    void the_issue_matrix_has_a_row_per_holder_with_counts_and_evidence_per_position() {
        JsonNode rows = http.get("/api/stances/matrix?issue=ceasefire").json().path("items");
        assertThat(rows.size()).isEqualTo(2);
        JsonNode lind = rows.get(0).path("holder").path("name").asText().equals("Tomas Lind") ? rows.get(0) : rows.get(1);
        assertThat(lind.path("counts").path("oppose").asInt()).isEqualTo(1);
        assertThat(lind.path("counts").path("support").asInt()).isEqualTo(1);
        assertThat(lind.path("latest").asText()).isEqualTo("support");
        assertThat(lind.path("evidence").path("support").get(0).path("evidence").path("text").asText())
                .contains("could back a ceasefire");
        assertThat(http.get("/api/stances/matrix?holder=" + Fixtures.person("Anna Berg").value()).json().path("items").size())
                .isEqualTo(2);
    }

    @Test
    void a_change_of_position_is_a_shift_marked_reported_when_the_article_says_so() {
        JsonNode shifts = http.get("/api/shifts").json().path("items");
        assertThat(shifts.size()).isEqualTo(1);
        JsonNode s = shifts.get(0);
        assertThat(s.path("holder").path("name").asText()).isEqualTo("Tomas Lind");
        assertThat(s.path("from").asText()).isEqualTo("oppose");
        assertThat(s.path("to").asText()).isEqualTo("support");
        assertThat(s.path("reported").asBoolean()).isTrue();
        assertThat(http.get("/api/shifts?issue=sanctions").json().path("items").size()).isZero();
    }

    @Test
    void issues_list_their_stance_counts() {
        JsonNode issues = http.get("/api/issues").json().path("items");
        assertThat(issues.size()).isEqualTo(2);
        assertThat(issues.get(0).path("stances").asInt()).isEqualTo(3);
        assertThat(issues.findValuesAsText("issue")).containsExactlyInAnyOrder("ceasefire", "sanctions");
    }

    @Test
    void the_timeline_merges_events_and_statements_in_date_order_and_pages_stably() {
        JsonNode all = http.get("/api/timeline?limit=100").json().path("items");
        assertThat(all.size()).isEqualTo(9);
        List<String> dates = new ArrayList<>();
        all.forEach(n -> dates.add(n.path("date").asText()));
        assertThat(dates).isSorted();
        assertThat(all.get(0).path("type").asText()).isEqualTo("event");
        assertThat(all.get(0).path("label").asText()).isEqualTo("meeting");
        assertThat(all.get(0).path("who").toString()).contains("Anna Berg", "Tomas Lind");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = http.get("/api/timeline?limit=4" + (cursor == null ? "" : "&cursor=" + Http.enc(cursor))).json();
            page.path("items").forEach(n -> paged.add(n.path("type").asText() + n.path("id").asText()));
            cursor = page.hasNonNull("next_cursor") ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        List<String> whole = new ArrayList<>();
        all.forEach(n -> whole.add(n.path("type").asText() + n.path("id").asText()));
        assertThat(paged).isEqualTo(whole);
        JsonNode march = http.get("/api/timeline?from=2025-03-06&to=2025-03-31&type=event").json().path("items");
        assertThat(march.size()).isEqualTo(1);
        assertThat(march.get(0).path("label").asText()).isEqualTo("summit");
        assertThat(march.get(0).path("date").asText()).isEqualTo("2025-03-20");
        assertThat(march.get(0).path("status").asText()).as("'a summit is planned' is not a summit held").isEqualTo("planned");
        JsonNode february = http.get("/api/timeline?from=2025-02-01&to=2025-02-28&type=event").json().path("items");
        assertThat(february).extracting(n -> n.path("status").asText()).containsOnly("happened");
    }

    @Test
    void search_finds_phrases_and_marks_them_as_offsets() {
        JsonNode r = http.get("/api/search?q=" + Http.enc("\"remain on the table\"")).json();
        assertThat(r.path("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode quote = null;
        for (JsonNode h : r.path("items")) if (h.path("kind").asText().equals("quote")) quote = h;
        assertThat(quote).isNotNull();
        String snippet = quote.path("snippet").asText();
        JsonNode mark = quote.path("marks").get(0);
        assertThat(snippet.substring(mark.path("start").asInt(), mark.path("end").asInt())).isEqualTo("remain on the table");
        assertThat(quote.path("article").path("title").asText()).isEqualTo("Freedonia weighs sanctions");
        assertThat(quote.path("speaker").path("name").asText()).isEqualTo("Anna Berg");
        assertThat(quote.path("evidence").path("end").asInt()).isGreaterThan(quote.path("evidence").path("start").asInt());
        JsonNode bySpeaker = http.get("/api/search?q=ceasefire&speaker=Lind").json().path("items");
        assertThat(bySpeaker.findValuesAsText("kind")).containsOnly("quote");
        assertThat(bySpeaker.size()).isEqualTo(1);
        assertThat(http.get("/api/search?q=sanctions&outlet=coast%20herald&scope=articles").json().path("items").size()).isEqualTo(1);
        assertThat(http.get("/api/search?q=sanctions&from=2025-03-06").json().path("items").findValuesAsText("kind")).isNotEmpty();
        JsonNode p1 = http.get("/api/search?q=sanctions&limit=1").json();
        JsonNode p2 = http.get("/api/search?q=sanctions&limit=1&cursor=" + p1.path("next_cursor").asText()).json();
        assertThat(p2.path("items").get(0).toString()).isNotEqualTo(p1.path("items").get(0).toString());
        assertThat(http.get("/api/search").status()).isEqualTo(400);
        assertThat(http.get("/api/search?q=" + Http.enc("\"unclosed")).status()).isEqualTo(400);
        assertThat(http.get("/api/search?q=x&scope=web").status()).isEqualTo(400);
    }

    @Test
    void the_overview_counts_articles_by_outlet_and_date_and_ranks_speakers() {
        JsonNode o = http.get("/api/overview").json();
        assertThat(o.path("totals").path("articles").asInt()).isEqualTo(5);
        assertThat(o.path("totals").path("quotes").asInt()).isEqualTo(7);
        assertThat(o.path("articles_by_outlet_date").size()).isEqualTo(5);
        assertThat(o.path("outlets").get(0).path("name").asText()).isEqualTo("Daily Ledger");
        assertThat(o.path("outlets").get(0).path("count").asInt()).isEqualTo(2);
        JsonNode top = o.path("top_speakers").get(0);
        assertThat(top.path("speaker").path("name").asText()).isIn("Anna Berg", "Tomas Lind");
        assertThat(top.path("quotes").asInt()).isEqualTo(3);
        assertThat(o.path("issues").size()).isEqualTo(2);
    }

    @Test
    void a_change_of_position_three_weeks_later_is_a_shift_not_a_conflict() {
        assertThat(http.get("/api/shifts?holder=person:tomas-lind").json().path("items").size()).isEqualTo(1);

        assertThat(http.get("/api/conflicts").json().path("items").size()).isZero();
        assertThat(http.get("/api/claims").json().path("items").size()).isZero();
        assertThat(http.get("/api/marks").json().path("items").size()).isZero();
        assertThat(http.get("/api/stories").json().path("items").size()).as("no story was assigned in this store").isZero();
    }
}
