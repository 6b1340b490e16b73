package org.parley.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.extract.quote.Tagged.extract;
import static org.parley.extract.quote.Tagged.surface;
import static org.parley.extract.quote.Tagged.withCue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.entity.EntityExtractor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.Speaker;
import org.parley.testkit.Docs;

/** Attribution patterns that hang on parts of speech, on sentences tagged the way a real tagger tags them. */
class TaggedPatternsTest {
    private final EntityExtractor entities = new EntityExtractor();
    private final AttributionExtractor extractor = new AttributionExtractor();

    @Test
    void a_past_tense_tagged_as_participle_after_its_subject_is_still_a_cue() {
        List<Attribution> all = extract("In/IN July/NNP ,/, the/DT NAACP/NNP/ORGANIZATION called/VBN for/IN a/DT "
                + "moratorium/NN on/IN charter/NN schools/NNS ./.");
        Attribution a = withCue(all, "called for");
        assertThat(a.text()).isEqualTo("a moratorium on charter schools");
        assertThat(surface(a)).isEqualTo("the NAACP");
    }

    @Test
    void a_participle_modifying_a_noun_is_no_cue() {
        List<Attribution> all = extract("A/DT meeting/NN called/VBN by/IN the/DT mayor/NN ended/VBD early/RB ./.\n"
                + "The/DT poll/NN released/VBN Friday/NNP shows/VBZ that/IN voters/NNS are/VBP split/VBN ./.");
        assertThat(all).noneMatch(a -> a.cueText().equals("called"));
        assertThat(withCue(all, "shows").text()).isEqualTo("that voters are split");
    }

    @Test
    void a_cue_after_a_quote_with_a_clause_of_its_own_reports_that_clause() {
        List<Attribution> all = extract("“/`` He/PRP is/VBZ unfit/JJ ./. ”/''\n"
                + "She/PRP/O says/VBZ it/PRP underscores/VBZ that/IN Trump/NNP/PERSON is/VBZ “/`` unfit/JJ to/TO "
                + "lead/VB ./. ”/''");
        Attribution says = withCue(all, "says");
        assertThat(says.text()).startsWith("it underscores that Trump is");
        assertThat(surface(says)).isEqualTo("She");
    }

    @Test
    void the_whole_name_before_said_after_a_quote_is_the_speaker() {
        List<Attribution> all = extract("“/`` It/PRP was/VBD the/DT least/JJS bad/JJ outcome/NN ,/, ”/'' Mr./NNP "
                + "Morgan/NNP/PERSON of/IN the/DT Sierra/NNP/ORGANIZATION Club/NNP/ORGANIZATION said/VBD ./.\n"
                + "“/`` We/PRP won/VBD ,/, ”/'' retired/VBN Air/NNP Force/NNP general/NNP Lloyd/NNP/PERSON "
                + "Newton/NNP/PERSON said/VBD ./.");
        Attribution first = all.stream().filter(a -> a.text().contains("least bad")).findFirst().orElseThrow();
        assertThat(surface(first)).isEqualTo("Mr. Morgan of the Sierra Club");
        Attribution second = all.stream().filter(a -> a.text().contains("We won")).findFirst().orElseThrow();
        assertThat(surface(second)).isEqualTo("retired Air Force general Lloyd Newton");
    }

    @Test
    void a_place_and_time_between_the_cue_and_that_are_not_content() {
        List<Attribution> all = extract("Mr./NNP Stenger/NNP/PERSON announced/VBD in/IN a/DT statement/NN this/DT "
                + "month/NN that/IN he/PRP had/VBD reached/VBN a/DT settlement/NN ./.");
        assertThat(withCue(all, "announced").text()).isEqualTo("that he had reached a settlement");
    }

    @Test
    void a_relative_clause_after_a_comma_ends_an_object() {
        List<Attribution> all = extract("The/DT judge/NN rejected/VBD the/DT argument/NN ,/, which/WDT "
                + "surprised/VBD the/DT lawyers/NNS ./.");
        assertThat(withCue(all, "rejected").text()).isEqualTo("the argument");
    }

    @Test
    void a_report_inside_the_content_of_another_counts_once() {
        List<Attribution> all = extract("Trump/NNP/PERSON said/VBD Clinton/NNP/PERSON once/RB called/VBD the/DT "
                + "deal/NN a/DT good/JJ model/NN ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("Clinton once called the deal a good model");
        assertThat(all).noneMatch(a -> a.cueText().equals("called"));
    }

    @Test
    void a_second_source_after_a_comma_ends_the_first_content() {
        List<Attribution> all = extract("He/PRP acknowledged/VBD funding/NN was/VBD a/DT reason/NN ,/, Ham/NNP/PERSON "
                + "also/RB noted/VBD several/JJ problems/NNS ./.");
        assertThat(withCue(all, "acknowledged").text()).isEqualTo("funding was a reason");
        assertThat(withCue(all, "noted").text()).isEqualTo("several problems");
    }

    @Test
    void an_object_ends_where_a_new_subject_and_verb_begin() {
        List<Attribution> all = extract("The/DT bank/NN agreed/VBD to/TO lend/VB him/PRP money/NN ,/, and/CC the/DT "
                + "union/NN also/RB stepped/VBD in/RP ./.");
        assertThat(withCue(all, "agreed").text()).isEqualTo("to lend him money");
    }

    @Test
    void an_object_ends_before_the_occasion_it_was_said_on() {
        List<Attribution> all = extract("The/DT judge/NN rejected/VBD that/DT argument/NN in/IN a/DT ruling/NN "
                + "released/VBN Thursday/NNP ./.");
        assertThat(withCue(all, "rejected").text()).isEqualTo("that argument");
    }

    @Test
    void words_quoted_inside_the_writers_own_sentence_are_no_quote_of_their_own() {
        List<Attribution> all = extract("Warren/NNP/PERSON spoke/VBD ./.\n"
                + "Critics/NNS see/VBP a/DT “/`` use/VB it/PRP or/CC lose/VB it/PRP ”/'' approach/NN to/TO voting/NN ./.");
        assertThat(all).noneMatch(a -> a.text().contains("lose it"));
    }

    @Test
    void a_mixed_quote_takes_the_quoted_sentences_after_its_cue() {
        List<Attribution> all = extract("Both/DT parties/NNS “/`` saw/VBD Burma/NNP/LOCATION as/IN a/DT friend/NN ,/, ”/'' "
                + "said/VBD Victor/NNP/PERSON Cha/NNP/PERSON ./. “/`` It/PRP was/VBD easy/JJ ./. ”/''");
        Attribution a = withCue(all, "said");
        assertThat(a.direct()).isTrue();
        assertThat(a.text()).startsWith("Both parties").endsWith("It was easy.");
        assertThat(a.fragments()).hasSize(2);
    }

    @Test
    void a_participle_right_before_a_quote_gives_its_noun_the_quote() {
        List<Attribution> all = extract("The/DT ad/NN uses/VBZ footage/NN of/IN Hillary/NNP/PERSON Clinton/NNP/PERSON asking/VBG ,/, "
                + "“/`` Why/WRB not/RB me/PRP ?/. ”/''");
        Attribution a = all.stream().filter(x -> x.text().contains("Why not me")).findFirst().orElseThrow();
        assertThat(surface(a)).isEqualTo("Hillary Clinton");
        assertThat(a.cueText()).isEqualTo("asking");
    }

    @Test
    void a_sentence_ending_in_a_colon_gives_its_subject_the_quote_after_it() {
        List<Attribution> all = extract("Sanders/NNP/PERSON made/VBD the/DT following/JJ comment/NN :/: “/`` Jobs/NNS "
                + "matter/VBP ./. ”/''");
        Attribution a = all.stream().filter(x -> x.text().contains("Jobs matter")).findFirst().orElseThrow();
        assertThat(surface(a)).isEqualTo("Sanders");
    }

    @Test
    void the_source_is_the_noun_before_a_prepositional_phrase() {
        List<Attribution> all = extract("Protesters/NNS in/IN the/DT streets/NNS chanted/VBD “/`` What/WP curfew/NN ?/. ”/''");
        Attribution a = all.stream().filter(x -> x.text().contains("What curfew")).findFirst().orElseThrow();
        assertThat(surface(a)).isEqualTo("Protesters in the streets");
    }

    @Test
    void an_owned_reporting_noun_reports_its_preposition_object_or_infinitive() {
        List<Attribution> all = extract("Romney/NNP/PERSON stood/VBD by/IN his/PRP$ comment/NN about/IN "
                + "dependent/JJ voters/NNS ./.\n"
                + "The/DT agency/NN released/VBD its/PRP$ plan/NN to/TO cut/VB emissions/NNS ./.");
        assertThat(withCue(all, "comment").text()).isEqualTo("dependent voters");
        assertThat(surface(withCue(all, "comment"))).isEqualTo("his");
        assertThat(withCue(all, "plan").text()).isEqualTo("to cut emissions");
    }

    @Test
    void a_passive_cue_with_an_agent_makes_the_agent_the_source_of_the_subject() {
        List<Attribution> all = extract("The/DT nominee/NN has/VBZ been/VBN endorsed/VBN by/IN dozens/NNS of/IN "
                + "papers/NNS ./.");
        Attribution a = withCue(all, "endorsed");
        assertThat(a.text()).isEqualTo("The nominee");
        assertThat(surface(a)).startsWith("dozens");
    }

    @Test
    void where_or_when_after_a_cue_is_no_content() {
        List<Attribution> all = extract("Julie/NNP/PERSON Davis/NNP/PERSON reported/VBD from/IN Midway/NNP Atoll/NNP ./.");
        assertThat(all).isEmpty();
    }

    @Test
    void a_second_verb_of_the_reported_clause_stays_in_it_but_a_second_report_ends_it() {
        List<Attribution> all = extract("Aides/NNS argued/VBD that/IN it/PRP agitated/VBD Trump/NNP/PERSON and/CC "
                + "exposed/VBD a/DT weakness/NN ./.\n"
                + "Trump/NNP/PERSON said/VBD he/PRP would/MD win/VB and/CC warned/VBD that/IN polls/NNS lie/VBP ./.");
        assertThat(withCue(all, "argued").text()).isEqualTo("that it agitated Trump and exposed a weakness");
        assertThat(withCue(all, "said").text()).isEqualTo("he would win");
    }

    @Test
    void an_opening_mark_left_at_the_end_of_the_sentence_before_still_opens_a_quote() {
        List<Attribution> all = extract("''/`` I/PRP do/VBP n't/RB judge/VB ,/, ''/'' Kevin/NNP/PERSON said/VBD ./. ''/``\n"
                + "But/CC most/JJS people/NNS regret/VBP it/PRP ./. ''/''");
        Attribution first = all.stream().filter(a -> a.text().contains("judge")).findFirst().orElseThrow();
        assertThat(first.direct()).isTrue();
        assertThat(surface(first)).isEqualTo("Kevin");
        Attribution second = all.stream().filter(a -> a.text().contains("most people")).findFirst().orElseThrow();
        assertThat(second.direct()).isTrue();
        assertThat(surface(second)).isEqualTo("Kevin");
    }

    @Test
    void a_second_reporting_verb_after_a_comma_ends_the_content_but_a_modal_goes_on() {
        List<Attribution> all = extract("Obama/NNP/PERSON understood/VBD that/IN a/DT push/NN would/MD fail/VB ,/, "
                + "told/VBD his/PRP$ aides/NNS to/TO act/VB ./.\n"
                + "Voters/NNS said/VBD they/PRP had/VBD doubts/NNS ,/, but/CC could/MD not/RB say/VB so/RB ./.");
        assertThat(withCue(all, "understood").text()).isEqualTo("that a push would fail");
        assertThat(withCue(all, "said").text()).isEqualTo("they had doubts, but could not say so");
    }

    @Test
    void a_cue_inside_the_speakers_description_does_not_split_the_turn() {
        List<Attribution> all = extract("“/`` These/DT are/VBP strange/JJ days/NNS ,/, ”/'' said/VBD Peter/NNP/PERSON "
                + "Morgan/NNP/PERSON ,/, a/DT lawyer/NN who/WP has/VBZ challenged/VBN the/DT industry/NN ./.\n"
                + "“/`` I/PRP am/VBP skeptical/JJ ./. ”/''");
        Attribution a = all.stream().filter(x -> x.text().contains("strange days")).findFirst().orElseThrow();
        assertThat(a.text()).endsWith("I am skeptical.");
        assertThat(surface(a)).isEqualTo("Peter Morgan");
        assertThat(all).noneMatch(x -> x.cueText().equals("challenged"));
    }

    @Test
    void a_new_clause_after_a_comma_ends_an_object() {
        List<Attribution> all = extract("A/DT judge/NN found/VBD that/DT action/NN unconstitutional/JJ ,/, the/DT "
                + "ruling/NN was/VBD overturned/VBN ./.");
        assertThat(withCue(all, "found").text()).isEqualTo("that action unconstitutional");
    }

    @Test
    void a_verb_that_reports_only_beside_a_quotation_needs_one() {
        List<Attribution> all = extract("The/DT letter/NN reads/VBZ :/: “/`` We/PRP see/VBP change/NN ./. ”/''\n"
                + "He/PRP reads/VBZ the/DT news/NN every/DT day/NN ./.");
        Attribution a = all.stream().filter(x -> x.text().contains("We see change")).findFirst().orElseThrow();
        assertThat(surface(a)).isEqualTo("The letter");
        assertThat(all).noneMatch(x -> x.text().contains("news"));
    }

    @Test
    void told_reaches_over_the_listener_and_when_to_that() {
        List<Attribution> all = extract("He/PRP told/VBD one/CD of/IN his/PRP$ students/NNS on/IN a/DT regular/JJ "
                + "basis/NN that/IN “/`` terror/NN is/VBZ the/DT answer/NN ./. ”/''");
        assertThat(withCue(all, "told").text()).startsWith("that").contains("terror is the answer");
    }

    @Test
    void but_after_a_comma_inside_a_closing_quote_ends_the_content() {
        List<Attribution> all = extract("Trump/NNP/PERSON described/VBD the/DT incident/NN as/IN a/DT “/`` terrible/JJ "
                + "situation/NN ,/, ”/'' but/CC stopped/VBD short/JJ of/IN more/JJR ./.");
        assertThat(withCue(all, "described").text()).isEqualTo("the incident as a “terrible situation,”");
    }

    @Test
    void you_know_is_a_filler_not_a_belief() {
        List<Attribution> all = extract("Well/UH ,/, look/VB ,/, you/PRP know/VBP ,/, Cuban/NNP/PERSON says/VBZ "
                + "tough/JJ things/NNS ./.");
        assertThat(all).noneMatch(a -> a.cueText().equals("know"));
        assertThat(withCue(all, "says").text()).isEqualTo("tough things");
    }

    @Test
    void curly_quotes_inside_a_curly_quote_nest() {
        List<QuoteMarks.Quote> quotes = QuoteMarks.find("“I’d rather live in what he calls “hell” than here.” ― Ana Ruiz");
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).inner().end()).isEqualTo("“I’d rather live in what he calls “hell” than here.".length());
    }

    @Test
    void a_straight_mark_never_closed_before_a_curly_quote_is_residue() {
        String text = "\"Trump walked onto the stage, chanting “U-S-A! U-S-A!”\n\nShe cheered.";
        List<QuoteMarks.Quote> quotes = QuoteMarks.find(text);
        assertThat(quotes).hasSize(1);
        assertThat(text.substring(quotes.get(0).inner().start(), quotes.get(0).inner().end())).isEqualTo("U-S-A! U-S-A!");
    }

    @Test
    void a_curly_quote_inside_a_closed_straight_quote_stays_inside_it() {
        String text = "\"I read the question: “Do you agree?” Forty percent said yes,\" he said.";
        List<QuoteMarks.Quote> quotes = QuoteMarks.find(text);
        assertThat(quotes.get(0).outer().start()).isZero();
    }

    @Test
    void a_quote_with_no_cue_belongs_to_the_person_the_sentence_before_is_about() {
        List<Attribution> all = extract("Mike/NNP/PERSON Pence/NNP/PERSON said/VBD law/NN matters/VBZ ./.\n\n"
                + "On/IN TV/NN ,/, Sen./NNP Ann/NNP/PERSON Lee/NNP/PERSON ,/, who/WP lost/VBD ,/, identified/VBD "
                + "a/DT reason/NN ./.\n“/`` The/DT young/JJ are/VBP tired/JJ of/IN it/PRP ./. ”/''");
        Attribution quote = all.stream().filter(Attribution::direct).findFirst().orElseThrow();
        assertThat(quote.speaker()).isInstanceOfSatisfying(Speaker.Known.class,
                k -> assertThat(k.surface()).isEqualTo("Sen. Ann Lee"));
    }

    @Test
    void saying_after_a_noun_reports_what_that_noun_says() {
        List<Attribution> all = extract("She/PRP held/VBD up/RP a/DT sign/NN saying/VBG voters/NNS "
                + "want/VBP change/NN ./.\n"
                + "Crowds/NNS cheering/VBG filled/VBD the/DT hall/NN ./.");
        Attribution saying = withCue(all, "saying");
        assertThat(saying.text()).isEqualTo("voters want change");
        assertThat(surface(saying)).isEqualTo("a sign");
        assertThat(all).noneMatch(a -> a.cueText().equals("cheering"));
    }

    @Test
    void an_attitude_adjective_after_a_copula_is_a_belief_about_its_object() {
        List<Attribution> all = extract("Graham/NNP/PERSON has/VBZ been/VBN critical/JJ of/IN the/DT deal/NN ./.\n"
                + "A/DT critical/JJ review/NN of/IN the/DT deal/NN appeared/VBD ./.");
        Attribution critical = withCue(all, "critical of");
        assertThat(critical.text()).isEqualTo("the deal");
        assertThat(critical.kind()).isEqualTo(org.parley.model.AttributionKind.BELIEF);
        assertThat(surface(critical)).isEqualTo("Graham");
        assertThat(all).hasSize(1);
    }

    @Test
    void a_reporting_noun_carried_by_a_light_verb_belongs_to_the_verbs_subject() {
        List<Attribution> all = extract("The/DT council/NN sounded/VBD a/DT loud/JJ call/NN for/IN new/JJ talks/NNS ./.\n"
                + "Obama/NNP/PERSON airs/VBZ the/DT case/NN for/IN Clinton/NNP/PERSON ./.");
        Attribution call = withCue(all, "call");
        assertThat(call.text()).isEqualTo("new talks");
        assertThat(surface(call)).isEqualTo("The council");
        assertThat(surface(withCue(all, "case"))).isEqualTo("Obama");
    }

    @Test
    void a_transcript_turn_runs_on_through_quoted_paragraphs_without_a_tag() {
        List<Attribution> all = extract("\"/`` PENCE/NNP :/: Well/UH ,/, we/PRP won/VBD ./.\n\n"
                + "\"/`` But/CC they/PRP lost/VBD ./.\n\n"
                + "\"/`` WALLACE/NNP :/: Really/RB ?/.");
        Attribution pence = all.stream().filter(a -> surface(a).equals("PENCE")).findFirst().orElseThrow();
        assertThat(pence.text()).startsWith("Well, we won.").endsWith("But they lost");
        assertThat(all).filteredOn(a -> a.text().contains("they lost")).hasSize(1);
    }

    @Test
    void a_quote_runs_into_the_next_paragraph_only_when_it_opens_with_the_same_kind_of_mark() {
        String text = "\"Kevin was snoring.\n\n“Here he is,” she said.";
        List<QuoteMarks.Quote> quotes = QuoteMarks.find(text);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).closed()).isFalse();
        assertThat(text.substring(quotes.get(1).inner().start(), quotes.get(1).inner().end())).isEqualTo("Here he is,");
    }

    @Test
    void a_straight_mark_never_closed_in_an_article_set_in_curly_marks_is_residue_and_reported() {
        AnnotatedArticle doc = Tagged.doc("“/`` We/PRP won/VBD ,/, ”/'' she/PRP said/VBD ./.\n\n"
                + "\"/`` Melanie/NNP/PERSON thought/VBD the/DT vote/NN was/VBD rigged/VBN ./.\n\n"
                + "“/`` They/PRP lost/VBD ,/, ”/'' she/PRP said/VBD ./.");
        AttributionExtractor.Result r = extractor.analyse(doc, entities.process(doc));
        assertThat(withCue(r.attributions(), "thought").direct()).isFalse();
        assertThat(r.attributions()).filteredOn(Attribution::direct).extracting(Attribution::text)
                .containsExactly("We won,", "They lost,");
        assertThat(r.warnings()).singleElement().satisfies(p -> assertThat(p.hint()).contains("residue"));
    }

    @Test
    void an_opening_mark_written_against_the_next_word_never_ends_a_content() {
        AnnotatedArticle doc = Docs.annotated("They declared him the victor. \"You will be happy,\" he said.");
        org.parley.extract.entity.TokenView tv = new org.parley.extract.entity.TokenView(doc);
        int opening = tv.firstStartingAt(doc.text().indexOf("\"You"));
        int victor = tv.firstStartingAt(doc.text().indexOf("victor"));
        assertThat(ContentBounds.trimStops(tv, 0, opening)).isEqualTo(victor);
        int closing = tv.firstStartingAt(doc.text().indexOf("\" he"));
        assertThat(ContentBounds.trimStops(tv, 0, closing)).isEqualTo(closing);
    }

    @Test
    void a_spaced_dash_after_a_dateline_is_no_part_of_the_speakers_name() {
        List<Attribution> all = extract("WASHINGTON/NNP/LOCATION —/HYPH Sen./NNP Chuck/NNP/PERSON Grassley/NNP/PERSON "
                + "(/-LRB- R-Iowa/NNP )/-RRB- said/VBD the/DT vote/NN failed/VBD ./.");
        assertThat(surface(withCue(all, "said"))).isEqualTo("Sen. Chuck Grassley");
    }

    @Test
    void a_name_the_tagger_read_as_a_verb_is_still_the_speaker() {
        List<Attribution> all = extract("“/`` Voters/NNS changed/VBD ,/, ”/'' said/VBD Skip/VB/PERSON Rutherford/NNP/PERSON ,/, "
                + "a/DT dean/NN ./.");
        assertThat(surface(withCue(all, "said"))).isEqualTo("Skip Rutherford");
    }

    @Test
    void a_curly_mark_typed_the_wrong_way_round_still_opens_or_closes_its_quote() {
        String text = "“It’s unusual,“ said Larry Noble. “It's hard to do.”\n\n”Mr. Trump is transparent.” ― Beck Pimentel";
        List<QuoteMarks.Quote> quotes = QuoteMarks.find(text);
        assertThat(quotes).extracting(q -> text.substring(q.inner().start(), q.inner().end()))
                .containsExactly("It’s unusual,", "It's hard to do.", "Mr. Trump is transparent.");
    }

    @Test
    void appear_reports_an_impression_only_in_its_raising_use() {
        List<Attribution> all = extract("Sanders/NNP/PERSON appears/VBZ to/TO be/VB spending/VBG more/JJR ./.\n"
                + "Sanders/NNP/PERSON appeared/VBD on/IN CNN/NNP/ORGANIZATION ./.");
        assertThat(all).extracting(Attribution::text).containsExactly("Sanders appears to be spending more");
        assertThat(all.get(0).speaker()).isInstanceOf(Speaker.Unknown.class);
    }

    @Test
    void a_relative_that_is_the_subject_of_its_cue_and_a_complementizer_is_not() {
        List<Attribution> all = extract("Democracy/NNP/ORGANIZATION for/IN/ORGANIZATION America/NNP/ORGANIZATION ,/, "
                + "a/DT group/NN that/WDT endorsed/VBD Sanders/NNP/PERSON ,/, grew/VBD ./.");
        assertThat(surface(withCue(all, "endorsed"))).isEqualTo("that");
        assertThat(withCue(all, "endorsed").text()).startsWith("Sanders");
        assertThat(withCue(all, "endorsed").speaker()).isInstanceOfSatisfying(Speaker.Known.class,
                k -> assertThat(k.name()).isEqualTo("a group")); // the antecedent names it, not "that"
    }

    @Test
    void see_reports_a_view_only_with_an_as_complement() {
        List<Attribution> all = extract("Democrats/NNPS see/VBP Sanders/NNP/PERSON as/IN a/DT threat/NN ./.\n"
                + "Democrats/NNPS see/VBP the/DT results/NNS ./.");
        Attribution see = withCue(all, "see");
        assertThat(see.text()).isEqualTo("Sanders as a threat");
        assertThat(see.kind()).isEqualTo(org.parley.model.AttributionKind.BELIEF);
        assertThat(all).hasSize(1);
    }

    @Test
    void a_headline_word_before_a_colon_is_the_source_of_the_rest() {
        List<Attribution> all = extract("Poll/NNP :/: Clinton/NNP/PERSON and/CC Trump/NNP/PERSON in/IN dead/JJ heat/NN\n\n"
                + "Note/NNP :/: the/DT race/NN tightened/VBD ./.");
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Clinton and Trump in dead heat");
            assertThat(surface(a)).isEqualTo("Poll");
            assertThat(a.direct()).isFalse();
        });
    }

    @Test
    void an_adverb_of_hearsay_reports_its_clause_from_nobody_named() {
        List<Attribution> all = extract("The/DT group/NN is/VBZ reportedly/RB spending/VBG $/$ 1/CD million/CD ./.");
        assertThat(all).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("The group is reportedly spending $ 1 million");
            assertThat(a.speaker()).isInstanceOf(Speaker.Unknown.class);
            assertThat(a.kind()).isEqualTo(org.parley.model.AttributionKind.REPORT);
        });
    }

    @Test
    void finding_a_way_is_no_finding() {
        List<Attribution> all = extract("Sanders/NNP/PERSON has/VBZ found/VBN ways/NNS to/TO press/VB his/PRP$ agenda/NN ./.\n"
                + "She/PRP found/VBD herself/PRP in/IN a/DT tight/JJ race/NN ./.\n"
                + "The/DT poll/NN found/VBD that/IN Clinton/NNP/PERSON leads/VBZ ./.");
        assertThat(all).extracting(Attribution::text).containsExactly("that Clinton leads");
    }

    @Test
    void a_title_in_the_speakers_tail_does_not_break_the_turn() {
        List<Attribution> all = extract("“/`` We/PRP are/VBP not/RB winning/VBG ,/, ”/'' Clinton/NNP/PERSON said/VBD "
                + "on/IN ABC/NNP/ORGANIZATION ’s/POS “/`` This/DT Week/NN ”/'' on/IN Sunday/NNP/DATE ./.\n"
                + "“/`` We/PRP need/VBP more/JJR steps/NNS ./. ”/''");
        Attribution said = withCue(all, "said");
        assertThat(said.text()).startsWith("We are not winning").endsWith("We need more steps.");
        assertThat(said.fragments()).hasSize(2);
    }

    @Test
    void a_participle_cue_finds_the_name_opening_a_clause_the_tagger_left_without_a_verb() {
        List<Attribution> all = extract("Dean/NNP/PERSON ,/, a/DT former/JJ chairman/NN ,/, poked/VBN at/IN Trump/NNP/PERSON "
                + ",/, tweeting/VBG ,/, “/`` Coke/NNP user/NN ?/. ”/''");
        Attribution quote = all.stream().filter(Attribution::direct).findFirst().orElseThrow();
        assertThat(surface(quote)).isEqualTo("Dean");
        assertThat(quote.text()).isEqualTo("Coke user?");
    }

    @Test
    void a_quote_closed_on_a_comma_belongs_to_the_person_acting_right_after_it() {
        List<Attribution> all = extract("Apple/NNP/ORGANIZATION Music/NNP/ORGANIZATION aired/VBD the/DT clip/NN ./.\n\n"
                + "“/`` Promise/VB mama/NN you/PRP will/MD stay/VB ,/, ”/'' Blige/NNP/PERSON sings/VBZ to/IN "
                + "Clinton/NNP/PERSON ./.");
        Attribution quote = all.stream().filter(Attribution::direct).findFirst().orElseThrow();
        assertThat(surface(quote)).isEqualTo("Blige");
    }

    @Test
    void a_cue_joined_to_a_verb_of_a_clause_after_the_main_one_shares_that_clauses_subject() {
        List<Attribution> all = extract("Christie/NNP/PERSON called/VBD her/PRP a/DT “/`` disgrace/NN ”/'' after/IN "
                + "she/PRP attacked/VBD officers/NNS and/CC blamed/VBD shootings/NNS on/IN “/`` bias/NN ”/'' ./.");
        assertThat(surface(withCue(all, "blamed"))).isEqualTo("she");
    }

    @Test
    void a_message_saying_something_is_its_authors_words() {
        List<Attribution> all = extract("Trump/NNP/PERSON unleashed/VBD a/DT series/NN of/IN tweets/NNS early/JJ/DATE "
                + "Friday/NNP/DATE saying/VBG that/IN she/PRP lied/VBD ./.\n"
                + "She/PRP held/VBD up/RP a/DT sign/NN saying/VBG voters/NNS want/VBP change/NN ./.");
        assertThat(surface(withCue(all, "saying"))).isEqualTo("Trump");
        assertThat(all).filteredOn(a -> a.text().equals("voters want change")).singleElement()
                .satisfies(a -> assertThat(surface(a)).isEqualTo("a sign"));
    }
}
