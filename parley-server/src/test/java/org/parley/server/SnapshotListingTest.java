package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.AttributionKind;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;
import org.parley.model.Position;
import org.parley.server.api.StoreView;
import org.parley.server.story.SimpleStoryViews;
import org.parley.store.AttributionQuery;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.StanceQuery;
import org.parley.store.Store;

/** The snapshot's quote and stance listings give exactly what the store's own queries give, page by page. */
class SnapshotListingTest {
    private static final List<Integer> LIMITS = List.of(1, 7, 50, 1000);
    @TempDir
    static Path dir;
    static Store store;
    static StoreView view;

    @BeforeAll
    static void fill() {
        store = Fixtures.openStore(dir);
        Fixtures.generated(60).saveTo(store);
        // Cases the generated articles lack: a speaker named differently at the quote ("the envoy"), a name known only
        // as an alias of the resolved entity ("Madam Chair"), a quote running into the sentence of a stance, no article date, a stance dated in its text.
        store.save(ArticleBuilder.article("extra-1", "Wire", "Envoy on aid", null,
                        "Anna Berg arrived. \"Talks matter. We back aid,\" the envoy said.", "PERSON:Anna Berg")
                .alias("Anna Berg", "Madam Chair")
                .quote("Talks matter. We back aid", true, "the envoy", "Anna Berg")
                .stance("aid", "Anna Berg", Position.SUPPORT, "We back aid", null, false)
                .stance("sanctions", "Anna Berg", Position.OPPOSE, "Anna Berg arrived", LocalDate.of(2023, 1, 5), false)
                .build(), "fixture-1");
        resolveByName(store);
        view = new StoreView(store, new SimpleStoryViews());
    }

    /** Links every local entity to a global one per type and name, with the aliases of all of them. */
    private static void resolveByName(Store s) {
        Map<LocalRef, EntityId> links = new HashMap<>();
        Map<EntityId, Entity> entities = new LinkedHashMap<>();
        for (ArticleEntities article : s.localEntities()) {
            for (LocalEntity e : article.entities()) {
                EntityId id = new EntityId(e.type().name().toLowerCase(Locale.ROOT) + ":"
                        + e.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-"));
                links.put(new LocalRef(article.article(), e.key()), id);
                Set<String> aliases = new LinkedHashSet<>(e.aliases());
                Entity known = entities.get(id);
                if (known != null) aliases.addAll(known.aliases());
                entities.put(id, new Entity(id, e.name(), e.type(), aliases, Set.of()));
            }
        }
        s.replaceEntityResolution(links, entities.values());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ArticleId article(String title) {
        return view.snapshot().articles().stream().filter(a -> a.title().equals(title)).findFirst().orElseThrow().id();
    }

    /** Walks every page at several limits, the store's page and the snapshot's page with the same cursor each time. */
    private static <Q, T> int sameAsStore(Q q, BiFunction<Q, Page, Paged<T>> fromStore, BiFunction<Q, Page, Paged<T>> fromSnapshot) {
        int items = -1;
        for (int limit : LIMITS) {
            List<T> all = new ArrayList<>();
            Page page = Page.first(limit);
            while (true) {
                Paged<T> expected = fromStore.apply(q, page);
                assertThat(fromSnapshot.apply(q, page)).as("%s, limit %d, cursor %s", q, limit, page.cursor()).isEqualTo(expected);
                all.addAll(expected.items());
                if (expected.next().isEmpty()) break;
                page = Page.after(limit, expected.next().get());
            }
            if (items >= 0) assertThat(all).hasSize(items);
            items = all.size();
        }
        return items;
    }

    private static int quotes(AttributionQuery q) {
        return sameAsStore(q, store::attributions, view.snapshot().quoteListing()::list);
    }

    private static int stances(StanceQuery q) {
        return sameAsStore(q, store::stances, view.snapshot().stanceListing()::list);
    }

    @Test
    void quote_filters_give_what_the_store_gives() {
        AttributionQuery all = AttributionQuery.all();
        assertThat(quotes(all)).isEqualTo(view.snapshot().quotes().size()).isGreaterThan(100);
        assertThat(quotes(all.withSpeaker(Fixtures.person("Anna Berg")))).isGreaterThan(3);
        assertThat(quotes(all.withSpeaker(new EntityId("person:nobody")))).isZero();
        // Names match the article's name, the surface and the resolved entity's name and aliases, in any case.
        for (String name : List.of("berg", "BERG", "anna b", "Lind", "vance", "a", "zzz", "%", "_", "!", "Berg ")) {
            quotes(all.withSpeakerName(name));
        }
        assertThat(quotes(all.withSpeakerName("anna berg"))).isEqualTo(quotes(all.withSpeaker(Fixtures.person("Anna Berg"))));
        assertThat(quotes(all.withSpeakerName("Envoy"))).isEqualTo(1);
        assertThat(quotes(all.withSpeakerName("madam chair"))).isEqualTo(quotes(all.withSpeaker(Fixtures.person("Anna Berg"))));
        assertThat(quotes(all.withArticle(article("Berg backs ceasefire talks")))).isEqualTo(2);
        assertThat(quotes(all.withArticle(new ArticleId("0123456789abcdef")))).isZero();
        for (String issue : List.of("ceasefire", "sanctions", "aid", "elections", "no such issue")) quotes(all.withIssue(issue));
        assertThat(quotes(all.withIssue("ceasefire"))).isPositive();
        assertThat(quotes(all.withIssue("aid").withArticle(article("Envoy on aid")))).isEqualTo(1);
        for (AttributionKind kind : AttributionKind.values()) quotes(all.withKind(kind));
        assertThat(quotes(all.onlyDirect())).isPositive().isLessThan(quotes(all));
        assertThat(quotes(all.between(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 5)))).isEqualTo(5);
        quotes(all.between(LocalDate.of(2024, 6, 1), null));
        quotes(all.between(null, LocalDate.of(2024, 3, 1)));
        assertThat(quotes(all.between(LocalDate.MIN, LocalDate.MAX))).isEqualTo(quotes(all) - 1);
        for (String text : List.of("the", "CEASEFIRE", "round 1", "<a href", "%", "nothing like this")) {
            quotes(all.withTextContaining(text));
        }
        quotes(all.withSpeakerName("berg").onlyDirect());
        quotes(all.withIssue("ceasefire").withSpeaker(Fixtures.person("Tomas Lind")));
        quotes(all.withTextContaining("round").between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 9, 1)).withKind(AttributionKind.SPEECH));
        quotes(all.withArticle(article("Lind softens on ceasefire")).withSpeakerName("lind").onlyDirect());
    }

    @Test
    void stance_filters_give_what_the_store_gives() {
        StanceQuery all = StanceQuery.all();
        assertThat(stances(all)).isEqualTo(view.snapshot().stances().size()).isGreaterThan(50);
        for (String issue : List.of("ceasefire", "sanctions", "aid", "elections", "no such issue")) stances(all.withIssue(issue));
        assertThat(stances(all.withHolder(Fixtures.person("Tomas Lind")))).isPositive();
        assertThat(stances(all.withHolder(new EntityId("person:nobody")))).isZero();
        for (String name : List.of("lind", "NORDIC", "council", "berg", "e", "zzz", "%", "_")) stances(all.withHolderName(name));
        assertThat(stances(all.withHolderName("madam"))).isEqualTo(stances(all.withHolder(Fixtures.person("Anna Berg"))));
        assertThat(stances(all.withArticle(article("Berg backs ceasefire talks")))).isEqualTo(3);
        stances(all.between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        stances(all.between(null, LocalDate.of(2024, 5, 1)));
        assertThat(stances(all.between(LocalDate.MIN, LocalDate.MAX))).isEqualTo(stances(all) - 1);
        assertThat(stances(all.between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31)))).isEqualTo(1);
        stances(all.withIssue("ceasefire").withHolderName("lind").between(LocalDate.of(2025, 1, 1), null));
        stances(all.withIssue("sanctions").withHolder(Fixtures.person("Anna Berg")));
    }

    @Test
    void a_cursor_from_one_snapshot_reads_on_in_the_next(@TempDir Path own) {
        try (Store changing = Fixtures.openStore(own)) {
            Fixtures.story().saveTo(changing);
            AttributionQuery q = AttributionQuery.all().withSpeakerName("berg");
            StoreView.Snapshot before = new StoreView(changing, new SimpleStoryViews()).snapshot();
            Paged<?> first = before.quoteListing().list(q, Page.first(2));
            changing.save(ArticleBuilder.article("late-1", "Daily Ledger", "Berg speaks late", LocalDate.of(2025, 4, 1),
                            "\"We stay the course,\" Anna Berg said.", "PERSON:Anna Berg")
                    .quote("We stay the course", true, "Anna Berg", "Anna Berg").build(), "fixture-1");
            // A snapshot loaded after the new article: the old cursor still means "after that quote", and the new
            // quote (a larger id) comes on the last page.
            StoreView.Snapshot after = new StoreView(changing, new SimpleStoryViews()).snapshot();
            assertThat(after.quotes()).hasSize(before.quotes().size() + 1);
            Page second = Page.after(2, first.next().orElseThrow());
            Paged<?> next = after.quoteListing().list(q, second);
            assertThat(next).isEqualTo(changing.attributions(q, second));
            assertThat(next.items()).hasSize(2);
        }
    }

    @Test
    void a_cursor_no_listing_gave_out_is_refused_like_the_store_refuses_it() {
        Page bad = Page.after(10, "not-a-number");
        assertThatThrownBy(() -> view.snapshot().quoteListing().list(AttributionQuery.all(), bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-a-number");
        assertThatThrownBy(() -> view.snapshot().stanceListing().list(StanceQuery.all(), bad))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-a-number");
    }
}
