package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;

/**
 * Signatures, stories and story links (V2__stories.sql), run against each database: {@link H2StoryStoreTest}
 * always, {@link PostgresStoryStoreTest} when a server is configured.
 */
abstract class StoryStoreContract extends StoreTestBase {
    private static final ArticleId RUTTE = Corpus.RUTTE_ARTICLE.article().id();
    private static final ArticleId TUSK = Corpus.TUSK_ARTICLE.article().id();
    private static final ArticleId UNDATED = Corpus.UNDATED_ARTICLE.article().id();

    private static StoryRecord story(String id, ArticleId first, LocalDate from, LocalDate to) {
        return new StoryRecord(id, "label of " + id, Optional.ofNullable(from), Optional.ofNullable(to), first);
    }

    private void saveTwoStories() {
        store.stories().save(List.of(story("s-rutte", RUTTE, LocalDate.of(2025, 2, 13), LocalDate.of(2025, 2, 13)),
                        story("s-tusk", TUSK, LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 2))),
                List.of(new StoryLink(RUTTE, "s-rutte", 0, true, 0.0), new StoryLink(TUSK, "s-tusk", 1, true, 0.1),
                        new StoryLink(UNDATED, "s-rutte", 2, false, 0.5)));
    }

    @Test
    void signatures_round_trip_under_their_scheme_only() {
        saveAll();
        int[] sig = {1, -2, Integer.MAX_VALUE, 0};

        store.stories().saveSignatures("scheme-a", Map.of(RUTTE, sig));

        assertThat(store.stories().signatures("scheme-a")).containsOnlyKeys(RUTTE);
        assertThat(store.stories().signatures("scheme-a").get(RUTTE)).containsExactly(sig);
        assertThat(store.stories().signatures("scheme-b")).isEmpty();
    }

    @Test
    void a_signature_saved_again_replaces_the_old_one() {
        saveAll();
        store.stories().saveSignatures("scheme-a", Map.of(RUTTE, new int[] {1, 2}));

        store.stories().saveSignatures("scheme-b", Map.of(RUTTE, new int[] {3, 4}));

        assertThat(store.stories().signatures("scheme-a")).isEmpty();
        assertThat(store.stories().signatures("scheme-b").get(RUTTE)).containsExactly(3, 4);
    }

    @Test
    void texts_come_in_storage_order_with_name_outlet_date_and_text() {
        saveAll();
        List<ArticleText> texts = new ArrayList<>();

        store.stories().texts(texts::add);

        assertThat(texts).extracting(ArticleText::id).containsExactly(RUTTE, TUSK, UNDATED);
        assertThat(texts.get(0).name()).isEqualTo("rutte-1.txt");
        assertThat(texts.get(0).outlet()).isEqualTo("Reuters");
        assertThat(texts.get(0).date()).contains(LocalDate.of(2025, 2, 13));
        assertThat(texts.get(2).text()).isEqualTo(Corpus.UNDATED_ARTICLE.article().text());
    }

    @Test
    void links_read_back_in_the_order_articles_entered_the_clusterer() {
        saveAll();
        saveTwoStories();

        assertThat(store.stories().links()).extracting(StoryLink::article, StoryLink::story, StoryLink::ord)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RUTTE, "s-rutte", 0L),
                        org.assertj.core.groups.Tuple.tuple(TUSK, "s-tusk", 1L),
                        org.assertj.core.groups.Tuple.tuple(UNDATED, "s-rutte", 2L));
        reopen();
        assertThat(store.stories().links()).hasSize(3);
    }

    @Test
    void an_article_is_never_linked_twice_and_a_refused_save_keeps_nothing() {
        saveAll();
        store.stories().save(List.of(story("s-rutte", RUTTE, null, null)), List.of(new StoryLink(RUTTE, "s-rutte", 0, true, 0)));

        assertThatThrownBy(() -> store.stories().save(List.of(story("s-other", TUSK, null, null)),
                List.of(new StoryLink(TUSK, "s-other", 1, true, 0), new StoryLink(RUTTE, "s-other", 2, false, 0.9))))
                .isInstanceOf(StoreException.class);

        assertThat(store.stories().links()).extracting(StoryLink::story).containsExactly("s-rutte");
        assertThat(store.stories().stories()).extracting(s -> s.story().id()).containsExactly("s-rutte");
    }

    @Test
    void saving_a_story_again_updates_its_label_and_dates() {
        saveAll();
        saveTwoStories();

        store.stories().save(List.of(new StoryRecord("s-rutte", "new label", Optional.of(LocalDate.of(2025, 2, 1)),
                Optional.of(LocalDate.of(2025, 2, 20)), RUTTE)), List.of());

        StoryRecord r = store.stories().stories().get(0).story();
        assertThat(r.label()).isEqualTo("new label");
        assertThat(r.first()).contains(LocalDate.of(2025, 2, 1));
        assertThat(r.last()).contains(LocalDate.of(2025, 2, 20));
    }

    @Test
    void stories_carry_their_articles_outlets_resolved_people_by_mentions_and_issues() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);
        saveTwoStories();

        List<StoredStory> stories = store.stories().stories();

        assertThat(stories).extracting(s -> s.story().id()).containsExactly("s-rutte", "s-tusk");
        StoredStory rutte = stories.get(0);
        assertThat(rutte.articles()).extracting(ArticleRef::name).containsExactly("rutte-1.txt", "undated.txt");
        assertThat(rutte.outlets()).containsExactly("Reuters");
        assertThat(rutte.people()).containsExactly(new StoredStory.Count("Mark Rutte", 5), new StoredStory.Count("Donald Tusk", 1));
        assertThat(rutte.issues()).containsExactly(new StoredStory.Count("defence-spending", 2));
        assertThat(stories.get(1).people().get(0)).isEqualTo(new StoredStory.Count("Donald Tusk", 3));
        assertThat(stories.get(1).issues()).containsExactly(new StoredStory.Count("troops-ukraine", 1));
    }

    @Test
    void entity_links_give_each_local_entity_its_canonical_name() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);

        Map<org.parley.model.LocalRef, EntityRef> links = store.stories().entityLinks();

        assertThat(links).hasSize(Corpus.links().size());
        assertThat(links.get(Corpus.ref(Corpus.UNDATED_ARTICLE, "e0")).name()).isEqualTo("Mark Rutte");
    }
}
