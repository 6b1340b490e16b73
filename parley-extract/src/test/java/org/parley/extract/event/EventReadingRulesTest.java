package org.parley.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateEstimate;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.Granularity;
import org.parley.model.Invariants;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.Token;
import org.parley.model.When;
import org.parley.testkit.Docs;

/** How an event is dated and what status it gets, one rule per example. */
class EventReadingRulesTest {
    private static final EventExtractor EXTRACTOR = new EventExtractor();
    /** A Friday. */
    private static final DateEstimate MAY_20 = new DateEstimate(Optional.of(LocalDate.of(2022, 5, 20)), false, "metadata");

    /**
     * The test annotator tags every lower-case word a noun; {@code tags} gives the verbs and modals their tags and
     * {@code times} the time expressions their TIMEX3 values, as SUTime would.
     */
    private static List<Event> events(String text, Map<String, String> tags, Map<String, String> times, String... entities) {
        AnnotatedArticle doc = Docs.annotated(text, entities);
        List<Token> tokens = new ArrayList<>();
        for (Token t : doc.tokens()) {
            tokens.add(new Token(t.index(), t.span(), t.word(), t.lemma(), tags.getOrDefault(t.word(), t.pos()), t.ner(), t.sentence()));
        }
        List<TimeMention> mentions = new ArrayList<>();
        times.forEach((surface, value) -> {
            int at = text.indexOf(surface);
            int sentence = tokens.stream().filter(t -> t.span().start() >= at).findFirst().orElseThrow().sentence();
            mentions.add(new TimeMention(new Span(at, at + surface.length()), surface, value, "DATE", sentence));
        });
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        AnnotatedArticle tagged = Invariants.check(new AnnotatedArticle(doc.article(), doc.sentences(), tokens, doc.mentions(),
                mentions, doc.annotator()));
        return EXTRACTOR.extract(tagged, List.of(), MAY_20);
    }

    private static Event only(List<Event> events, String kind) {
        return events.stream().filter(e -> e.kind().equals(kind)).reduce((a, b) -> {
            throw new AssertionError("two " + kind + " events: " + a + " and " + b);
        }).orElseThrow(() -> new AssertionError("no " + kind + " event in " + events));
    }

    private static When day(int month, int day) {
        LocalDate d = LocalDate.of(2022, month, day);
        return new When(d, Granularity.DAY, d.toString());
    }

    @Test
    void the_summit_in_madrid_on_june_29_takes_its_own_date_and_is_planned_in_a_may_report() {
        Event summit = only(events("NATO leaders will hold a summit in Madrid on June 29.", Map.of("will", "MD", "hold", "VB"),
                Map.of("June 29", "XXXX-06-29"), "ORGANIZATION:NATO"), "summit");

        assertThat(summit.when()).contains(day(6, 29));
        assertThat(summit.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(summit.estimated()).isFalse();
    }

    @Test
    void a_date_in_another_clause_of_the_sentence_does_not_date_the_event() {
        List<Event> found = events("Scholz met Putin on February 15, after he warned that Russia could invade Ukraine.",
                Map.of("met", "VBD", "warned", "VBD", "could", "MD", "invade", "VB"), Map.of("February 15", "2022-02-15"),
                "PERSON:Scholz", "PERSON:Putin", "GOVERNMENT:Russia", "GOVERNMENT:Ukraine");

        Event meeting = only(found, "meeting");
        assertThat(meeting.when()).contains(day(2, 15));
        assertThat(meeting.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(meeting.participants()).containsExactly("Scholz", "Putin");
        Event invasion = only(found, "invasion");
        assertThat(invasion.status()).isEqualTo(EventStatus.THREATENED);
        assertThat(invasion.when()).isEmpty();
        assertThat(invasion.participants()).containsExactly("Russia", "Ukraine");
    }

    @Test
    void on_thursday_russia_invaded_is_dated_by_its_weekday_against_the_article_date() {
        Event invasion = only(events("On Thursday Russia invaded Ukraine.", Map.of("invaded", "VBD"), Map.of("Thursday", "XXXX-WXX-4"),
                "GOVERNMENT:Russia", "GOVERNMENT:Ukraine"), "invasion");

        assertThat(invasion.when()).contains(day(5, 19));
        assertThat(invasion.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(invasion.estimated()).isFalse();
    }

    @Test
    void a_happening_told_in_the_past_with_no_date_takes_the_article_date_marked_estimated() {
        Event invasion = only(events("Russia launched an offensive against Ukraine.", Map.of("launched", "VBD"), Map.of(),
                "GOVERNMENT:Russia", "GOVERNMENT:Ukraine"), "invasion");

        assertThat(invasion.when()).contains(day(5, 20));
        assertThat(invasion.estimated()).isTrue();
        assertThat(invasion.status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void a_past_event_told_as_background_in_a_when_clause_is_not_dated_by_the_report() {
        Event agreement = only(events("Putin said that when the Minsk agreements were signed, Russia had fewer troops there.",
                Map.of("said", "VBD", "were", "VBD", "signed", "VBN", "had", "VBD"), Map.of(), "PERSON:Putin", "GOVERNMENT:Russia"),
                "agreement");

        assertThat(agreement.when()).isEmpty();
        assertThat(agreement.estimated()).isFalse();
    }

    @Test
    void an_event_not_told_as_past_and_with_no_date_stays_undated() {
        Event agreement = only(events("Scholz discussed the agreement with Biden.", Map.of("discussed", "VBD"), Map.of(),
                "PERSON:Scholz", "PERSON:Biden"), "agreement");

        assertThat(agreement.when()).isEmpty();
        assertThat(agreement.estimated()).isFalse();
    }

    @Test
    void a_planned_event_with_no_date_stays_undated_but_planned() {
        Event meeting = only(events("Zelenskyy will meet Putin.", Map.of("will", "MD", "meet", "VB"), Map.of(),
                "PERSON:Zelenskyy", "PERSON:Putin"), "meeting");

        assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(meeting.when()).isEmpty();
    }

    @Test
    void plans_next_week_and_invitations_are_planned() {
        assertThat(only(events("Macron plans to visit Moscow.", Map.of("plans", "VBZ", "visit", "VB"), Map.of(), "PERSON:Macron"),
                "visit").status()).isEqualTo(EventStatus.PLANNED);
        assertThat(only(events("Zelenskyy invited Trudeau to visit Ukraine.", Map.of("invited", "VBD", "visit", "VB"), Map.of(),
                "PERSON:Zelenskyy", "PERSON:Trudeau"), "visit").status()).isEqualTo(EventStatus.PLANNED);
        assertThat(only(events("Scholz and Macron prepared for next week's summit.", Map.of("prepared", "VBD"), Map.of(),
                "PERSON:Scholz", "PERSON:Macron"), "summit").status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void a_plan_named_before_the_event_is_no_cue_but_planning_it_is() {
        Event interview = only(events("Ryan went on offense on Tuesday over his Medicare plan, using an interview with Fox.",
                Map.of("went", "VBD", "using", "VBG"), Map.of("Tuesday", "2022-05-17"), "PERSON:Ryan", "ORGANIZATION:Fox"),
                "statement");
        Event summit = only(events("Scholz and Macron are planning a summit.", Map.of("are", "VBP", "planning", "VBG"), Map.of(),
                "PERSON:Scholz", "PERSON:Macron"), "summit");

        assertThat(interview.status()).isEqualTo(EventStatus.HAPPENED);
        assertThat(interview.when()).contains(day(5, 17));
        assertThat(summit.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void threats_warnings_conditions_and_possibilities_are_threatened() {
        assertThat(only(events("Russia threatens to invade Ukraine.", Map.of("threatens", "VBZ", "invade", "VB"), Map.of(),
                "GOVERNMENT:Russia", "GOVERNMENT:Ukraine"), "invasion").status()).isEqualTo(EventStatus.THREATENED);
        assertThat(only(events("Biden warned that Russia would invade Ukraine.", Map.of("warned", "VBD", "would", "MD", "invade", "VB"),
                Map.of(), "PERSON:Biden", "GOVERNMENT:Russia", "GOVERNMENT:Ukraine"), "invasion").status()).isEqualTo(EventStatus.THREATENED);
        assertThat(only(events("NATO discussed a possible invasion of Ukraine by Russia.", Map.of("discussed", "VBD"), Map.of(),
                "ORGANIZATION:NATO", "GOVERNMENT:Russia", "GOVERNMENT:Ukraine"), "invasion").status()).isEqualTo(EventStatus.THREATENED);
        assertThat(only(events("If Russia attacks Ukraine, sanctions follow.", Map.of("If", "IN", "attacks", "VBZ"), Map.of(),
                "GOVERNMENT:Russia", "GOVERNMENT:Ukraine"), "attack").status()).isEqualTo(EventStatus.THREATENED);
    }

    @Test
    void did_not_and_has_no_plans_to_are_denied_but_not_ruling_out_is_a_threat() {
        assertThat(only(events("Putin did not meet Zelenskyy.", Map.of("did", "VBD", "meet", "VB"), Map.of(),
                "PERSON:Putin", "PERSON:Zelenskyy"), "meeting").status()).isEqualTo(EventStatus.DENIED);
        assertThat(only(events("Russia has no plans to invade Ukraine.", Map.of("has", "VBZ", "invade", "VB"), Map.of(),
                "GOVERNMENT:Russia", "GOVERNMENT:Ukraine"), "invasion").status()).isEqualTo(EventStatus.DENIED);
        assertThat(only(events("Biden did not rule out an invasion by Russia.", Map.of("did", "VBD", "rule", "VB"), Map.of(),
                "PERSON:Biden", "GOVERNMENT:Russia"), "invasion").status()).isEqualTo(EventStatus.THREATENED);
    }

    @Test
    void a_relative_clause_after_the_event_noun_dates_it() {
        Event meeting = only(events("The meeting of Russia and France in Paris, which took place on January 26, ended without a result.",
                Map.of("took", "VBD", "ended", "VBD"), Map.of("January 26", "2022-01-26"), "GOVERNMENT:Russia", "GOVERNMENT:France"),
                "meeting");

        assertThat(meeting.when()).contains(day(1, 26));
        assertThat(meeting.status()).isEqualTo(EventStatus.HAPPENED);
    }

    @Test
    void a_date_nearer_another_event_of_the_clause_is_that_events_date() {
        List<Event> found = events("During yesterday's phone call Scholz discussed the agreement with Biden.",
                Map.of("discussed", "VBD"), Map.of("yesterday", "2022-05-19"), "PERSON:Scholz", "PERSON:Biden");

        assertThat(only(found, "call").when()).contains(day(5, 19));
        assertThat(only(found, "agreement").when()).isEmpty();
    }

    @Test
    void a_date_after_the_report_makes_a_happening_planned() {
        Event visit = only(events("Macron visits Kyiv on June 16.", Map.of("visits", "VBZ"), Map.of("June 16", "2022-06-16"),
                "PERSON:Macron"), "visit");

        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(visit.when()).contains(day(6, 16));
    }
}
