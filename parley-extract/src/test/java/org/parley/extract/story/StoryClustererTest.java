package org.parley.extract.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;

class StoryClustererTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    private static StoryInput input(String id, LocalDate date, String outlet, String title, String text,
                                    List<String> entities) {
        return StoryInput.of(new ArticleId(id), Optional.ofNullable(date), outlet, title, text, entities,
                entities.stream().filter(e -> e.contains(" ")).toList(), List.of("farm-policy"));
    }

    private final StoryInput farmBill = input("a1", DAY, "Daily Ledger", "Senate passes farm subsidy bill",
            "The Senate passed a farm subsidy bill on Tuesday after a long fight over crop insurance and dairy "
                    + "prices. Senator Maria Lopez, who wrote the bill, called the vote a win for rural families.",
            List.of("Maria Lopez", "Senate"));
    private final StoryInput farmBillOtherOutlet = input("b1", DAY.plusDays(1), "Evening Post",
            "Farm bill clears the Senate",
            "A farm subsidy bill cleared the Senate, ending a fight over crop insurance. Maria Lopez said dairy "
                    + "prices and crop insurance had dominated the debate over the subsidy bill.",
            List.of("Maria Lopez", "Senate"));
    private final StoryInput storm = input("c1", DAY.plusDays(1), "Evening Post", "Storm floods coastal towns",
            "Heavy rain and high winds flooded coastal towns overnight, cutting power to thousands of homes. "
                    + "Emergency crews rescued residents from rooftops as rivers burst their banks.",
            List.of("Harbor County"));

    @Test
    void article_on_the_same_event_from_another_outlet_joins_the_existing_story() {
        StoryClusterer clusterer = new StoryClusterer(StoryConfig.defaults());

        StoryAssignment first = clusterer.add(farmBill);
        StoryAssignment second = clusterer.add(farmBillOtherOutlet);

        assertThat(first).isEqualTo(new StoryAssignment(farmBill.article(), "story-a1", true, 0.0));
        assertThat(second.opened()).isFalse();
        assertThat(second.story()).isEqualTo("story-a1");
        Story story = clusterer.stories().get(0);
        assertThat(story.articles()).containsExactly(farmBill.article(), farmBillOtherOutlet.article());
        assertThat(story.outlets()).containsExactly("Daily Ledger", "Evening Post");
        assertThat(story.keyPeople()).containsExactly("Maria Lopez");
        assertThat(story.first()).contains(DAY);
        assertThat(story.last()).contains(DAY.plusDays(1));
        assertThat(story.issues()).containsExactly("farm-policy");
        assertThat(story.label()).startsWith("Maria Lopez").contains("farm");
    }

    @Test
    void later_unrelated_article_opens_a_new_story_and_earlier_assignments_stay() {
        StoryClusterer clusterer = new StoryClusterer(StoryConfig.defaults());
        clusterer.add(farmBill);
        clusterer.add(farmBillOtherOutlet);

        StoryAssignment third = clusterer.add(storm);

        assertThat(third.opened()).isTrue();
        assertThat(third.story()).isEqualTo("story-c1");
        assertThat(clusterer.assignment(farmBill.article()).orElseThrow().story()).isEqualTo("story-a1");
        assertThat(clusterer.assignment(farmBillOtherOutlet.article()).orElseThrow().story()).isEqualTo("story-a1");
        assertThat(clusterer.stories()).extracting(Story::id).containsExactly("story-a1", "story-c1");
    }

    @Test
    void same_content_outside_the_date_window_opens_a_new_story() {
        StoryClusterer clusterer = new StoryClusterer(StoryConfig.defaults());
        clusterer.add(farmBill);
        StoryInput monthLater = input("d1", DAY.plusDays(30), farmBillOtherOutlet.outlet(), farmBillOtherOutlet.title(),
                "A farm subsidy bill cleared the Senate, ending a fight over crop insurance. Maria Lopez said dairy "
                        + "prices and crop insurance had dominated the debate over the subsidy bill.",
                List.of("Maria Lopez", "Senate"));

        assertThat(clusterer.add(monthLater).opened()).isTrue();
    }

    @Test
    void a_story_stops_growing_at_its_maximum_span_and_the_topic_continues_in_a_new_story() {
        StoryClusterer clusterer = new StoryClusterer(new StoryConfig(0.2, 3, 0.2, 2.0, 0.0, 7));
        List<String> stories = new java.util.ArrayList<>();

        for (int i = 0; i < 5; i++) {
            StoryInput sameTopic = input("t" + i, DAY.plusDays(3L * i), "Evening Post", farmBillOtherOutlet.title(),
                    "A farm subsidy bill cleared the Senate, ending a fight over crop insurance. Maria Lopez said dairy "
                            + "prices and crop insurance had dominated the debate over the subsidy bill.",
                    List.of("Maria Lopez", "Senate"));
            stories.add(clusterer.add(sameTopic).story());
        }

        // days 0, 3, 6 fit in 7 days; day 9 would stretch the story to 9, so it opens a new one with day 12
        assertThat(stories).containsExactly("story-t0", "story-t0", "story-t0", "story-t3", "story-t3");
    }

    @Test
    void adding_an_article_twice_changes_nothing() {
        StoryClusterer clusterer = new StoryClusterer(StoryConfig.defaults());
        StoryAssignment first = clusterer.add(farmBill);

        assertThat(clusterer.add(farmBill)).isEqualTo(first);
        assertThat(clusterer.stories().get(0).articles()).hasSize(1);
    }

    @Test
    void same_inputs_in_the_same_order_give_equal_stories() {
        StoryClusterer one = new StoryClusterer(StoryConfig.defaults());
        StoryClusterer two = new StoryClusterer(StoryConfig.defaults());
        for (StoryInput in : List.of(farmBill, storm, farmBillOtherOutlet)) {
            one.add(in);
            two.add(in);
        }

        assertThat(one.stories()).isEqualTo(two.stories()).hasSize(2);
    }
}
