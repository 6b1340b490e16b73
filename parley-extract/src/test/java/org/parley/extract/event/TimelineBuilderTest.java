package org.parley.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.Granularity;
import org.parley.model.Span;
import org.parley.model.When;

class TimelineBuilderTest {
    private static ReportedEvent report(String article, String outlet, String kind, When when, String... who) {
        Event e = new Event(kind, new Span(0, 4), "call", List.of(who), Optional.ofNullable(when), new Span(0, 10), 0);
        return new ReportedEvent(new ArticleId(article), outlet, e, Set.of(who));
    }

    private static When day(int m, int d) {
        return new When(LocalDate.of(2025, m, d), Granularity.DAY, null);
    }

    @Test
    void the_same_call_reported_by_two_outlets_is_one_entry_with_both_sources() {
        ReportedEvent a = report("a1", "AP", "call", day(2, 12), "trump", "putin");
        ReportedEvent b = report("b1", "Reuters", "call", new When(LocalDate.of(2025, 2, 10), Granularity.WEEK, "2025-W07"), "putin", "trump", "zelensky");

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(b, a));

        assertThat(timeline).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("call");
            assertThat(t.when()).contains(day(2, 12));
            assertThat(t.sources()).containsExactlyInAnyOrder(a, b);
            assertThat(t.outlets()).isEqualTo(2);
            assertThat(t.participants()).containsExactlyInAnyOrder("trump", "putin", "zelensky");
        });
    }

    @Test
    void different_days_kinds_or_people_stay_apart_and_are_ordered_by_date() {
        ReportedEvent call = report("a1", "AP", "call", day(2, 12), "trump", "putin");
        ReportedEvent laterCall = report("a2", "AP", "call", day(3, 18), "trump", "putin");
        ReportedEvent meeting = report("a3", "AP", "meeting", day(2, 12), "trump", "putin");
        ReportedEvent otherPeople = report("a4", "AP", "call", day(2, 12), "rubio", "lavrov");

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(laterCall, otherPeople, meeting, call));

        assertThat(timeline).hasSize(4);
        assertThat(timeline.get(3).when()).contains(day(3, 18));
    }

    @Test
    void one_day_apart_is_still_the_same_event() {
        assertThat(TimelineBuilder.compatible(day(2, 12), day(2, 13))).isTrue();
        assertThat(TimelineBuilder.compatible(day(2, 12), day(2, 14))).isFalse();
    }
}
