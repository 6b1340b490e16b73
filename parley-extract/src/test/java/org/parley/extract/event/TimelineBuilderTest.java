package org.parley.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.Granularity;
import org.parley.model.Span;
import org.parley.model.When;

class TimelineBuilderTest {
    private static ReportedEvent report(String article, String outlet, String kind, When when, String... who) {
        return report(article, outlet, kind, when, EventStatus.HAPPENED, who);
    }

    private static ReportedEvent report(String article, String outlet, String kind, When when, EventStatus status, String... who) {
        Event e = new Event(kind, new Span(0, 4), "call", List.of(who), Optional.ofNullable(when), new Span(0, 10), 0, status, false);
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
    void two_different_days_are_two_events_but_a_day_inside_a_month_or_week_is_compatible() {
        assertThat(TimelineBuilder.compatible(day(2, 12), day(2, 13))).isFalse();
        assertThat(TimelineBuilder.compatible(day(2, 12), new When(LocalDate.of(2025, 2, 1), Granularity.MONTH, "2025-02"))).isTrue();
        assertThat(TimelineBuilder.compatible(day(3, 12), new When(LocalDate.of(2025, 2, 1), Granularity.MONTH, "2025-02"))).isFalse();
        assertThat(TimelineBuilder.compatible(day(2, 12), new When(LocalDate.of(2025, 2, 10), Granularity.WEEK, "2025-W07"))).isTrue();
    }

    @Test
    void a_threatened_invasion_never_merges_with_the_invasion() {
        ReportedEvent threat = report("a1", "AP", "invasion", day(2, 24), EventStatus.THREATENED, "russia", "ukraine");
        ReportedEvent invasion = report("a2", "Reuters", "invasion", day(2, 24), EventStatus.HAPPENED, "russia", "ukraine");
        ReportedEvent again = report("a3", "BBC", "invasion", day(2, 24), EventStatus.HAPPENED, "russia", "ukraine");

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(threat, invasion, again));

        assertThat(timeline).hasSize(2);
        assertThat(timeline).filteredOn(t -> t.status() == EventStatus.HAPPENED).singleElement()
                .satisfies(t -> assertThat(t.sources()).containsExactlyInAnyOrder(invasion, again));
        assertThat(timeline).filteredOn(t -> t.status() == EventStatus.THREATENED).singleElement()
                .satisfies(t -> assertThat(t.sources()).containsExactly(threat));
    }

    @Test
    void a_vague_report_does_not_chain_two_different_days_into_one_event() {
        ReportedEvent june = report("a1", "AP", "summit", new When(LocalDate.of(2025, 6, 1), Granularity.MONTH, "2025-06"), "nato");
        ReportedEvent first = report("a2", "AP", "summit", day(6, 24), "nato");
        ReportedEvent second = report("a3", "AP", "summit", day(6, 29), "nato");
        ReportedEvent year = report("a4", "AP", "summit", new When(LocalDate.of(2025, 1, 1), Granularity.YEAR, "2025"), "nato");

        List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(june, first, second, year));

        assertThat(timeline).extracting(t -> t.sources().size()).containsExactlyInAnyOrder(2, 1, 1);
        assertThat(timeline).filteredOn(t -> t.sources().contains(june)).singleElement()
                .satisfies(t -> assertThat(t.when()).contains(day(6, 24)));
    }

    @Test
    void one_shared_country_does_not_make_two_visits_one() {
        ReportedEvent johnson = report("a1", "AP", "visit", new When(LocalDate.of(2022, 1, 1), Granularity.YEAR, "2022"),
                EventStatus.PLANNED, "johnson", "ukraine");
        ReportedEvent trudeau = report("a2", "AP", "visit", new When(LocalDate.of(2022, 1, 1), Granularity.YEAR, "2022"),
                EventStatus.PLANNED, "trudeau", "zelenskyy", "ukraine");

        assertThat(new TimelineBuilder().build(List.of(johnson, trudeau))).hasSize(2);
    }

    @Test
    void reports_naming_no_one_do_not_merge() {
        ReportedEvent a = report("a1", "AP", "meeting", day(2, 12));
        ReportedEvent b = report("a2", "Reuters", "meeting", day(2, 12));

        assertThat(new TimelineBuilder().build(List.of(a, b))).hasSize(2);
    }

    @Test
    void an_entry_prefers_a_date_the_text_gives_over_an_estimated_one() {
        Event estimated = new Event("invasion", new Span(0, 4), "invaded", List.of("russia"), Optional.of(day(2, 24)), new Span(0, 10), 0,
                EventStatus.HAPPENED, true);
        ReportedEvent a = new ReportedEvent(new ArticleId("a1"), "AP", estimated, Set.of("russia"));
        ReportedEvent b = report("a2", "Reuters", "invasion", new When(LocalDate.of(2025, 2, 1), Granularity.MONTH, "2025-02"), "russia");

        assertThat(new TimelineBuilder().build(List.of(a, b))).singleElement().satisfies(t -> {
            assertThat(t.when()).contains(new When(LocalDate.of(2025, 2, 1), Granularity.MONTH, "2025-02"));
            assertThat(t.estimated()).isFalse();
        });
    }
}
