package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.Condition;
import org.parley.model.DateEstimate;
import org.parley.model.Granularity;
import org.parley.model.Invariants;
import org.parley.model.Issue;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.model.Token;
import org.parley.model.When;
import org.parley.testkit.Docs;

class StanceExtractorTest {
    private static final Issue MEMBERSHIP = new Issue("membership", "Ukraine's NATO membership",
            List.of("NATO membership", "join NATO", "member of NATO", "NATO aspirations"));
    private static final Issue AID = new Issue("aid", "Military aid", List.of("military support", "Tomahawk missiles", "Tomahawks"));
    private static final Issue TERRITORY = new Issue("territory", "Regaining territory", List.of("regain territory", "reclaim territory"));
    private static final StanceExtractor EXTRACTOR = new StanceExtractor(List.of(MEMBERSHIP, AID, TERRITORY), StanceLexicon.bundled());
    private static final DateEstimate DATE = new DateEstimate(Optional.of(LocalDate.of(2025, 2, 14)), false, "metadata");

    private static List<Stance> stances(String text, String... entities) {
        AnnotatedArticle doc = Invariants.check(Docs.annotated(text, entities));
        return EXTRACTOR.extract(doc, List.of(), List.of(), DATE);
    }

    private static Stance only(String text, String... entities) {
        List<Stance> found = stances(text, entities);
        assertThat(found).as("stances in: " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void does_not_support_flips_support_into_opposition_and_the_target_is_not_the_holder() {
        Stance s = only("Trump has made it clear he does not support Ukraine becoming a NATO member.",
                "PERSON:Trump", "GOVERNMENT:Ukraine");

        assertThat(s.holder().name()).isEqualTo("Trump");
        assertThat(s.position()).isEqualTo(Position.OPPOSE);
        assertThat(s.negated()).isTrue();
        assertThat(s.cues()).contains("support not");
        assertThat(s.issue()).isEqualTo("membership");
        assertThat(s.date()).contains(LocalDate.of(2025, 2, 14));
    }

    @Test
    void government_named_by_its_capital_insisting_on_never_is_opposed() {
        Stance s = only("Moscow insists that Ukraine must never join NATO.", "GOVERNMENT:Moscow", "GOVERNMENT:Ukraine");

        assertThat(s.holder().surface()).isEqualTo("Moscow");
        assertThat(s.position()).isEqualTo(Position.OPPOSE);
        assertThat(s.negated()).isTrue();
    }

    @Test
    void reporting_verb_dismissed_carries_opposition() {
        Stance s = only("Kremlin spokesman Dmitry Peskov dismissed Ukraine's NATO aspirations as a direct threat to Russian security.",
                "ORGANIZATION:Kremlin", "PERSON:Dmitry Peskov", "GOVERNMENT:Ukraine");

        assertThat(s.holder().name()).isEqualTo("Dmitry Peskov");
        assertThat(s.position()).isEqualTo(Position.OPPOSE);
        assertThat(s.cues()).contains("dismissed");
    }

    @Test
    void a_ministry_of_a_country_is_a_holder_and_rejecting_alternatives_is_support() {
        Stance s = only("Ukraine's Foreign Ministry reiterated that full NATO membership is the only acceptable path, rejecting any alternatives.",
                "GOVERNMENT:Ukraine", "ORGANIZATION:Foreign Ministry");

        assertThat(s.holder().surface()).isEqualTo("Ukraine's Foreign Ministry");
        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void leaders_of_an_organisation_affirming_a_path_support_it() {
        Stance s = only("NATO leaders affirmed Ukraine's path towards membership at a summit in July.",
                "ORGANIZATION:NATO", "GOVERNMENT:Ukraine");

        assertThat(s.holder().surface()).isEqualTo("NATO leaders");
        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void unrealistic_in_reported_speech_is_opposition() {
        Stance s = only("The day before, Secretary Hegseth said that Ukraine's membership in NATO is unrealistic.",
                "PERSON:Hegseth", "GOVERNMENT:Ukraine");

        assertThat(s.holder().name()).isEqualTo("Hegseth");
        assertThat(s.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void refraining_from_addressing_is_neutral() {
        Stance s = only("Rutte refrained from directly addressing questions regarding Ukraine's potential NATO membership.",
                "PERSON:Rutte", "GOVERNMENT:Ukraine");

        assertThat(s.position()).isEqualTo(Position.NEUTRAL);
        assertThat(s.cues()).contains("refrained from");
    }

    @Test
    void did_not_address_is_avoidance_not_opposition() {
        Stance s = only("Rutte did not address the proposal regarding Ukraine's potential NATO membership.",
                "PERSON:Rutte", "GOVERNMENT:Ukraine");

        assertThat(s.position()).isEqualTo(Position.NEUTRAL);
    }

    @Test
    void a_condition_makes_the_position_mixed_and_is_kept_as_a_conditional() {
        List<Stance> found = stances("President Zelenskyy proposed that NATO membership could be extended to all Ukrainian territories "
                + "once hostilities cease, a sentiment echoed by Ukrainian officials who firmly advocate for full NATO membership without compromise.",
                "PERSON:Zelenskyy");

        assertThat(found).anySatisfy(s -> {
            assertThat(s.holder().name()).isEqualTo("Zelenskyy");
            assertThat(s.position()).isEqualTo(Position.MIXED);
            assertThat(s.condition()).hasValueSatisfying(c -> {
                assertThat(c.kind()).isEqualTo(Condition.Kind.CONDITIONAL);
                assertThat(c.text()).isEqualTo("once hostilities cease");
            });
            assertThat(s.rules()).contains("condition-conditional");
        });
        assertThat(found).anySatisfy(s -> {
            assertThat(s.holder().surface()).isEqualTo("Ukrainian officials");
            assertThat(s.position()).isEqualTo(Position.SUPPORT);
            assertThat(s.condition()).as("'without compromise' is not a condition").isEmpty();
        });
    }

    @Test
    void not_on_the_table_for_immediate_membership_is_mixed() {
        Stance s = only("Rutte clarified that while NATO members agree Ukraine's future lies within the Alliance, immediate membership is not on the table.",
                "PERSON:Rutte", "ORGANIZATION:NATO", "GOVERNMENT:Ukraine");

        assertThat(s.holder().name()).isEqualTo("Rutte");
        assertThat(s.position()).isEqualTo(Position.MIXED);
    }

    @Test
    void never_promised_is_a_negated_promise() {
        Stance s = only("Rutte also stated that leaders had never promised Ukraine that it would become a NATO member.",
                "PERSON:Rutte", "GOVERNMENT:Ukraine");

        assertThat(s.position()).isEqualTo(Position.OPPOSE);
        assertThat(s.negated()).isTrue();
    }

    @Test
    void double_negation_cancels() {
        Stance s = only("Biden said he would not refuse to support Ukraine's NATO membership.", "PERSON:Biden", "GOVERNMENT:Ukraine");

        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void no_longer_supports_is_opposition_and_a_reported_shift() {
        Stance s = only("Smith no longer supports joining NATO.", "PERSON:Smith");

        assertThat(s.position()).isEqualTo(Position.OPPOSE);
        assertThat(s.shift()).isTrue();
    }

    @Test
    void the_article_reporting_a_shift_marks_the_stance() {
        List<Stance> found = stances("Amidst these discussions, Trump has started to shift his positions, particularly regarding military support for Ukraine. "
                + "Additionally, Trump's attitude towards Ukraine reclaiming territory lost to Russia appears to have reverted.",
                "PERSON:Trump", "GOVERNMENT:Ukraine", "GOVERNMENT:Russia");

        assertThat(found).extracting(Stance::issue).containsExactlyInAnyOrder("aid", "territory");
        assertThat(found).allSatisfy(s -> {
            assertThat(s.shift()).isTrue();
            assertThat(s.holder().name()).isEqualTo("Trump");
        });
    }

    @Test
    void lemma_matching_finds_variants_of_the_terms() {
        for (String phrase : List.of("joining NATO", "joining the Alliance", "NATO's accession process", "becoming a NATO member",
                "membership in NATO")) {
            Stance s = only("Jones strongly opposes Ukraine " + phrase + ".", "PERSON:Jones", "GOVERNMENT:Ukraine");
            assertThat(s.position()).as(phrase).isEqualTo(Position.OPPOSE);
        }
    }

    @Test
    void a_sentence_without_a_holder_gives_no_stance() {
        assertThat(stances("The complexities surrounding Ukraine's NATO membership loom large in these discussions.",
                "GOVERNMENT:Ukraine")).isEmpty();
    }

    @Test
    void speaker_of_an_attribution_holds_the_stance_of_its_content() {
        String text = "\"Ukraine will never join NATO,\" the spokesman said, according to Lavrov.";
        AnnotatedArticle doc = Docs.annotated(text, "PERSON:Lavrov");
        int start = text.indexOf("Ukraine");
        Span content = new Span(start, text.indexOf(",\""));
        Span mention = new Span(text.indexOf("Lavrov"), text.indexOf("Lavrov") + 6);
        Attribution a = new Attribution(content, content.of(text), true, AttributionKind.SPEECH, List.of(content),
                Optional.of(new Span(text.indexOf("said"), text.indexOf("said") + 4)), "said",
                new Speaker.Known(mention, "Lavrov", "", "Sergey Lavrov"), 0, 0.9);

        List<Stance> found = EXTRACTOR.extract(doc, List.of(), List.of(a), DATE);

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().name()).isEqualTo("Sergey Lavrov");
            assertThat(s.position()).isEqualTo(Position.OPPOSE);
        });
    }

    @Test
    void pronoun_subject_resolves_to_the_person_named_before() {
        List<Stance> found = stances("Hegseth spoke in Brussels. He rejected Ukraine's NATO membership.", "PERSON:Hegseth", "GOVERNMENT:Ukraine");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().name()).isEqualTo("Hegseth");
            assertThat(s.holder().surface()).isEqualTo("He");
            assertThat(s.position()).isEqualTo(Position.OPPOSE);
        });
    }

    @Test
    void a_role_with_the_name_in_apposition_is_that_person() {
        Stance s = only("The Secretary General, Mark Rutte, rejected Ukraine's NATO membership.", "PERSON:Mark Rutte", "GOVERNMENT:Ukraine");

        assertThat(s.holder().name()).as(s.toString()).isEqualTo("Mark Rutte");
        assertThat(s.holder().surface()).isEqualTo("Mark Rutte");
        assertThat(s.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void dismissing_one_thing_while_focusing_instead_on_another_does_not_oppose_the_other() {
        List<Stance> found = stances("Rutte dismissed the value of abstract talks, focusing instead on military support for Ukraine.",
                "PERSON:Rutte", "GOVERNMENT:Ukraine");

        assertThat(found).noneSatisfy(s -> assertThat(s.position()).isEqualTo(Position.OPPOSE));
    }

    @Test
    void a_name_in_apposition_after_an_untagged_role_is_the_holder() {
        Stance s = only("The alliance's new chief, Mark Rutte, rejected Ukraine's NATO membership.", "PERSON:Mark Rutte", "GOVERNMENT:Ukraine");

        assertThat(s.holder().name()).isEqualTo("Mark Rutte");
        assertThat(s.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void judging_a_rejection_as_wrong_is_support() {
        Stance s = only("Putin stressed that rejecting NATO membership would be wrong.", "PERSON:Putin");

        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void according_to_frames_the_sentence_as_the_named_holders() {
        Stance s = only("According to Zelensky, Ukraine is ready to join NATO tomorrow.", "PERSON:Zelensky", "GOVERNMENT:Ukraine");

        assertThat(s.holder().name()).isEqualTo("Zelensky");
        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void first_person_outside_quotes_is_the_articles_main_speaker() {
        List<Stance> found = stances("Putin met reporters. Putin spoke at length. We are categorically opposed to Ukraine joining NATO.",
                "PERSON:Putin", "GOVERNMENT:Ukraine");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().surface()).isEqualTo("We");
            assertThat(s.holder().name()).isEqualTo("Putin");
            assertThat(s.position()).isEqualTo(Position.OPPOSE);
        });
    }

    @Test
    void a_question_takes_no_position() {
        assertThat(stances("Why does Smith oppose joining NATO?", "PERSON:Smith")).isEmpty();
    }

    @Test
    void a_reversal_before_the_issue_with_a_demand_is_opposition() {
        Stance s = only("Putin demands guarantees ruling out NATO membership for Kyiv.", "PERSON:Putin", "GOVERNMENT:Kyiv");

        assertThat(s.position()).isEqualTo(Position.OPPOSE);
        assertThat(s.negated()).isTrue();
    }

    @Test
    void against_speaks_only_of_what_follows_it() {
        Stance s = only("Nauseda expressed support for Ukraine in the fight against aggression and on the path to NATO membership.",
                "PERSON:Nauseda", "GOVERNMENT:Ukraine");

        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void possessor_of_a_stance_noun_holds_it() {
        Stance s = only("Smith spoke after the talks, and our demands concerning the prevention of NATO membership were ignored.",
                "PERSON:Smith");

        assertThat(s.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void first_person_in_a_transcript_turn_is_the_turns_speaker_not_the_articles_main_speaker() {
        List<Stance> found = stances("Smith spoke first. Smith spoke again. Smith left. Jones: We are categorically opposed to Ukraine joining NATO.",
                "PERSON:Smith", "PERSON:Jones", "GOVERNMENT:Ukraine");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().surface()).isEqualTo("We");
            assertThat(s.holder().name()).isEqualTo("Jones");
            assertThat(s.position()).isEqualTo(Position.OPPOSE);
        });
    }

    @Test
    void a_turn_whose_sentence_names_no_holder_is_the_turn_speakers_stance() {
        List<Stance> found = stances("Smith spoke first. Smith spoke again. Smith left. Jones: I will be brief. Ukraine's NATO membership is unacceptable.",
                "PERSON:Smith", "PERSON:Jones", "GOVERNMENT:Ukraine");

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().name()).isEqualTo("Jones");
            assertThat(s.position()).isEqualTo(Position.OPPOSE);
        });
    }

    @Test
    void the_president_of_a_readout_is_the_office_holder_not_the_person_named_before() {
        String text = "Joe Biden called Kyiv. Joe Biden spoke about the war. The President stressed that Ukraine must join NATO.";
        org.parley.model.Article readout = org.parley.model.Article.of("readout", "test", "President of Ukraine", "Phone call", "", "",
                Optional.of(LocalDate.of(2022, 3, 1)), text, text, List.of(), java.util.Map.of());
        AnnotatedArticle doc = Invariants.check(Docs.annotated(readout, "PERSON:Joe Biden", "GOVERNMENT:Ukraine", "GOVERNMENT:Kyiv"));

        List<Stance> found = EXTRACTOR.extract(doc, List.of(), List.of(), DATE);

        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.holder().name()).isEqualTo("Volodymyr Zelenskyy");
            assertThat(s.holder().surface()).isEqualTo("The President");
            assertThat(s.position()).isEqualTo(Position.SUPPORT);
        });
    }

    @Test
    void in_exchange_for_is_a_demand() {
        Stance s = only("Smith supports NATO membership for Ukraine in exchange for a debt increase.", "PERSON:Smith", "GOVERNMENT:Ukraine");

        assertThat(s.condition()).hasValueSatisfying(c -> {
            assertThat(c.kind()).isEqualTo(Condition.Kind.DEMAND);
            assertThat(c.text()).isEqualTo("in exchange for a debt increase");
        });
    }

    @Test
    void first_person_in_a_turn_of_an_unnamed_speaker_holds_no_stance() {
        assertThat(stances("Smith spoke first. Smith spoke again. Question: We are categorically opposed to Ukraine joining NATO.",
                "PERSON:Smith", "GOVERNMENT:Ukraine")).isEmpty();
    }

    @Test
    void even_if_concedes_and_does_not_make_the_position_conditional() {
        Stance s = only("According to Zelensky, Ukraine is ready to join NATO tomorrow, even if Russia objects.",
                "PERSON:Zelensky", "GOVERNMENT:Ukraine", "GOVERNMENT:Russia");

        assertThat(s.position()).isEqualTo(Position.SUPPORT);
        assertThat(s.condition()).isEmpty();
    }

    @Test
    void a_relative_clause_in_an_appositive_speaks_for_the_named_person() {
        Stance s = only("Donors attacked Lynch, a Democrat who has expressed support for NATO membership.", "PERSON:Lynch");

        assertThat(s.holder().name()).isEqualTo("Lynch");
        assertThat(s.position()).isEqualTo(Position.SUPPORT);
    }

    @Test
    void noted_is_not_a_negation_though_its_stem_is_that_of_not() {
        Stance s = only("Smith noted that he supports NATO membership.", "PERSON:Smith");

        assertThat(s.position()).isEqualTo(Position.SUPPORT);
        assertThat(s.negated()).isFalse();
    }

    @Test
    void a_person_of_a_place_is_the_holder_and_against_before_the_issue_governs_the_act_around_it() {
        Stance s = only("Senator Lynch of Ohio, for example, blasted an email asking supporters to sign a petition against NATO membership.",
                "PERSON:Lynch", "PLACE:Ohio");

        assertThat(s.holder().name()).isEqualTo("Lynch");
        assertThat(s.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void a_condition_in_a_later_clause_does_not_qualify_the_position() {
        Stance s = only("According to Smith, Ukraine will continue its path to NATO membership, and nobody may stop a country if it wishes to.",
                "PERSON:Smith", "GOVERNMENT:Ukraine");

        assertThat(s.condition()).isEmpty();
    }

    @Test
    void first_person_in_a_speech_is_the_speaker_its_title_names() {
        String text = "Smith spoke first. Smith spoke again. Jones was there. We are categorically opposed to Ukraine joining NATO.";
        org.parley.model.Article plain = Docs.article(text);
        org.parley.model.Article speech = org.parley.model.Article.of("speech", "test", "test", "Speech by Adviser Jones at a forum", "", "",
                Optional.empty(), text, text, List.of(), java.util.Map.of());
        AnnotatedArticle doc = Invariants.check(Docs.annotated(speech, "PERSON:Smith", "PERSON:Jones", "GOVERNMENT:Ukraine"));
        AnnotatedArticle plainDoc = Invariants.check(Docs.annotated(plain, "PERSON:Smith", "PERSON:Jones", "GOVERNMENT:Ukraine"));

        assertThat(EXTRACTOR.extract(doc, List.of(), List.of(), DATE)).singleElement()
                .satisfies(s -> assertThat(s.holder().name()).isEqualTo("Jones"));
        assertThat(EXTRACTOR.extract(plainDoc, List.of(), List.of(), DATE)).singleElement()
                .satisfies(s -> assertThat(s.holder().name()).isEqualTo("Smith"));
    }

    @Test
    void a_position_named_as_someone_elses_in_reported_speech_is_theirs_not_the_speakers() {
        String text = "Smith noted the firm position of Brussels in support of NATO membership for Ukraine.";
        AnnotatedArticle doc = Invariants.check(Docs.annotated(text, "PERSON:Smith", "GOVERNMENT:Brussels", "GOVERNMENT:Ukraine"));
        Span content = new Span(text.indexOf("the firm"), text.length() - 1);
        Span mention = new Span(0, 5);
        Attribution a = new Attribution(content, content.of(text), false, AttributionKind.SPEECH, List.of(content),
                Optional.of(new Span(6, 11)), "noted", new Speaker.Known(mention, "Smith", "", "Smith"), 0, 0.9);

        List<Stance> found = EXTRACTOR.extract(doc, List.of(), List.of(a), DATE);

        assertThat(found).singleElement().satisfies(s -> assertThat(s.holder().name()).isEqualTo("Brussels"));
    }

    @Test
    void only_a_recent_day_in_the_sentence_dates_the_statement_not_the_years_and_deadlines_it_is_about() {
        Optional<LocalDate> article = Optional.of(LocalDate.of(2025, 2, 14));
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2025, 2, 11), Granularity.DAY, "2025-02-11"), article)).isTrue();
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2025, 2, 10), Granularity.WEEK, "2025-W07"), article)).isTrue();
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2060, 1, 1), Granularity.YEAR, "2060"), article)).isFalse();
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2014, 1, 1), Granularity.YEAR, "2014"), article)).isFalse();
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2025, 2, 1), Granularity.MONTH, "2025-02"), article)).isFalse();
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2025, 3, 1), Granularity.DAY, "2025-03-01"), article)).isFalse();
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2024, 11, 5), Granularity.DAY, "2024-11-05"), article)).isFalse();
        assertThat(StanceExtractor.statementTime(new When(LocalDate.of(2024, 11, 5), Granularity.DAY, "2024-11-05"), Optional.empty())).isTrue();
    }

    @Test
    void not_changing_a_policy_on_the_issue_keeps_the_course_rather_than_denying_it() {
        AnnotatedArticle doc = Invariants.check(Docs.annotated(
                "Duda said the alliance must signal that it will not change its policy on NATO membership.", "PERSON:Duda"));
        // as a tagger reads it: "change" here is a verb (the test documents tag every word a noun)
        List<Token> tokens = doc.tokens().stream().map(t -> t.word().equals("change")
                ? new Token(t.index(), t.span(), t.word(), t.lemma(), "VB", t.ner(), t.sentence()) : t).toList();
        AnnotatedArticle tagged = new AnnotatedArticle(doc.article(), doc.sentences(), tokens, doc.mentions(), doc.times(), doc.annotator());
        assertThat(EXTRACTOR.extract(tagged, List.of(), List.of(), DATE)).singleElement()
                .satisfies(kept -> assertThat(kept.position()).isEqualTo(Position.SUPPORT));

        Stance denied = only("Duda said the alliance will not offer NATO membership.", "PERSON:Duda");
        assertThat(denied.position()).isEqualTo(Position.OPPOSE);
    }

    @Test
    void a_state_not_reached_yet_is_no_position_against_it() {
        assertThat(stances("Zelensky asked for guarantees as long as Ukraine is not a member of NATO yet.",
                "PERSON:Zelensky", "GOVERNMENT:Ukraine")).noneMatch(s -> s.position() == Position.OPPOSE);
        assertThat(only("Zelensky said Ukraine should not join NATO.", "PERSON:Zelensky", "GOVERNMENT:Ukraine").position())
                .isEqualTo(Position.OPPOSE);
    }
}
