package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleEntities;
import org.parley.model.AttributionKind;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.Position;

/**
 * The store's behaviour, run against each database: {@link H2StoreTest} always, {@link PostgresStoreTest} when a
 * server is configured. Every test starts from an empty store.
 */
abstract class StoreContract extends StoreTestBase {
    // --- schema ---

    @Test
    void schema_after_migration_matches_the_golden_file() throws Exception {
        Path golden = Path.of("src/test/resources/golden/schema.txt");
        String actual = SchemaDump.of(config);
        if (Boolean.getBoolean("parley.updateGolden")) Files.writeString(golden, actual);

        assertThat(actual).as("schema changed: if on purpose, rerun with -Dparley.updateGolden=true and commit "
                + golden).isEqualTo(Files.readString(golden));
    }

    @Test
    void an_events_status_and_estimated_date_read_back_as_saved() {
        ArticleAnalysis a = Analyses.article("threat.txt", "Reuters", LocalDate.of(2022, 2, 12),
                        "Biden warned that Russia could invade Ukraine. Russia launched an offensive. Putin will meet Macron.")
                .entity("e0", EntityType.GOVERNMENT, "Russia")
                .entity("e1", EntityType.PERSON, "Putin")
                .event("invasion", "invade", null, EventStatus.THREATENED, false, "e0")
                .event("invasion", "offensive", LocalDate.of(2022, 2, 12), EventStatus.HAPPENED, true, "e0")
                .event("meeting", "meet", null, EventStatus.PLANNED, false, "e1")
                .checked();

        store.save(a, "test-1");

        assertThat(store.article(a.article().id()).orElseThrow().events()).isEqualTo(a.events())
                .extracting(Event::status).containsExactly(EventStatus.THREATENED, EventStatus.HAPPENED, EventStatus.PLANNED);
        assertThat(events(EventQuery.all())).filteredOn(e -> e.event().estimated()).singleElement()
                .satisfies(e -> assertThat(e.event().triggerText()).isEqualTo("offensive"));
    }

    @Test
    void reopening_a_store_keeps_its_data_and_migrates_nothing_twice() {
        saveAll();

        reopen();

        assertThat(store.counts().articles()).isEqualTo(3);
        assertThat(store.article(Corpus.TUSK_ARTICLE.article().id()).orElseThrow().article()).isEqualTo(Corpus.TUSK_ARTICLE.article());
    }

    // --- writing ---

    @Test
    void saved_article_reads_back_with_its_whole_analysis() {
        ArticleAnalysis a = Corpus.UNDATED_ARTICLE;

        assertThat(store.save(a, "test-1")).isEqualTo(SaveResult.STORED);
        StoredArticle got = store.article(a.article().id()).orElseThrow();

        assertThat(got.article()).isEqualTo(a.article());
        assertThat(got.article().removed()).hasSize(1);
        assertThat(got.date()).isEqualTo(a.date());
        assertThat(got.sentences()).isEqualTo(a.annotated().sentences());
        assertThat(got.mentions()).isEqualTo(a.annotated().mentions());
        assertThat(got.times()).isEqualTo(a.annotated().times());
        assertThat(got.entities()).isEqualTo(a.entities());
        assertThat(got.attributions()).isEqualTo(a.attributions());
        assertThat(got.stances()).isEqualTo(a.stances());
        assertThat(got.events()).isEqualTo(a.events());
        assertThat(got.warnings()).isEqualTo(a.warnings());
        assertThat(got.annotator()).isEqualTo("testkit");
        assertThat(got.analyzerVersion()).isEqualTo("test-1");
    }

    @Test
    void the_text_of_an_article_reads_back_alone_with_its_offsets() {
        ArticleAnalysis a = Corpus.UNDATED_ARTICLE;
        store.save(a, "test-1");

        assertThat(store.text(a.article().id())).contains(a.article().text());
        assertThat(store.text(new org.parley.model.ArticleId("0000000000000000"))).isEmpty();
    }

    @Test
    void every_article_of_the_corpus_round_trips() {
        assertThat(Corpus.TUSK_ARTICLE.annotated().times()).isNotEmpty();
        saveAll();

        for (ArticleAnalysis a : Corpus.ALL) {
            StoredArticle got = store.article(a.article().id()).orElseThrow();
            assertThat(got.article()).isEqualTo(a.article());
            assertThat(got.sentences()).isEqualTo(a.annotated().sentences());
            assertThat(got.mentions()).isEqualTo(a.annotated().mentions());
            assertThat(got.times()).isEqualTo(a.annotated().times());
            assertThat(got.date()).isEqualTo(a.date());
            assertThat(got.warnings()).isEqualTo(a.warnings());
            assertThat(got.entities()).isEqualTo(a.entities());
            assertThat(got.attributions()).isEqualTo(a.attributions());
            assertThat(got.stances()).isEqualTo(a.stances());
            assertThat(got.events()).isEqualTo(a.events());
        }
    }

    @Test
    void saving_a_stored_article_again_is_unchanged_and_writes_nothing() {
        saveAll();
        StoreCounts before = store.counts();

        SaveResult again = store.save(Corpus.RUTTE_ARTICLE, "test-2");

        assertThat(again).isEqualTo(SaveResult.UNCHANGED);
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.article(Corpus.RUTTE_ARTICLE.article().id()).orElseThrow().analyzerVersion()).isEqualTo("test-1");
    }

    @Test
    void contains_knows_articles_by_id_and_by_source_and_content() {
        store.save(Corpus.TUSK_ARTICLE, "test-1");
        var tusk = Corpus.TUSK_ARTICLE.article();

        assertThat(store.contains(tusk.id())).isTrue();
        assertThat(store.contains(Corpus.RUTTE_ARTICLE.article().id())).isFalse();
        assertThat(store.containsSource(tusk.source(), tusk.originalText())).isTrue();
        assertThat(store.containsSource(tusk.source(), tusk.originalText() + " ")).isFalse();
        assertThat(store.containsSource("/elsewhere/tusk-1.txt", tusk.originalText())).isFalse();
    }

    @Test
    void a_failure_in_the_second_half_of_a_save_leaves_nothing_of_the_article() {
        // A stance whose holder key names no local entity of the article: a real value the schema refuses, and
        // it is inserted after the article, its sentences, entities and attributions.
        ArticleAnalysis broken = Analyses.article("broken.txt", "Reuters", LocalDate.of(2025, 1, 5),
                        "Mark Rutte said NATO must spend more. \"More, now,\" Rutte said.")
                .entity("e0", EntityType.PERSON, "Mark Rutte", "Rutte")
                .quote("More, now,", true, AttributionKind.SPEECH, "Rutte", "e0", "Mark Rutte")
                .stance("defence-spending", "Mark Rutte", "e9", "Mark Rutte", Position.SUPPORT,
                        "Mark Rutte said NATO must spend more.", null)
                .build();

        assertThatThrownBy(() -> store.save(broken, "test-1"))
                .isInstanceOf(AnalysisRejectedException.class)
                .hasMessageContaining("broken.txt")
                .hasMessageContaining("nothing of it was kept");

        assertThat(store.contains(broken.article().id())).isFalse();
        assertThat(store.counts()).isEqualTo(new StoreCounts(0, 0, 0, 0, 0, 0, 0));
        assertThat(store.search(org.parley.store.search.SearchQuery.of("Rutte"), Page.first(10)).hits()).isEmpty();
        assertThat(store.save(Corpus.RUTTE_ARTICLE, "test-1")).isEqualTo(SaveResult.STORED);
    }

    @Test
    void an_outlet_name_longer_than_an_index_term_is_refused_before_anything_is_written() {
        ArticleAnalysis huge = Analyses.article("huge-outlet.jsonl", "x".repeat(40_000), null,
                "The minister said on Monday that talks would continue.").build();

        assertThatThrownBy(() -> store.save(huge, "test-1"))
                .isInstanceOf(AnalysisRejectedException.class)
                .hasMessageContaining("huge-outlet.jsonl")
                .hasMessageContaining("the outlet name has 40,000 characters (at most 800)")
                .hasMessageContaining("nothing of it was kept")
                .extracting(e -> ((AnalysisRejectedException) e).hint()).asString().contains("shorten");

        assertThat(store.contains(huge.article().id())).isFalse();
        assertThat(store.save(Corpus.RUTTE_ARTICLE, "test-1")).isEqualTo(SaveResult.STORED);
        reopen();
        assertThat(store.counts().articles()).isEqualTo(1);
    }

    @Test
    void an_entity_name_longer_than_a_database_key_is_refused_whole() {
        String name = "Lord " + "Very ".repeat(200) + "Long";
        ArticleAnalysis a = Analyses.article("long-name.txt", "Reuters", null, name + " said talks would continue.")
                .entity("e0", EntityType.PERSON, name)
                .build();

        assertThatThrownBy(() -> store.save(a, "test-1")).isInstanceOf(AnalysisRejectedException.class)
                .hasMessageContaining("the entity name 'Lord Very Very");

        assertThat(store.counts().articles()).isZero();
    }

    @Test
    void two_local_entities_with_one_key_are_refused_whole() {
        ArticleAnalysis broken = Analyses.article("twice.txt", "Reuters", null, "Mark Rutte met Donald Tusk in Warsaw.")
                .entity("e0", EntityType.PERSON, "Mark Rutte")
                .entity("e0", EntityType.PERSON, "Donald Tusk")
                .build();

        assertThatThrownBy(() -> store.save(broken, "test-1")).isInstanceOf(AnalysisRejectedException.class)
                .hasMessageContaining("keys must be unique");

        assertThat(store.counts().articles()).isZero();
    }

    @Test
    void an_analysis_with_spans_outside_its_text_is_refused_before_anything_is_written() {
        ArticleAnalysis a = Corpus.TUSK_ARTICLE;
        var bad = new org.parley.model.Event("call", new org.parley.model.Span(0, 5), "Donal", List.of(), java.util.Optional.empty(),
                new org.parley.model.Span(0, 100_000), 0);
        ArticleAnalysis broken = new ArticleAnalysis(a.annotated(), a.date(), a.entities(), a.attributions(), a.stances(),
                List.of(bad), a.warnings());

        assertThatThrownBy(() -> store.save(broken, "test-1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event evidence");

        assertThat(store.contains(a.article().id())).isFalse();
    }

    @Test
    void nul_characters_are_stored_as_replacement_characters_with_offsets_kept() {
        String text = "Mark Rutte said\u0000 NATO must spend more. \"More, now,\" Rutte said.";
        ArticleAnalysis a = Analyses.article("nul.txt", "Reuters", null, text)
                .entity("e0", EntityType.PERSON, "Mark Rutte", "Rutte")
                .quote("More, now,", true, AttributionKind.SPEECH, "Rutte", "e0", "Mark Rutte")
                .checked();

        assertThat(store.save(a, "test-1")).isEqualTo(SaveResult.STORED);

        StoredArticle got = store.article(a.article().id()).orElseThrow();
        assertThat(got.article().text()).isEqualTo(text.replace('\u0000', '\uFFFD'));
        assertThat(got.attributions()).isEqualTo(a.attributions());
    }

    @Test
    void two_threads_saving_the_same_article_store_it_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (ArticleAnalysis a : Corpus.ALL) {
                CountDownLatch start = new CountDownLatch(1);
                Callable<SaveResult> save = () -> {
                    start.await();
                    return store.save(a, "test-1");
                };
                Future<SaveResult> first = pool.submit(save);
                Future<SaveResult> second = pool.submit(save);
                start.countDown();

                assertThat(List.of(first.get(), second.get()))
                        .containsExactlyInAnyOrder(SaveResult.STORED, SaveResult.UNCHANGED);
            }
        } finally {
            pool.shutdownNow();
        }
        StoreCounts counts = store.counts();
        assertThat(counts.articles()).isEqualTo(3);
        assertThat(counts.attributions()).isEqualTo(Corpus.ALL.stream().mapToLong(a -> a.attributions().size()).sum());
        assertThat(store.search(org.parley.store.search.SearchQuery.of("Rutte")
                .in(org.parley.store.search.SearchQuery.Scope.ARTICLES), Page.first(10)).total()).isEqualTo(3);
    }

    // --- reading ---

    @Test
    void articles_are_listed_in_storage_order_with_their_counts() {
        saveAll();

        List<ArticleSummary> list = all(store::articles);

        assertThat(list).extracting(ArticleSummary::id).containsExactlyElementsOf(
                Corpus.ALL.stream().map(a -> a.article().id()).toList());
        ArticleSummary rutte = list.getFirst();
        assertThat(rutte.outlet()).isEqualTo("Reuters");
        assertThat(rutte.date().date()).contains(LocalDate.of(2025, 2, 13));
        assertThat(rutte.counts()).isEqualTo(new ArticleSummary.Counts(4, Corpus.RUTTE_ARTICLE.annotated().mentions().size(),
                3, 2, 1, 1));
        assertThat(list.get(2).date().estimated()).isTrue();
        assertThat(list.get(2).published()).isEmpty();
    }

    @Test
    void a_page_cursor_stays_valid_when_articles_are_added_later() {
        store.save(Corpus.RUTTE_ARTICLE, "test-1");
        store.save(Corpus.TUSK_ARTICLE, "test-1");
        Paged<ArticleSummary> first = store.articles(Page.first(1));

        store.save(Corpus.UNDATED_ARTICLE, "test-1");
        Paged<ArticleSummary> second = store.articles(Page.after(1, first.next().orElseThrow()));
        Paged<ArticleSummary> again = store.articles(Page.after(1, first.next().orElseThrow()));

        assertThat(first.items()).extracting(ArticleSummary::id).containsExactly(Corpus.RUTTE_ARTICLE.article().id());
        assertThat(second.items()).extracting(ArticleSummary::id).containsExactly(Corpus.TUSK_ARTICLE.article().id());
        assertThat(again).isEqualTo(second);
        assertThat(store.articles(Page.after(1, second.next().orElseThrow())).items())
                .extracting(ArticleSummary::id).containsExactly(Corpus.UNDATED_ARTICLE.article().id());
    }

    @Test
    void articles_filter_by_outlet_and_date() {
        saveAll();

        assertThat(all(p -> store.articles(ArticleQuery.all().inOutlet("reuters"), p))).extracting(ArticleSummary::name)
                .containsExactly("rutte-1.txt", "undated.txt");
        assertThat(all(p -> store.articles(ArticleQuery.all().between(LocalDate.of(2025, 3, 1), null), p)))
                .extracting(ArticleSummary::name).containsExactly("tusk-1.txt");
    }

    @Test
    void stances_and_events_list_by_date_with_undated_ones_last() {
        store.save(Corpus.TUSK_ARTICLE, "test-1");
        store.save(Corpus.UNDATED_ARTICLE, "test-1");
        store.save(Corpus.RUTTE_ARTICLE, "test-1");

        assertThat(stances(StanceQuery.all())).extracting(s -> s.stance().holder().name())
                .containsExactly("Donald Tusk", "Rutte", "Mark Rutte");
        assertThat(stances(StanceQuery.all().ordered(Order.CHRONOLOGICAL))).extracting(s -> s.stance().holder().name())
                .containsExactly("Mark Rutte", "Donald Tusk", "Rutte");
        assertThat(events(EventQuery.all().ordered(Order.CHRONOLOGICAL))).extracting(e -> e.event().kind())
                .containsExactly("meeting", "call", "statement");
        assertThat(events(EventQuery.all().ordered(Order.CHRONOLOGICAL).between(LocalDate.of(2025, 2, 1), null)))
                .extracting(e -> e.event().kind()).containsExactly("meeting", "call");
    }

    @Test
    void attributions_stances_and_events_are_found_by_their_ids() {
        saveAll();
        StoredAttribution a = store.attributions(AttributionQuery.all(), Page.first(1)).items().getFirst();
        StoredStance s = store.stances(StanceQuery.all(), Page.first(1)).items().getFirst();
        StoredEvent e = store.events(EventQuery.all(), Page.first(1)).items().getFirst();

        assertThat(store.attribution(a.id())).contains(a);
        assertThat(store.stance(s.id())).contains(s);
        assertThat(store.event(e.id())).contains(e);
        assertThat(store.attribution(-1)).isEmpty();
    }

    @Test
    void a_cursor_that_was_never_given_out_is_refused_with_a_hint() {
        assertThatThrownBy(() -> store.events(EventQuery.all().ordered(Order.CHRONOLOGICAL), Page.after(5, "17")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start again without a cursor");
        assertThatThrownBy(() -> store.articles(Page.after(5, "abc")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start again without a cursor");
    }

    @Test
    void attributions_filter_by_kind_direct_article_text_and_date() {
        saveAll();

        assertThat(texts(AttributionQuery.all())).hasSize(4);
        assertThat(texts(AttributionQuery.all().withKind(AttributionKind.REPORT)))
                .containsExactly("the summit in The Hague would decide");
        assertThat(texts(AttributionQuery.all().onlyDirect())).containsExactly(
                "We need to do more, and faster,", "Poland will not send soldiers to Ukraine,", "Spending must rise,");
        assertThat(texts(AttributionQuery.all().withArticle(Corpus.TUSK_ARTICLE.article().id())))
                .containsExactly("Poland will not send soldiers to Ukraine,");
        assertThat(texts(AttributionQuery.all().withTextContaining("SOLDIERS"))).containsExactly(
                "Poland will not send soldiers to Ukraine,");
        assertThat(texts(AttributionQuery.all().withTextContaining("100%_"))).isEmpty();
        assertThat(texts(AttributionQuery.all().between(LocalDate.of(2025, 3, 1), null))).containsExactly(
                "Poland will not send soldiers to Ukraine,");
        assertThat(texts(AttributionQuery.all().between(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28))))
                .containsExactly("We need to do more, and faster,", "the summit in The Hague would decide");
    }

    @Test
    void attributions_filter_by_issue_through_stances_read_from_the_same_sentence() {
        saveAll();

        assertThat(texts(AttributionQuery.all().withIssue("troops-ukraine"))).isEmpty();
        store.save(Analyses.article("issue.txt", "AP", LocalDate.of(2025, 4, 1),
                        "\"We will never send troops,\" Tusk said.")
                .entity("e0", EntityType.PERSON, "Tusk")
                .quote("We will never send troops,", true, AttributionKind.SPEECH, "Tusk", "e0", "Tusk")
                .stance("troops-ukraine", "Tusk", "e0", "Tusk", Position.OPPOSE, "\"We will never send troops,\" Tusk said.", null)
                .checked(), "test-1");

        assertThat(texts(AttributionQuery.all().withIssue("troops-ukraine"))).containsExactly("We will never send troops,");
    }

    @Test
    void attributions_by_speaker_join_through_the_resolution_and_report_canonical_names() {
        saveAll();
        assertThat(texts(AttributionQuery.all().withSpeaker(Corpus.RUTTE))).isEmpty();

        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);
        List<StoredAttribution> rutte = all(p -> store.attributions(AttributionQuery.all().withSpeaker(Corpus.RUTTE), p));

        assertThat(rutte).extracting(a -> a.attribution().text())
                .containsExactly("We need to do more, and faster,", "Spending must rise,");
        assertThat(rutte).allSatisfy(a -> assertThat(a.speaker()).contains(new EntityRef(Corpus.RUTTE, "Mark Rutte")));
        assertThat(rutte.get(1).article().date()).isEmpty();
        assertThat(rutte.get(0).article().outlet()).isEqualTo("Reuters");
    }

    @Test
    void attributions_by_speaker_name_match_local_names_and_aliases_of_the_resolved_entity() {
        saveAll();

        assertThat(texts(AttributionQuery.all().withSpeakerName("rutte"))).hasSize(2);
        assertThat(texts(AttributionQuery.all().withSpeakerName("officials"))).containsExactly("the summit in The Hague would decide");
        assertThat(texts(AttributionQuery.all().withSpeakerName("Secretary General"))).isEmpty();

        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        assertThat(texts(AttributionQuery.all().withSpeakerName("Secretary General")))
                .containsExactly("We need to do more, and faster,", "Spending must rise,");
    }

    @Test
    void attribution_pages_are_stable_and_cover_every_attribution_once() {
        saveAll();

        List<StoredAttribution> paged = all(p -> store.attributions(AttributionQuery.all(), p));
        Paged<StoredAttribution> one = store.attributions(AttributionQuery.all(), Page.first(100));

        assertThat(paged).isEqualTo(one.items());
        assertThat(one.next()).isEmpty();
        assertThat(paged).extracting(StoredAttribution::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void stances_filter_by_issue_holder_and_date_of_statement_or_article() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        assertThat(stances(StanceQuery.all().withIssue("defence-spending"))).extracting(s -> s.stance().holder().name())
                .containsExactly("Mark Rutte", "Rutte");
        assertThat(stances(StanceQuery.all().withHolder(Corpus.TUSK))).extracting(s -> s.stance().position())
                .containsExactly(Position.OPPOSE);
        assertThat(stances(StanceQuery.all().withHolderName("tusk"))).hasSize(1);
        assertThat(stances(StanceQuery.all().withHolder(Corpus.RUTTE))).allSatisfy(s ->
                assertThat(s.holder()).contains(new EntityRef(Corpus.RUTTE, "Mark Rutte")));
        // The Tusk stance is dated 2025-03-01 by its statement, its article 2025-03-02.
        assertThat(stances(StanceQuery.all().between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1))))
                .extracting(s -> s.stance().issue()).containsExactly("troops-ukraine");
        assertThat(stances(StanceQuery.all().between(LocalDate.of(2025, 2, 13), LocalDate.of(2025, 2, 13))))
                .extracting(s -> s.stance().holder().name()).containsExactly("Mark Rutte");
    }

    @Test
    void events_filter_by_date_range_kind_and_participant() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        assertThat(events(EventQuery.all())).hasSize(3);
        assertThat(events(EventQuery.all().between(LocalDate.of(2025, 3, 1), null))).extracting(e -> e.event().kind())
                .containsExactly("call");
        assertThat(events(EventQuery.all().between(null, LocalDate.of(2025, 2, 28)))).extracting(e -> e.event().kind())
                .containsExactly("meeting");
        assertThat(events(EventQuery.all().withKind("statement"))).singleElement()
                .satisfies(e -> assertThat(e.event().when()).isEmpty());
        List<StoredEvent> withTusk = events(EventQuery.all().withParticipant(Corpus.TUSK));
        assertThat(withTusk).extracting(e -> e.event().kind()).containsExactly("meeting", "call");
        assertThat(withTusk.getFirst().participants()).containsExactly(
                new EntityRef(Corpus.RUTTE, "Mark Rutte"), new EntityRef(Corpus.TUSK, "Donald Tusk"));
    }

    @Test
    void entities_list_by_type_with_counts_of_mentions_and_articles() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        List<EntitySummary> people = all(p -> store.entities(EntityQuery.all().withType(EntityType.PERSON), p));
        EntitySummary rutte = store.entity(Corpus.RUTTE).orElseThrow();

        assertThat(people).extracting(e -> e.entity().id()).containsExactlyInAnyOrder(Corpus.RUTTE, Corpus.TUSK);
        assertThat(rutte.entity()).isEqualTo(Corpus.ENTITIES.getFirst());
        assertThat(rutte.articles()).isEqualTo(3);
        assertThat(rutte.mentions()).isEqualTo(mentionsLinkedTo(Corpus.RUTTE));
        assertThat(all(p -> store.entities(EntityQuery.all().withNameContaining("ALLIANCE"), p)))
                .extracting(e -> e.entity().id()).containsExactly(Corpus.NATO);
        assertThat(store.counts().entities()).isEqualTo(4);
    }

    @Test
    void local_entities_come_grouped_by_article_for_the_resolver() {
        saveAll();

        List<ArticleEntities> local = store.localEntities();

        assertThat(local).extracting(ArticleEntities::article)
                .containsExactlyElementsOf(Corpus.ALL.stream().map(a -> a.article().id()).toList());
        assertThat(local.getFirst().entities()).isEqualTo(Corpus.RUTTE_ARTICLE.entities());
    }

    @Test
    void a_new_resolution_replaces_the_old_one_whole() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        var other = new org.parley.model.Entity(new org.parley.model.EntityId("person:someone"), "Someone",
                EntityType.PERSON, java.util.Set.of(), java.util.Set.of());
        store.replaceEntityResolution(Map.of(Corpus.ref(Corpus.TUSK_ARTICLE, "e0"), other.id()), List.of(other));

        assertThat(all(p -> store.entities(EntityQuery.all(), p))).extracting(e -> e.entity().name()).containsExactly("Someone");
        assertThat(texts(AttributionQuery.all().withSpeaker(Corpus.RUTTE))).isEmpty();
        assertThat(texts(AttributionQuery.all().withSpeaker(other.id()))).containsExactly("Poland will not send soldiers to Ukraine,");
    }

    @Test
    void a_resolution_naming_an_unknown_local_entity_is_refused_and_the_old_one_kept() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        var bad = Map.of(new org.parley.model.LocalRef(Corpus.TUSK_ARTICLE.article().id(), "e42"), Corpus.TUSK);
        assertThatThrownBy(() -> store.replaceEntityResolution(bad, Corpus.ENTITIES)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not given");

        assertThat(store.counts().entities()).isEqualTo(4);
        assertThat(texts(AttributionQuery.all().withSpeaker(Corpus.TUSK))).hasSize(1);
    }

    private long mentionsLinkedTo(org.parley.model.EntityId id) {
        long n = 0;
        for (var link : Corpus.links().entrySet()) {
            if (!link.getValue().equals(id)) continue;
            ArticleAnalysis a = Corpus.ALL.stream().filter(x -> x.article().id().equals(link.getKey().article())).findFirst().orElseThrow();
            n += a.entities().stream().filter(e -> e.key().equals(link.getKey().key())).mapToLong(e -> e.mentions().size()).sum();
        }
        return n;
    }

    List<String> texts(AttributionQuery q) {
        return all(p -> store.attributions(q, p)).stream().map(a -> a.attribution().text()).toList();
    }

    List<StoredStance> stances(StanceQuery q) {
        return all(p -> store.stances(q, p));
    }

    List<StoredEvent> events(EventQuery q) {
        return all(p -> store.events(q, p));
    }
}
