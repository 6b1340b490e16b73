package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.AttributionKind;
import org.parley.model.Position;
import org.parley.server.api.Dto;
import org.parley.server.api.DtoMapper;
import org.parley.server.story.SimpleStoryViews;
import org.parley.store.AttributionQuery;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.SaveResult;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;

/**
 * The listings served from the snapshot answer the same JSON as the store's queries mapped the old way, and an
 * article stored through the API shows in the very next read. The comparisons run first, while the snapshot loaded
 * at the start is fresh (no article posted yet), so they read the snapshot; the posting test runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SnapshotApiTest {
    private static final String TOKEN = "t0ken";
    private static final ObjectMapper JSON = ParleyServer.mapper();
    @TempDir
    static Path dir;
    static Store store;
    static ParleyServer server;
    static Http http;

    @BeforeAll
    static void start() {
        store = Fixtures.openStore(dir);
        Fixtures.generated(30).saveTo(store);
        server = ParleyServer.start(ServerConfig.defaults().withPort(0).withToken(TOKEN).withIngest(SnapshotApiTest::ingest), store);
        http = new Http(server.url());
        // The overview waits for the first snapshot; the listings read it from then on.
        assertThat(http.get("/api/overview").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    /** Stores the upload with one quote and one stance: the words between its first two '"', said by the person in the title. */
    private static IngestResult ingest(ArticleUpload u) {
        int open = u.text().indexOf('"');
        String words = u.text().substring(open + 1, u.text().indexOf('"', open + 1));
        var analysis = ArticleBuilder.article(u.title(), "Test Wire", u.title(), LocalDate.of(2025, 5, 1), u.text(), "PERSON:" + u.title())
                .quote(words, true, u.title(), u.title())
                .stance("ports", u.title(), Position.SUPPORT, words, null, false).build();
        return store.save(analysis, "test") == SaveResult.STORED
                ? IngestResult.stored(analysis.article().id(), List.of()) : IngestResult.unchanged(analysis.article().id());
    }

    /** {@code value} as the server writes it and a client reads it back (numbers as parsed, not as typed). */
    private static JsonNode tree(Object value) {
        try {
            return Http.JSON.readTree(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode quotesFromStore(AttributionQuery q, Page page) {
        Paged<StoredAttribution> p = store.attributions(q, page);
        return tree(new Dto.PageOf<>(p.items().stream().map(DtoMapper::quote).toList(), p.next().orElse(null)));
    }

    private static JsonNode stancesFromStore(StanceQuery q, Page page) {
        Paged<StoredStance> p = store.stances(q, page);
        DtoMapper mapper = new DtoMapper(store::text);
        return tree(new Dto.PageOf<>(p.items().stream().map(mapper::stance).toList(), p.next().orElse(null)));
    }

    @Test
    void quote_pages_are_the_json_of_the_stores_pages() {
        AttributionQuery all = AttributionQuery.all();
        Map<String, AttributionQuery> cases = new LinkedHashMap<>();
        cases.put("", all);
        cases.put("speaker=" + Fixtures.person("Anna Berg").value(), all.withSpeaker(Fixtures.person("Anna Berg")));
        cases.put("speaker=name:" + Http.enc("lind"), all.withSpeakerName("lind"));
        cases.put("speaker_name=BERG&direct=true", all.withSpeakerName("BERG").onlyDirect());
        cases.put("issue=ceasefire", all.withIssue("ceasefire"));
        cases.put("from=2024-03-01&to=2024-09-30&text=round", all.between(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30))
                .withTextContaining("round"));
        cases.put("kind=speech&text=" + Http.enc("<a href"), all.withKind(AttributionKind.SPEECH).withTextContaining("<a href"));
        cases.forEach((params, q) -> {
            String cursor = null;
            for (int n = 0; n < 3; n++) {
                Page page = Page.after(4, cursor);
                JsonNode got = http.get("/api/quotes?limit=4" + (params.isEmpty() ? "" : "&" + params) + (cursor == null ? "" : "&cursor=" + cursor)).json();
                assertThat(got).as("quotes?%s page %d", params, n).isEqualTo(quotesFromStore(q, page));
                if (!got.hasNonNull("next_cursor")) break;
                cursor = got.path("next_cursor").asText();
            }
        });
    }

    @Test
    void stance_pages_and_the_matrix_are_the_json_of_the_stores_answers() {
        StanceQuery all = StanceQuery.all();
        Map<String, StanceQuery> cases = new LinkedHashMap<>();
        cases.put("", all);
        cases.put("issue=sanctions", all.withIssue("sanctions"));
        cases.put("holder=" + Fixtures.person("Tomas Lind").value(), all.withHolder(Fixtures.person("Tomas Lind")));
        cases.put("holder_name=council&from=2025-01-01", all.withHolderName("council").between(LocalDate.of(2025, 1, 1), null));
        cases.forEach((params, q) -> {
            JsonNode got = http.get("/api/stances?limit=5" + (params.isEmpty() ? "" : "&" + params)).json();
            assertThat(got).as("stances?%s", params).isEqualTo(stancesFromStore(q, Page.first(5)));
        });
        List<StoredStance> stances = store.stances(StanceQuery.all(), Page.first(Page.MAX_LIMIT)).items();
        DtoMapper mapper = new DtoMapper(store::text);
        List<Dto.HolderRow> rows = new SimpleStoryViews().holderStances(stances).stream().map(mapper::row).toList();
        assertThat(http.get("/api/stances/matrix").json()).isEqualTo(tree(new Dto.PageOf<>(rows, null)));
        assertThat(http.get("/api/stances/matrix?issue=aid").json()).isEqualTo(tree(
                new Dto.PageOf<>(rows.stream().filter(r -> r.issue().equals("aid")).toList(), null)));
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void an_article_stored_beside_the_api_is_in_the_next_read_once_the_server_is_told() {
        // as 'parley serve --watch' does: the watcher stores into the same store, then says so
        var analysis = ArticleBuilder.article("Ola Lind", "Feed Wire", "Ola Lind", LocalDate.of(2025, 5, 2),
                        "\"The corridor opens in June\", Ola Lind said.", "PERSON:Ola Lind")
                .quote("The corridor opens in June", true, "Ola Lind", "Ola Lind").build();
        assertThat(store.save(analysis, "test")).isEqualTo(SaveResult.STORED);

        server.storedElsewhere();

        JsonNode quotes = http.get("/api/quotes?limit=1000&speaker_name=" + Http.enc("Ola Lind")).json().path("items");
        assertThat(quotes.findValuesAsText("text")).contains("The corridor opens in June");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_quote_posted_through_the_api_is_in_the_next_read() {
        for (String person : List.of("Clara Moss", "Erik Dahl", "Nina Holt")) {
            String text = "\"The ports reopen in May\", " + person + " said on " + person.length() + " May.";
            assertThat(http.postJson("/api/articles", Map.of("title", person, "text", text), TOKEN).status()).isEqualTo(201);
            JsonNode quotes = http.get("/api/quotes?limit=1000&speaker_name=" + Http.enc(person)).json().path("items");
            assertThat(quotes.findValuesAsText("text")).contains("The ports reopen in May");
            JsonNode stances = http.get("/api/stances?issue=ports&limit=1000").json().path("items");
            assertThat(stances.findValues("holder").stream().map(h -> h.path("name").asText())).contains(person);
        }
        assertThat(http.get("/api/quotes?text=ports+reopen").json().path("items").size()).isEqualTo(3);
    }
}
