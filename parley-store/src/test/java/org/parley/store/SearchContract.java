package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.store.search.SearchCostException;
import org.parley.store.search.SearchHit;
import org.parley.store.search.SearchLimits;
import org.parley.store.search.SearchQuery;
import org.parley.store.search.SearchQuery.Scope;
import org.parley.store.search.SearchResult;

/** Full-text search through the store, and the index kept in step with the database. */
abstract class SearchContract extends StoreTestBase {

    SearchResult search(SearchQuery q) {
        return store.search(q, Page.first(20));
    }

    static List<ArticleId> articles(SearchResult r) {
        return r.hits().stream().map(SearchHit::article).toList();
    }

    @Test
    void a_phrase_finds_the_articles_that_hold_it_and_marks_it_in_the_snippet() {
        saveAll();

        SearchResult r = search(SearchQuery.of("\"spend more\"").in(Scope.ARTICLES));

        assertThat(articles(r)).containsExactlyInAnyOrder(Corpus.RUTTE_ARTICLE.article().id(), Corpus.UNDATED_ARTICLE.article().id());
        assertThat(r.total()).isEqualTo(2);
        assertThat(r.hits()).allSatisfy(h -> {
            assertThat(h.kind()).isEqualTo(SearchHit.Kind.ARTICLE);
            assertThat(h.score()).isPositive();
            assertThat(h.snippet().marked()).containsExactly("spend more");
            assertThat(h.snippet().text()).doesNotStartWith(" ").doesNotContain("  ").doesNotContain("SUBSCRIBE");
        });
        assertThat(search(SearchQuery.of("\"allies spend\""))).extracting(SearchResult::total).isEqualTo(0L);
    }

    @Test
    void stemming_matches_other_forms_of_a_word() {
        saveAll();

        SearchResult r = search(SearchQuery.of("soldier").in(Scope.ATTRIBUTIONS));

        assertThat(r.hits()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(SearchHit.Kind.ATTRIBUTION);
            assertThat(h.article()).isEqualTo(Corpus.TUSK_ARTICLE.article().id());
            assertThat(h.snippet().text()).isEqualTo("Poland will not send soldiers to Ukraine,");
            assertThat(h.snippet().render("[", "]")).isEqualTo("Poland will not send [soldiers] to Ukraine,");
        });
    }

    @Test
    void a_prefix_query_finds_words_whose_stem_is_shorter_than_the_prefix() {
        saveAll();

        // The index holds stems ("soldiers" -> "soldier"); a prefix is matched as typed and as its stem.
        SearchResult r = search(SearchQuery.of("soldiers*").in(Scope.ATTRIBUTIONS));

        assertThat(r.hits()).singleElement().satisfies(h ->
                assertThat(h.snippet().render("[", "]")).isEqualTo("Poland will not send [soldiers] to Ukraine,"));
        assertThat(search(SearchQuery.of("sold*").in(Scope.ATTRIBUTIONS)).hits()).hasSize(1);
    }

    @Test
    void attribution_hits_carry_the_stored_attribution_id() {
        saveAll();

        SearchHit hit = search(SearchQuery.of("faster").in(Scope.ATTRIBUTIONS)).hits().getFirst();
        StoredAttribution stored = store.attributions(AttributionQuery.all().withTextContaining("faster"), Page.first(5))
                .items().getFirst();

        assertThat(hit.attribution()).hasValue(stored.id());
    }

    @Test
    void searches_filter_by_speaker_name_outlet_and_date() {
        saveAll();

        assertThat(search(SearchQuery.of("send").bySpeakerName("tusk")).hits()).singleElement()
                .satisfies(h -> assertThat(h.article()).isEqualTo(Corpus.TUSK_ARTICLE.article().id()));
        assertThat(search(SearchQuery.of("send").bySpeakerName("Rutte")).hits()).isEmpty();
        assertThat(articles(search(SearchQuery.of("Rutte").in(Scope.ARTICLES).inOutlet("guardian"))))
                .containsExactly(Corpus.TUSK_ARTICLE.article().id());
        assertThat(articles(search(SearchQuery.of("Rutte").in(Scope.ARTICLES).between(LocalDate.of(2025, 3, 1), null))))
                .containsExactly(Corpus.TUSK_ARTICLE.article().id());
        assertThat(articles(search(SearchQuery.of("Rutte").in(Scope.ARTICLES).between(null, LocalDate.of(2025, 2, 28)))))
                .containsExactly(Corpus.RUTTE_ARTICLE.article().id());
    }

    @Test
    void after_resolution_searches_find_quotes_by_speaker_entity_and_canonical_name() {
        saveAll();
        assertThat(search(SearchQuery.of("spending").bySpeaker(Corpus.RUTTE)).hits()).isEmpty();

        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        assertThat(search(SearchQuery.of("spending").bySpeaker(Corpus.RUTTE)).hits()).singleElement()
                .satisfies(h -> assertThat(h.article()).isEqualTo(Corpus.UNDATED_ARTICLE.article().id()));
        assertThat(search(SearchQuery.of("spending").bySpeakerName("Mark Rutte")).hits()).hasSize(1);
    }

    @Test
    void a_changed_resolution_shows_in_search_at_once_and_after_reopening() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);
        assertThat(search(SearchQuery.of("soldiers").bySpeaker(Corpus.RUTTE)).hits()).isEmpty();

        // Rutte renamed, and the Tusk article's speaker linked to him: only those articles change in the index.
        java.util.List<org.parley.model.Entity> renamed = new java.util.ArrayList<>(Corpus.ENTITIES);
        renamed.set(0, new org.parley.model.Entity(Corpus.RUTTE, "Alliance Chief Rutte", EntityType.PERSON,
                java.util.Set.of("Rutte"), java.util.Set.of()));
        java.util.Map<org.parley.model.LocalRef, org.parley.model.EntityId> relinked = new java.util.LinkedHashMap<>(Corpus.links());
        relinked.put(Corpus.ref(Corpus.TUSK_ARTICLE, "e0"), Corpus.RUTTE);
        store.replaceEntityResolution(relinked, renamed);

        assertThat(search(SearchQuery.of("soldiers").bySpeaker(Corpus.RUTTE)).hits()).singleElement()
                .satisfies(h -> assertThat(h.article()).isEqualTo(Corpus.TUSK_ARTICLE.article().id()));
        assertThat(search(SearchQuery.of("spending").bySpeakerName("Alliance Chief Rutte")).hits()).hasSize(1);
        assertThat(search(SearchQuery.of("soldiers").bySpeaker(Corpus.TUSK)).hits()).isEmpty();

        reopen();
        assertThat(search(SearchQuery.of("soldiers").bySpeaker(Corpus.RUTTE)).hits()).hasSize(1);
        assertThat(search(SearchQuery.of("spending").bySpeakerName("Alliance Chief Rutte")).hits()).hasSize(1);
    }

    @Test
    void search_pages_follow_the_ranking() {
        saveAll();
        SearchQuery q = SearchQuery.of("Rutte");

        SearchResult all = store.search(q, Page.first(20));
        SearchResult first = store.search(q, Page.first(2));
        SearchResult second = store.search(q, Page.after(20, first.next().orElseThrow()));

        assertThat(first.hits()).hasSize(2);
        assertThat(Stream.concat(first.hits().stream(), second.hits().stream()).toList()).isEqualTo(all.hits());
        assertThat(second.next()).isEmpty();
    }

    @Test
    void a_query_with_broken_syntax_is_refused_with_a_hint() {
        assertThatThrownBy(() -> search(SearchQuery.of("\"unclosed phrase")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("double quotes");
    }

    @Test
    void a_missing_index_is_rebuilt_from_the_database_at_open() throws IOException {
        saveAll();
        SearchResult before = search(SearchQuery.of("Rutte"));
        store.close();
        deleteTree(config.indexDir());

        store = Store.open(config);

        assertThat(search(SearchQuery.of("Rutte")).hits()).isEqualTo(before.hits());
    }

    @Test
    void an_index_behind_the_database_is_rebuilt_at_open() throws IOException {
        store.save(Corpus.RUTTE_ARTICLE, "test-1");
        store.close();
        Path copy = dir.resolve("old-index");
        copyTree(config.indexDir(), copy);
        store = Store.open(config);
        store.save(Corpus.TUSK_ARTICLE, "test-1");
        store.close();
        deleteTree(config.indexDir());
        copyTree(copy, config.indexDir());

        store = Store.open(config);

        assertThat(articles(search(SearchQuery.of("Poland").in(Scope.ARTICLES)))).containsExactly(Corpus.TUSK_ARTICLE.article().id());
    }

    @Test
    void rebuilding_the_index_gives_the_same_results() {
        saveAll();
        SearchResult before = search(SearchQuery.of("Rutte OR Tusk"));

        store.rebuildIndex();

        assertThat(search(SearchQuery.of("Rutte OR Tusk")).hits()).isEqualTo(before.hits());
    }

    @Test
    void a_server_can_turn_patterns_off_and_words_phrases_and_prefixes_still_run() {
        saveAll();
        SearchLimits basic = SearchLimits.server().withPatterns(false);

        for (String pattern : List.of("/[a-z]{1,1000}/", "[a TO z]", "sol?ier", "s*ier", "soldier~")) {
            assertThatThrownBy(() -> store.search(SearchQuery.of(pattern), Page.first(5), basic)).as(pattern)
                    .isInstanceOf(SearchCostException.class).hasMessageContaining("this server does not run")
                    .hasMessageContaining("prefix*");
        }
        assertThat(store.search(SearchQuery.of("\"spend more\" OR minist* OR Rutte"), Page.first(5), basic).total()).isPositive();
        assertThat(store.search(SearchQuery.of("/[a-z]{1,1000}/"), Page.first(5), SearchLimits.server()).total()).isPositive();
    }

    @Test
    void a_search_over_its_time_limit_is_stopped_and_says_so() {
        saveAll();
        // A limit shorter than any search: the check inside the term walk stops it on its first look at the clock.
        SearchLimits instant = SearchLimits.server().withTimeLimit(Duration.ofNanos(1));

        assertThatThrownBy(() -> store.search(SearchQuery.of("/.*e.*/"), Page.first(5), instant))
                .isInstanceOf(SearchCostException.class).hasMessageContaining("ran over its time limit")
                .satisfies(e -> assertThat(((SearchCostException) e).busy()).isFalse());
        assertThat(store.search(SearchQuery.of("/.*e.*/"), Page.first(5), SearchLimits.server()).total()).isPositive();
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }
}
