package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Position;
import org.parley.model.Speaker;
import org.parley.store.Correction.Action;
import org.parley.store.search.SearchQuery;

/**
 * Review and correction (V5__corrections.sql), run against each database: {@link H2ReviewTest} always,
 * {@link PostgresReviewTest} when a server is configured. Corrections must show in every listing and lookup,
 * keep their history, come undone, and survive the rows being written again with new ids.
 */
abstract class ReviewContract extends StoreTestBase {
    private StoredStance tuskStance() {
        return store.stances(StanceQuery.all().withIssue("troops-ukraine"), Page.first(10)).items().getFirst();
    }

    private StoredAttribution tuskQuote() {
        return store.attributions(AttributionQuery.all().withTextContaining("Poland will not send"), Page.first(10)).items().getFirst();
    }

    @Test
    void a_corrected_polarity_shows_in_listings_lookups_and_the_article_and_says_it_was_corrected() {
        saveAll();
        StoredStance before = tuskStance();

        Correction c = store.reviews().stance(before.id(), Action.SET_POLARITY, Optional.of("mixed"), "hedged", "ana");

        assertThat(c.oldValue()).contains("oppose");
        assertThat(c.newValue()).contains("mixed");
        assertThat(c.by()).isEqualTo("ana");
        StoredStance after = store.stance(before.id()).orElseThrow();
        assertThat(after.stance().position()).isEqualTo(Position.MIXED);
        assertThat(after.review().orElseThrow().corrected()).containsEntry("polarity", "oppose");
        assertThat(after.review().get().summary()).isEqualTo("corrected");
        assertThat(tuskStance().stance().position()).isEqualTo(Position.MIXED);
        assertThat(store.article(before.article().id()).orElseThrow().stances()).extracting(s -> s.position())
                .containsExactly(Position.MIXED);
    }

    @Test
    void a_rejected_stance_leaves_listings_unless_asked_for_and_comes_back_when_the_reject_is_undone() {
        saveAll();
        StoredStance s = tuskStance();

        Correction reject = store.reviews().stance(s.id(), Action.REJECT, Optional.empty(), "", "ana");

        assertThat(all(p -> store.stances(StanceQuery.all(), p))).extracting(StoredStance::id).doesNotContain(s.id());
        assertThat(store.stances(StanceQuery.all().withRejected(), Page.first(10)).items())
                .filteredOn(x -> x.id() == s.id()).singleElement()
                .satisfies(x -> assertThat(x.review().orElseThrow().rejected()).isTrue());
        assertThat(store.article(s.article().id()).orElseThrow().stances()).isEmpty();

        Correction undo = store.reviews().undo(reject.id(), "wrong button", "ben");

        assertThat(undo.undoes()).contains(reject.id());
        assertThat(tuskStance().id()).isEqualTo(s.id());
        assertThat(tuskStance().review()).isEmpty();
        assertThat(store.reviews().list(Page.first(10)).items())
                .extracting(Correction::id, Correction::action, Correction::undoneBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reject.id(), Action.REJECT, Optional.of(undo.id())),
                        org.assertj.core.groups.Tuple.tuple(undo.id(), Action.UNDO, Optional.empty()));
    }

    @Test
    void the_latest_verdict_in_force_wins_and_undoing_it_brings_back_the_one_before() {
        saveAll();
        StoredStance s = tuskStance();
        store.reviews().stance(s.id(), Action.CONFIRM, Optional.empty(), "", "ana");
        Correction reject = store.reviews().stance(s.id(), Action.REJECT, Optional.empty(), "", "ben");
        assertThat(store.stance(s.id()).orElseThrow().review().orElseThrow().rejected()).isTrue();

        store.reviews().undo(reject.id(), "", "ana");

        assertThat(store.stance(s.id()).orElseThrow().review().orElseThrow().confirmed()).isTrue();
        assertThatThrownBy(() -> store.reviews().undo(reject.id(), "", "ana"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undone already");
    }

    @Test
    void a_corrected_holder_drops_the_entity_and_is_found_by_its_new_name_only() {
        saveAll();
        store.replaceEntityResolution(Corpus.links(), Corpus.ENTITIES);
        StoredStance s = tuskStance();
        assertThat(s.holder()).isPresent();

        store.reviews().stance(s.id(), Action.SET_HOLDER, Optional.of("Andrzej Duda"), "", "ana");

        StoredStance after = store.stance(s.id()).orElseThrow();
        assertThat(after.stance().holder().name()).isEqualTo("Andrzej Duda");
        assertThat(after.holder()).isEmpty();
        assertThat(store.stances(StanceQuery.all().withHolderName("duda"), Page.first(10)).items()).hasSize(1);
        assertThat(store.stances(StanceQuery.all().withHolderName("tusk"), Page.first(10)).items()).isEmpty();
        assertThat(store.stances(StanceQuery.all().withHolder(Corpus.TUSK), Page.first(10)).items()).isEmpty();
    }

    @Test
    void a_condition_is_set_from_the_articles_words_and_can_be_removed() {
        saveAll();
        StoredStance s = tuskStance();

        store.reviews().stance(s.id(), Action.SET_CONDITION, Optional.of("red-line: would not send troops"), "", "ana");

        var condition = store.stance(s.id()).orElseThrow().stance().condition().orElseThrow();
        assertThat(condition.kind().label()).isEqualTo("red-line");
        String text = store.text(s.article().id()).orElseThrow();
        assertThat(condition.span().of(text)).isEqualTo("would not send troops");
        assertThatThrownBy(() -> store.reviews().stance(s.id(), Action.SET_CONDITION, Optional.of("demand: money"), "", "ana"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'money' is not in the article's text");

        store.reviews().stance(s.id(), Action.SET_CONDITION, Optional.of("none"), "", "ana");

        assertThat(store.stance(s.id()).orElseThrow().stance().condition()).isEmpty();
    }

    @Test
    void a_corrected_speaker_shows_in_listings_and_searches_and_a_rejected_quote_is_not_found() {
        saveAll();
        StoredAttribution q = tuskQuote();

        store.reviews().quote(q.id(), Action.SET_SPEAKER, Optional.of("Radoslaw Sikorski"), "", "ana");

        assertThat(((Speaker.Known) store.attribution(q.id()).orElseThrow().attribution().speaker()).name())
                .isEqualTo("Radoslaw Sikorski");
        assertThat(store.attributions(AttributionQuery.all().withSpeakerName("sikorski"), Page.first(10)).items())
                .extracting(StoredAttribution::id).containsExactly(q.id());
        assertThat(store.search(SearchQuery.of("send").bySpeakerName("sikorski"), Page.first(10)).hits()).hasSize(1);

        store.reviews().quote(q.id(), Action.REJECT, Optional.empty(), "not a quote", "ana");

        assertThat(all(p -> store.attributions(AttributionQuery.all(), p))).extracting(StoredAttribution::id).doesNotContain(q.id());
        assertThat(store.search(SearchQuery.of("send").bySpeakerName("sikorski"), Page.first(10)).hits()).isEmpty();
    }

    @Test
    void bad_corrections_are_refused_with_what_to_do() {
        saveAll();
        long stance = tuskStance().id();
        assertThatThrownBy(() -> store.reviews().stance(999_999, Action.CONFIRM, Optional.empty(), "", "ana"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("parley stances");
        assertThatThrownBy(() -> store.reviews().stance(stance, Action.SET_SPEAKER, Optional.of("X"), "", "ana"))
                .hasMessageContaining("a stance takes: confirm, reject, set-holder");
        assertThatThrownBy(() -> store.reviews().stance(stance, Action.SET_POLARITY, Optional.of("maybe"), "", "ana"))
                .hasMessageContaining("not one of support, oppose, mixed, neutral");
        assertThatThrownBy(() -> store.reviews().stance(stance, Action.SET_POLARITY, Optional.of("oppose"), "", "ana"))
                .hasMessageContaining("already has polarity 'oppose'");
        assertThatThrownBy(() -> store.reviews().stance(stance, Action.CONFIRM, Optional.empty(), "", " "))
                .hasMessageContaining("say who");
        assertThat(store.reviews().list(Page.first(10)).items()).isEmpty();
    }

    @Test
    void corrections_survive_the_rows_being_written_again_with_new_ids() throws Exception {
        saveAll();
        StoredStance s = tuskStance();
        store.reviews().stance(s.id(), Action.SET_POLARITY, Optional.of("support"), "", "ana");
        store.close();
        // What re-extraction does to the rows: the same facts, new ids.
        StoreConfig.Database db = config.database();
        String user = db instanceof StoreConfig.Jdbc j ? j.user() : "";
        String password = db instanceof StoreConfig.Jdbc j ? j.password() : "";
        try (Connection c = DriverManager.getConnection(db.url(), user, password); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE stance SET id = id + 1000");
        }
        store = Store.open(config);

        StoredStance again = tuskStance();

        assertThat(again.id()).isEqualTo(s.id() + 1000);
        assertThat(again.stance().position()).isEqualTo(Position.SUPPORT);
        assertThat(store.reviews().list(Page.first(10)).items()).extracting(Correction::rowId).containsExactly(s.id());
    }

    @Test
    void reviewers_correcting_one_stance_at_once_all_get_their_entry_and_the_latest_wins() throws Exception {
        saveAll();
        long id = tuskStance().id();
        List<java.util.concurrent.Callable<Correction>> reviewers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Action action = i % 2 == 0 ? Action.CONFIRM : Action.REJECT;
            String who = "reviewer-" + i;
            reviewers.add(() -> store.reviews().stance(id, action, Optional.empty(), "", who));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (var f : pool.invokeAll(reviewers)) f.get();
        } finally {
            pool.shutdown();
        }

        List<Correction> history = store.reviews().list(Page.first(100)).items();
        assertThat(history).hasSize(8);
        Correction last = history.getLast();
        Review review = store.stances(StanceQuery.all().withRejected(), Page.first(10)).items().stream()
                .filter(s -> s.id() == id).findFirst().orElseThrow().review().orElseThrow();
        assertThat(review.latest()).isEqualTo(last.id());
        assertThat(review.rejected()).isEqualTo(last.action() == Action.REJECT);
    }

    @Test
    void the_history_pages_through_its_cursor() {
        saveAll();
        long id = tuskStance().id();
        for (String p : List.of("mixed", "support", "neutral")) {
            store.reviews().stance(id, Action.SET_POLARITY, Optional.of(p), "", "ana");
        }

        assertThat(all(p -> store.reviews().list(p))).extracting(c -> c.newValue().orElseThrow())
                .containsExactly("mixed", "support", "neutral");
        assertThat(tuskStance().review().orElseThrow().corrected()).containsEntry("polarity", "oppose");
    }
}
