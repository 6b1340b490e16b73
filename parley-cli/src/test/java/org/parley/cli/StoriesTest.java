package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.DateEstimate;
import org.parley.store.SaveResult;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.StoryLink;
import org.parley.testkit.Docs;

/** Online story assignment over a real H2 store, with hand-made analyses (no language models). */
class StoriesTest {
    private static final String WIRE = "Defence ministers of the alliance met in Brussels on Wednesday to discuss air defence "
            + "systems for Ukraine, ammunition production and the deliveries promised before the summer. The ministers "
            + "agreed to speed up the deliveries of air defence batteries, according to a statement after the meeting. "
            + "Several allies announced new packages of artillery shells and spare parts for tanks.";
    private static final String FLOODS = "Heavy rain flooded streets and car parks across Valencia on Tuesday, forcing "
            + "schools to close and trains to stop. Firefighters rescued drivers trapped on the ring road, and farmers "
            + "reported heavy damage to orange orchards around the city.";

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreConfig.h2(dir.resolve("db").resolve("parley")).withIndexDir(dir.resolve("index")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void save(String name, String text, LocalDate date) {
        Article a = Docs.article(name, text, date);
        ArticleAnalysis analysis = new ArticleAnalysis(Docs.annotated(a), new DateEstimate(Optional.of(date), false, "metadata"),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(store.save(analysis, "test")).isEqualTo(SaveResult.STORED);
    }

    private String storyOf(String name) {
        return store.stories().links().stream().filter(l -> store.summary(l.article()).orElseThrow().name().equals(name))
                .map(StoryLink::story).findFirst().orElseThrow(() -> new AssertionError(name + " has no story"));
    }

    @Test
    void copies_share_a_story_and_an_unrelated_article_opens_its_own() {
        save("wire.txt", WIRE, LocalDate.of(2025, 2, 12));
        save("copy.txt", WIRE.replace("on Wednesday", "on Wednesday afternoon"), LocalDate.of(2025, 2, 12));
        save("floods.txt", FLOODS, LocalDate.of(2025, 2, 11));

        Stories.Summary summary = Stories.refresh(store);

        assertThat(summary).isEqualTo(new Stories.Summary(0, 3, 0));
        assertThat(storyOf("copy.txt")).isEqualTo(storyOf("wire.txt"));
        assertThat(storyOf("floods.txt")).isNotEqualTo(storyOf("wire.txt"));
        assertThat(store.stories().signatures(Signing.SCHEME)).hasSize(3);
    }

    @Test
    void new_articles_are_added_in_date_order_after_the_replay_and_earlier_links_never_move() {
        save("wire.txt", WIRE, LocalDate.of(2025, 2, 12));
        save("floods.txt", FLOODS, LocalDate.of(2025, 2, 11));
        Stories.refresh(store);
        List<StoryLink> before = store.stories().links();
        save("later.txt", WIRE.replace("Several allies", "Many allies"), LocalDate.of(2025, 2, 13));
        save("earlier.txt", FLOODS.replace("Heavy rain", "Torrential rain"), LocalDate.of(2025, 2, 10));

        Stories.Summary summary = Stories.refresh(store);

        assertThat(summary).isEqualTo(new Stories.Summary(2, 2, 0));
        List<StoryLink> after = store.stories().links();
        assertThat(after.subList(0, 2)).isEqualTo(before);
        // date order among the new ones: earlier.txt (Feb 10) entered before later.txt (Feb 13)
        assertThat(store.summary(after.get(2).article()).orElseThrow().name()).isEqualTo("earlier.txt");
        assertThat(after.get(2).ord()).isEqualTo(2);
        assertThat(storyOf("later.txt")).isEqualTo(storyOf("wire.txt"));
        assertThat(storyOf("earlier.txt")).isEqualTo(storyOf("floods.txt"));
        assertThat(Stories.refresh(store)).isEqualTo(new Stories.Summary(0, 0, 0));
    }

    @Test
    void the_body_without_a_repeated_headline_is_what_is_clustered() {
        assertThat(StoryInputs.bodyWithoutTitle("Floods in Valencia\n\nHeavy rain fell.", "Floods in Valencia")).isEqualTo("Heavy rain fell.");
        assertThat(StoryInputs.bodyWithoutTitle("Heavy rain fell.\n\nMore rain.", "Floods in Valencia")).isEqualTo("Heavy rain fell.\n\nMore rain.");
    }
}
