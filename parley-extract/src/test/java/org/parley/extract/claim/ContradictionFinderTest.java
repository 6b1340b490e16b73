package org.parley.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.extract.claim.Facts.attribution;
import static org.parley.extract.claim.Facts.span;
import static org.parley.model.EventStatus.HAPPENED;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.Granularity;
import org.parley.model.Holder;
import org.parley.model.Position;
import org.parley.model.Stance;
import org.parley.model.When;

class ContradictionFinderTest {
    private static final LocalDate MAY_2 = LocalDate.of(2024, 5, 2);
    private static final CanonicalNames NAMES = CanonicalNames.byName();
    /** Event participants are local keys; this resolver knows e0 and e1 of every test article. */
    private static final CanonicalNames PARTICIPANTS = (article, key, name) -> key.equals("e0") ? "Ana Lima" : "Jon Park";

    private final ContradictionFinder finder = ContradictionFinder.defaults();

    private static ArticleFacts withStance(String id, String outlet, LocalDate date, String text, String holder,
                                           Position position) {
        Stance s = new Stance("carbon-tax", new Holder(span(text, holder), holder, "e0", holder, EntityType.PERSON),
                position, List.of(), false, 0.8, span(text, text), 0, Optional.empty(), false, Optional.empty(), List.of());
        return new ArticleFacts(new ArticleId(id), outlet, Optional.of(date), text, List.of(), List.of(s), List.of());
    }

    /**
     * An article of {@code date} telling of one call, speech, statement or interview of {@code participants} (names
     * in the text or not), on the day its text gives as "on D Month".
     */
    private static ArticleFacts reporting(String id, String outlet, LocalDate date, String text, EventStatus status,
                                          String... participants) {
        Matcher day = Pattern.compile("on (\\d+) (April|May)").matcher(text);
        if (!day.find()) throw new IllegalArgumentException("no date in '" + text + "'");
        When when = new When(LocalDate.of(2024, day.group(2).equals("April") ? 4 : 5, Integer.parseInt(day.group(1))), Granularity.DAY, null);
        String kind = text.contains("call") ? "call" : "statement";
        Matcher words = Pattern.compile("phone call|call|speech|statements|statement|interview").matcher(text);
        if (!words.find()) throw new IllegalArgumentException("no event in '" + text + "'");
        String trigger = words.group();
        Event e = new Event(kind, span(text, trigger), trigger, List.of(participants), Optional.of(when), span(text, text), 0,
                status, false);
        return new ArticleFacts(new ArticleId(id), outlet, Optional.of(date), text, List.of(), List.of(), List.of(e));
    }

    private static ArticleFacts withEvent(String id, String outlet, String text, When when) {
        Event e = new Event("call", span(text, "call"), "call", List.of("e0", "e1"), Optional.of(when), span(text, text), 0);
        return new ArticleFacts(new ArticleId(id), outlet, Optional.of(MAY_2), text, List.of(), List.of(), List.of(e));
    }

    @Test
    void opposite_stances_from_different_outlets_within_the_period_are_a_stance_conflict() {
        ArticleFacts support = withStance("a", "Ledger", MAY_2, "Ana Lima backs the carbon tax.", "Ana Lima", Position.SUPPORT);
        ArticleFacts oppose = withStance("b", "Post", MAY_2.plusDays(3), "Ana Lima rejects the carbon tax.", "Ana Lima", Position.OPPOSE);

        List<Conflict> conflicts = finder.stances(List.of(oppose, support), NAMES);

        assertThat(conflicts).containsExactly(new Conflict(ConflictKind.STANCE, "Ana Lima / carbon-tax", List.of(
                new ConflictSide("SUPPORT", List.of(new ConflictEvidence(new ArticleId("a"), "Ledger", span(support.text(),
                        support.text()), "Ana Lima backs the carbon tax.", Optional.of(MAY_2)))),
                new ConflictSide("OPPOSE", List.of(new ConflictEvidence(new ArticleId("b"), "Post", span(oppose.text(),
                        oppose.text()), "Ana Lima rejects the carbon tax.", Optional.of(MAY_2.plusDays(3))))))));
    }

    @Test
    void opposite_stances_from_one_outlet_or_far_apart_are_not_a_conflict() {
        ArticleFacts support = withStance("a", "Ledger", MAY_2, "Ana Lima backs the carbon tax.", "Ana Lima", Position.SUPPORT);
        ArticleFacts sameOutlet = withStance("b", "Ledger", MAY_2, "Ana Lima rejects the carbon tax.", "Ana Lima", Position.OPPOSE);
        ArticleFacts later = withStance("c", "Post", MAY_2.plusDays(60), "Ana Lima rejects the carbon tax.", "Ana Lima", Position.OPPOSE);

        assertThat(finder.stances(List.of(support, sameOutlet, later), NAMES)).isEmpty();
    }

    @Test
    void same_quote_given_to_two_speakers_is_a_speaker_conflict() {
        String x = "\"Nobody will be left behind by this reform,\" Ana Lima said.";
        String y = "\"Nobody will be left behind by this reform,\" said Jon Park.";
        String z = "Jon Park said: \"Nobody will be left behind by this reform.\"";
        List<ArticleFacts> articles = List.of(
                Facts.article("x", "Ledger", x, attribution(x, "Nobody will be left behind by this reform,", true, "Ana Lima")),
                Facts.article("y", "Post", y, attribution(y, "Nobody will be left behind by this reform,", true, "Jon Park")),
                Facts.article("z", "Herald", z, attribution(z, "Nobody will be left behind by this reform.", true, "Jon Park")));

        List<Conflict> conflicts = finder.speakers(articles, NAMES);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.SPEAKER);
            assertThat(c.sides()).extracting(ConflictSide::value).containsExactly("Jon Park", "Ana Lima");
            assertThat(c.sides().get(0).evidence()).extracting(e -> e.article().value()).containsExactly("y", "z");
            assertThat(c.sides().get(1).evidence().get(0).text()).isEqualTo("Nobody will be left behind by this reform,");
        });
    }

    @Test
    void same_quote_with_the_same_speaker_is_no_conflict() {
        String x = "\"Nobody will be left behind by this reform,\" Ana Lima said.";
        List<ArticleFacts> articles = List.of(
                Facts.article("x", "Ledger", x, attribution(x, "Nobody will be left behind by this reform,", true, "Ana Lima")),
                Facts.article("y", "Post", x, attribution(x, "Nobody will be left behind by this reform,", true, "Ana Lima")));

        assertThat(finder.speakers(articles, NAMES)).isEmpty();
    }

    @Test
    void same_event_on_different_days_is_a_date_conflict_but_a_month_containing_the_day_is_not() {
        ArticleFacts tuesday = withEvent("a", "Ledger", "They spoke in a call on Tuesday.",
                new When(LocalDate.of(2024, 4, 30), Granularity.DAY, null));
        ArticleFacts wednesday = withEvent("b", "Post", "They spoke in a call on Wednesday.",
                new When(LocalDate.of(2024, 5, 1), Granularity.DAY, null));
        ArticleFacts april = withEvent("c", "Herald", "They held a call in April.",
                new When(LocalDate.of(2024, 4, 1), Granularity.MONTH, "2024-04"));

        List<Conflict> conflicts = finder.dates(List.of(tuesday, wednesday, april), PARTICIPANTS);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConflictKind.DATE);
            assertThat(c.subject()).isEqualTo("call: Ana Lima + Jon Park");
            // the month "2024-04" contradicts 2024-05-01, so it is part of the same conflict, on its own side
            assertThat(c.sides()).extracting(ConflictSide::value).containsExactly("2024-04", "2024-04-30", "2024-05-01");
        });
        assertThat(finder.dates(List.of(tuesday, april), PARTICIPANTS)).isEmpty();
    }

    @Test
    void outlets_naming_one_more_participant_still_report_the_same_call() {
        ArticleFacts wire = reporting("wire", "Wire Daily", MAY_2,
                "Ana Lima and Jon Park held a phone call on 30 April about Ukraine, the Elysee said.",
                HAPPENED, "Ana Lima", "Jon Park", "Ukraine", "Elysee");
        ArticleFacts courier = reporting("courier", "The Courier", MAY_2,
                "Ana Lima and Jon Park held a phone call on 28 April about Ukraine.",
                HAPPENED, "Ana Lima", "Jon Park", "Ukraine");

        List<Conflict> conflicts = finder.dates(List.of(wire, courier), NAMES);

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEqualTo("call: Ana Lima + Jon Park + Ukraine");
            assertThat(c.sides()).extracting(ConflictSide::value).containsExactly("2024-04-28", "2024-04-30");
            assertThat(c.sides()).flatExtracting(ConflictSide::evidence).extracting(ConflictEvidence::outlet)
                    .containsExactly("The Courier", "Wire Daily");
        });
    }

    @Test
    void calls_that_share_only_one_participant_are_different_calls() {
        ArticleFacts lima = reporting("a", "Ledger", MAY_2, "Ana Lima held a phone call with Jon Park on 30 April about Ukraine.",
                HAPPENED, "Ana Lima", "Jon Park", "Ukraine");
        ArticleFacts kato = reporting("b", "Post", MAY_2, "Mia Kato held a phone call with Jon Park on 28 April about Chile.",
                HAPPENED, "Mia Kato", "Jon Park", "Chile");

        assertThat(finder.dates(List.of(lima, kato), NAMES)).isEmpty();
    }

    @Test
    void a_speech_and_a_statement_of_the_same_people_are_different_happenings() {
        ArticleFacts speech = reporting("a", "Ledger", MAY_2, "Ana Lima attacked Jon Park in her speech on 24 April.",
                HAPPENED, "Ana Lima", "Jon Park");
        ArticleFacts statement = reporting("b", "Post", MAY_2, "Ana Lima criticised Jon Park in a statement on 30 April.",
                HAPPENED, "Ana Lima", "Jon Park");
        ArticleFacts sameStatement = reporting("c", "Herald", MAY_2, "Ana Lima criticised Jon Park in statements on 29 April.",
                HAPPENED, "Ana Lima", "Jon Park");

        assertThat(finder.dates(List.of(speech, statement, sameStatement), NAMES)).singleElement()
                .satisfies(c -> assertThat(c.sides()).extracting(ConflictSide::value).containsExactly("2024-04-29", "2024-04-30"));
    }

    @Test
    void an_outlet_that_also_gives_the_other_date_agrees_with_it() {
        String text = "Jon Park, in his first interview since being named on 27 April, told Ana Lima in an interview on "
                + "30 April that he would run. In the interview on 30 April, Jon Park spoke to Ana Lima about taxes.";
        When named = new When(LocalDate.of(2024, 4, 27), Granularity.DAY, null);
        When told = new When(LocalDate.of(2024, 4, 30), Granularity.DAY, null);
        ArticleFacts twoDates = new ArticleFacts(new ArticleId("a"), "Ledger", Optional.of(MAY_2), text, List.of(), List.of(), List.of(
                new Event("statement", span(text, "interview"), "interview", List.of("Jon Park", "Ana Lima"), Optional.of(named),
                        span(text, text.substring(0, text.indexOf(". ") + 1)), 0, HAPPENED, false),
                new Event("statement", span(text, "interview on 30"), "interview", List.of("Jon Park", "Ana Lima"),
                        Optional.of(told), span(text, "In the interview on 30 April"), 1, HAPPENED, false)));
        ArticleFacts oneDate = reporting("b", "Post", MAY_2, "In an interview on 30 April, Jon Park told Ana Lima he would run.",
                HAPPENED, "Ana Lima", "Jon Park");

        assertThat(finder.dates(List.of(twoDates, oneDate), NAMES)).isEmpty();
    }

    @Test
    void a_planned_threatened_or_denied_call_is_never_dated_against_the_call_held() {
        ArticleFacts held = reporting("a", "Ledger", MAY_2, "Ana Lima and Jon Park held a phone call on 30 April.",
                HAPPENED, "Ana Lima", "Jon Park");
        ArticleFacts planned = reporting("b", "Post", MAY_2, "Ana Lima and Jon Park will hold a phone call on 6 May.",
                EventStatus.PLANNED, "Ana Lima", "Jon Park");
        ArticleFacts threatened = reporting("c", "Herald", MAY_2, "Ana Lima could call Jon Park on 5 May.",
                EventStatus.THREATENED, "Ana Lima", "Jon Park");
        ArticleFacts denied = reporting("d", "Globe", MAY_2, "Ana Lima did not call Jon Park on 1 May.",
                EventStatus.DENIED, "Ana Lima", "Jon Park");

        assertThat(finder.dates(List.of(held, planned, threatened, denied), NAMES)).isEmpty();
    }

    @Test
    void two_outlets_planning_the_call_for_different_days_disagree() {
        ArticleFacts sixth = reporting("a", "Ledger", MAY_2, "Ana Lima and Jon Park will hold a phone call on 6 May.",
                EventStatus.PLANNED, "Ana Lima", "Jon Park");
        ArticleFacts eighth = reporting("b", "Post", MAY_2, "Ana Lima and Jon Park will hold a phone call on 8 May.",
                EventStatus.PLANNED, "Ana Lima", "Jon Park");

        assertThat(finder.dates(List.of(sixth, eighth), NAMES)).singleElement()
                .satisfies(c -> assertThat(c.sides()).extracting(ConflictSide::value).containsExactly("2024-05-06", "2024-05-08"));
    }

    @Test
    void the_date_of_the_article_standing_in_for_the_call_is_no_claim_about_its_date() {
        ArticleFacts dated = reporting("a", "Ledger", MAY_2, "Ana Lima and Jon Park held a phone call on 30 April.",
                HAPPENED, "Ana Lima", "Jon Park");
        String text = "Ana Lima and Jon Park held a phone call.";
        Event estimated = new Event("call", span(text, "call"), "call", List.of("Ana Lima", "Jon Park"),
                Optional.of(new When(MAY_2, Granularity.DAY, null)), span(text, text), 0, HAPPENED, true);
        ArticleFacts undated = new ArticleFacts(new ArticleId("b"), "Post", Optional.of(MAY_2), text, List.of(), List.of(),
                List.of(estimated));

        assertThat(finder.dates(List.of(dated, undated), NAMES)).isEmpty();
    }

    @Test
    void one_outlet_giving_two_dates_is_not_a_conflict_between_outlets() {
        ArticleFacts first = reporting("a", "Ledger", MAY_2, "Ana Lima and Jon Park held a phone call on 30 April.",
                HAPPENED, "Ana Lima", "Jon Park");
        ArticleFacts second = reporting("b", "Ledger", MAY_2, "Ana Lima and Jon Park held a phone call on 28 April.",
                HAPPENED, "Ana Lima", "Jon Park");

        assertThat(finder.dates(List.of(first, second), NAMES)).isEmpty();
    }

    @Test
    void an_article_that_appeared_before_the_other_date_tells_of_an_earlier_call() {
        ArticleFacts early = reporting("a", "Ledger", LocalDate.of(2024, 4, 29),
                "Ana Lima and Jon Park held a phone call on 28 April.", HAPPENED, "Ana Lima", "Jon Park");
        ArticleFacts late = reporting("b", "Post", MAY_2.plusDays(2),
                "Ana Lima and Jon Park held a phone call on 3 May.", HAPPENED, "Ana Lima", "Jon Park");

        assertThat(finder.dates(List.of(early, late), NAMES)).isEmpty();
    }

    @Test
    void find_reports_every_kind_in_order() {
        ArticleFacts support = withStance("a", "Ledger", MAY_2, "Ana Lima backs the carbon tax.", "Ana Lima", Position.SUPPORT);
        ArticleFacts oppose = withStance("b", "Post", MAY_2, "Ana Lima rejects the carbon tax.", "Ana Lima", Position.OPPOSE);
        ArticleFacts tuesday = withEvent("c", "Ledger", "They spoke in a call on Tuesday.",
                new When(LocalDate.of(2024, 4, 30), Granularity.DAY, null));
        ArticleFacts wednesday = withEvent("d", "Post", "They spoke in a call on Wednesday.",
                new When(LocalDate.of(2024, 5, 1), Granularity.DAY, null));

        List<Conflict> conflicts = finder.find(List.of(support, oppose, tuesday, wednesday), PARTICIPANTS);

        assertThat(conflicts).extracting(Conflict::kind).containsExactly(ConflictKind.STANCE, ConflictKind.DATE);
    }
}
