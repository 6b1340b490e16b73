package org.parley.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.extract.quote.Tagged.extract;
import static org.parley.extract.quote.Tagged.surface;
import static org.parley.extract.quote.Tagged.withCue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Attribution;

/** Where a reported content ends, on hand-tagged sentences: what belongs to the source and what is the writer's. */
class ContentBoundsTest {
    @Test
    void an_occasion_noun_tagged_as_a_participle_still_ends_an_object() {
        List<Attribution> all = extract("The/DT judge/NN rejected/VBD the/DT appeal/NN in/IN a/DT ruling/VBG "
                + "released/VBN Monday/NNP ./.");
        assertThat(withCue(all, "rejected").text()).isEqualTo("the appeal");
    }

    @Test
    void that_before_a_bare_singular_noun_is_a_determiner_so_the_object_ends_at_the_next_act() {
        List<Attribution> all = extract("The/DT mayor/NN declined/VBD that/IN offer/NN and/CC has/VBZ since/IN "
                + "moved/VBN away/RB ./.");
        assertThat(withCue(all, "declined").text()).isEqualTo("that offer");
    }

    @Test
    void a_that_clause_with_its_verb_is_still_a_clause() {
        List<Attribution> all = extract("The/DT mayor/NN said/VBD that/IN money/NN was/VBD short/JJ and/CC "
                + "the/DT council/NN agreed/VBD ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("that money was short");
    }

    @Test
    void two_subjects_joined_by_and_share_the_reported_verb() {
        List<Attribution> all = extract("The/DT senator/NN says/VBZ the/DT governor/NN and/CC the/DT party/NN 's/POS "
                + "leaders/NNS should/MD resign/VB ./.\n"
                + "The/DT study/NN argues/VBZ that/IN the/DT town/NN 's/POS wealth/NN and/CC stability/NN are/VBP "
                + "fragile/JJ ./.");
        assertThat(withCue(all, "says").text()).isEqualTo("the governor and the party's leaders should resign");
        assertThat(withCue(all, "argues").text()).isEqualTo("that the town's wealth and stability are fragile");
    }

    @Test
    void an_and_after_an_infinitive_object_still_opens_a_new_clause() {
        List<Attribution> all = extract("Firms/NNS seek/VBP to/TO cut/VB costs/NNS and/CC workers/NNS pay/VBP "
                + "the/DT price/NN ./.");
        assertThat(withCue(all, "seek").text()).isEqualTo("to cut costs");
    }

    @Test
    void an_aside_between_two_dashes_stays_inside_the_content() {
        List<Attribution> all = extract("The/DT study/NN estimates/VBZ that/IN the/DT richest/JJS --/: those/DT "
                + "earning/VBG most/JJS --/: would/MD pay/VB more/JJR ./.\n"
                + "She/PRP noted/VBD that/IN costs/NNS rose/VBD --/: as/IN expected/VBN --/: the/DT mayor/NN "
                + "resigned/VBD ./.");
        assertThat(withCue(all, "estimates").text()).isEqualTo("that the richest -- those earning most -- would pay more");
        assertThat(withCue(all, "noted").text()).isEqualTo("that costs rose");
    }

    @Test
    void an_object_ends_before_when_the_source_acted() {
        List<Attribution> all = extract("Critics/NNS described/VBD the/DT mayor/NN as/IN a/DT reformer/NN "
                + "when/WRB he/PRP ran/VBD in/IN 2008/CD ./.\n"
                + "She/PRP recalled/VBD the/DT day/NN when/WRB the/DT mill/NN closed/VBD ./.");
        assertThat(withCue(all, "described").text()).isEqualTo("the mayor as a reformer");
        assertThat(withCue(all, "recalled").text()).isEqualTo("the day when the mill closed");
    }

    @Test
    void the_listener_after_an_object_is_not_what_was_told() {
        List<Attribution> all = extract("The/DT aides/NNS disclosed/VBD the/DT deals/NNS to/TO the/DT "
                + "Times/NNP/ORGANIZATION ./.\n"
                + "My/PRP$ mother/NN mentioned/VBD the/DT devil/NN to/TO me/PRP while/IN driving/VBG ./.\n"
                + "The/DT critic/NN compared/VBD the/DT film/NN to/TO Hitchcock/NNP/PERSON ./.");
        assertThat(withCue(all, "disclosed").text()).isEqualTo("the deals");
        assertThat(withCue(all, "mentioned").text()).isEqualTo("the devil");
        assertThat(withCue(all, "compared").text()).isEqualTo("the film to Hitchcock");
        List<Attribution> groups = extract("The/DT plan/NN could/MD offer/VB a/DT retort/NN to/IN both/CC Democrats/NNPS "
                + "and/CC Republicans/NNPS ,/, who/WP lost/VBD ./.");
        assertThat(withCue(groups, "offer").text()).isEqualTo("a retort");
    }

    @Test
    void a_concession_after_a_comma_is_the_writers() {
        List<Attribution> all = extract("Colleges/NNS offer/VBP merit/NN aid/NN ,/, even/RB if/IN families/NNS "
                + "earn/VBP more/JJR ./.\n"
                + "Few/JJ voters/NNS find/VBP the/DT pitch/NN compelling/JJ ,/, especially/RB given/VBN the/DT record/NN ./.\n"
                + "The/DT board/NN demanded/VBD fair/JJ pay/NN ,/, especially/RB for/IN nurses/NNS ./.\n"
                + "Lawmakers/NNS echo/VBP her/PRP$ concerns/NNS ,/, in/IN large/JJ part/NN because/IN costs/NNS rose/VBD ./.");
        assertThat(withCue(all, "offer").text()).isEqualTo("merit aid");
        assertThat(withCue(all, "find").text()).isEqualTo("the pitch compelling");
        assertThat(withCue(all, "demanded").text()).isEqualTo("fair pay, especially for nurses");
        assertThat(withCue(all, "echo").text()).isEqualTo("her concerns");
        List<Attribution> now = extract("He/PRP hoped/VBD firms/NNS would/MD meet/VB the/DT plan/NN 's/POS goals/NNS ,/, "
                + "now/RB before/IN a/DT court/NN ./.");
        assertThat(withCue(now, "hoped").text()).isEqualTo("firms would meet the plan's goals");
    }

    @Test
    void a_cue_ending_in_a_colon_reports_the_unquoted_paragraph_after_it() {
        List<Attribution> all = extract("The/DT governor/NN added/VBD :/:\n\n"
                + "It/PRP is/VBZ typical/JJ ./.\nShe/PRP knows/VBZ nothing/NN ./.\n\n"
                + "The/DT hearing/NN ended/VBD ./.");
        assertThat(withCue(all, "added").text()).isEqualTo("It is typical. She knows nothing");
    }

    @Test
    void a_next_sentence_going_on_in_the_reported_modal_is_still_reported() {
        List<Attribution> all = extract("The/DT park/NN ,/, the/DT mayor/NN said/VBD ,/, would/MD draw/VB tourists/NNS ./.\n"
                + "But/CC it/PRP would/MD also/RB cost/VB millions/NNS ./.\n\n"
                + "The/DT chief/NN said/VBD the/DT road/NN would/MD close/VB ./.\nBut/CC it/PRP reopened/VBD ./.");
        assertThat(all.stream().filter(a -> a.cueText().equals("said")).map(Attribution::text))
                .containsExactlyInAnyOrder("The park, the mayor said, would draw tourists. But it would also cost millions",
                        "the road would close");
    }

    @Test
    void a_cue_in_a_relative_clause_reports_the_noun_it_hangs_on() {
        List<Attribution> all = extract("The/DT plan/NN meets/VBZ the/DT target/NN it/PRP pledged/VBD to/TO reach/VB ./.\n"
                + "Police/NNS removed/VBD a/DT device/NN that/WDT the/DT mayor/NN described/VBD as/IN a/DT hoax/NN ./.\n"
                + "He/PRP read/VBD the/DT letter/NN that/IN she/PRP said/VBD was/VBD lost/VBN ./.");
        assertThat(withCue(all, "pledged").text()).isEqualTo("the target it pledged to reach");
        assertThat(withCue(all, "described").text()).isEqualTo("a device that the mayor described as a hoax");
        assertThat(withCue(all, "said").text()).isEqualTo("was lost");
    }

    @Test
    void a_new_clause_after_but_and_an_opening_phrase_ends_the_content() {
        List<Attribution> all = extract("The/DT panel/NN ruled/VBD that/IN the/DT claim/NN was/VBD true/JJ but/CC in/IN "
                + "the/DT course/NN of/IN its/PRP$ report/NN it/PRP noted/VBD a/DT caveat/NN ./.");
        assertThat(withCue(all, "ruled").text()).isEqualTo("that the claim was true");
    }

    @Test
    void a_speaker_tail_may_be_followed_by_what_went_on_as_they_spoke() {
        List<Attribution> all = extract("The/DT plan/NN is/VBZ an/DT insult/NN to/TO voters/NNS ,/, local/JJ leaders/NNS "
                + "said/VBD Friday/NNP ,/, as/IN they/PRP gathered/VBD outside/IN the/DT hall/NN in/IN the/DT rain/NN "
                + "for/IN a/DT vigil/NN ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("The plan is an insult to voters");
    }

    @Test
    void an_infinitive_keeps_its_own_time_but_an_object_does_not() {
        List<Attribution> all = extract("He/PRP refused/VBD to/TO release/VB his/PRP$ returns/NNS before/IN the/DT vote/NN ./.\n"
                + "She/PRP praised/VBD the/DT plan/NN before/IN the/DT vote/NN ./.");
        assertThat(withCue(all, "refused").text()).isEqualTo("to release his returns before the vote");
        List<Attribution> gerund = extract("He/PRP accused/VBD her/PRP of/IN sleeping/VBG during/IN the/DT attack/NN ./.");
        assertThat(withCue(gerund, "accused").text()).isEqualTo("sleeping during the attack");
        assertThat(withCue(all, "praised").text()).isEqualTo("the plan");
    }

    @Test
    void an_as_aside_in_mid_sentence_reports_the_whole_sentence() {
        List<Attribution> all = extract("Ohio/NNP/LOCATION ,/, as/IN one/CD of/IN the/DT experts/NNS pointed/VBD out/RP ,/, "
                + "rarely/RB sees/VBZ floods/NNS ./.");
        assertThat(withCue(all, "pointed out").text()).isEqualTo("Ohio, as one of the experts pointed out, rarely sees floods");
        List<Attribution> yet = extract("Yet/RB ,/, as/IN the/DT expert/NN observed/VBD ,/, prices/NNS would/MD rise/VB ./.");
        assertThat(withCue(yet, "observed").text()).isEqualTo("prices would rise");
    }

    @Test
    void an_apposition_may_open_with_a_participle_adjective() {
        List<Attribution> all = extract("Critics/NNS say/VBP funds/NNS could/MD go/VB to/TO NATO/NNP/ORGANIZATION ,/, "
                + "the/DT existing/VBG military/JJ alliance/NN that/WDT includes/VBZ France/NNP/LOCATION ./.");
        assertThat(withCue(all, "say").text()).isEqualTo("funds could go to NATO");
    }

    @Test
    void a_told_clause_starts_at_its_subject_pronoun_and_ends_before_an_adverb_and_participle() {
        List<Attribution> all = extract("The/DT mayor/NN told/VBD Korean/NNP -/HYPH Americans/NNPS this/DT weekend/NN "
                + "he/PRP would/MD run/VB again/RB ,/, implicitly/RB putting/VBG his/PRP$ name/NN on/IN the/DT line/NN ./.\n"
                + "She/PRP told/VBD him/PRP they/PRP had/VBD lost/VBN ./.");
        assertThat(withCue(all, "told").text()).isEqualTo("he would run again");
        assertThat(all.stream().filter(a -> a.cueText().equals("told")).map(Attribution::text)).contains("they had lost");
    }

    @Test
    void a_parallel_clause_with_the_cues_tense_ends_an_object() {
        List<Attribution> all = extract("Most/JJS voters/NNS back/VBP the/DT mayor/NN ,/, while/IN 5/CD percent/NN "
                + "prefer/VBP the/DT former/JJ state/NN governor/NN and/CC 2/CD percent/NN support/VBP the/DT senator/NN ./.");
        assertThat(withCue(all, "prefer").text()).isEqualTo("the former state governor");
        assertThat(withCue(all, "support").text()).isEqualTo("the senator");
    }

    @Test
    void a_bare_date_after_an_object_ends_it() {
        List<Attribution> all = extract("The/DT station/NN published/VBD the/DT video/NN Friday/NNP/DATE afternoon/NN/DATE "
                + ",/, and/CC lawyers/NNS released/VBD it/PRP ./.");
        assertThat(withCue(all, "published").text()).isEqualTo("the video");
    }

    @Test
    void seemed_to_think_reports_what_the_subject_thinks() {
        List<Attribution> all = extract("Anderson/NNP/PERSON agreed/VBD with/IN Lee/NNP/PERSON and/CC seemed/VBD to/TO "
                + "think/VB the/DT plan/NN was/VBD weak/JJ ./.");
        Attribution think = withCue(all, "seemed to think");
        assertThat(think.text()).isEqualTo("the plan was weak");
        assertThat(surface(think)).isEqualTo("Anderson");
    }

    @Test
    void a_relative_clause_report_ends_where_the_sentence_verb_resumes() {
        List<Attribution> all = extract("The/DT bill/NN ,/, levied/VBN by/IN the/DT union/NN ,/, which/WDT contended/VBD "
                + "that/IN the/DT firm/NN underpaid/VBD ,/, is/VBZ a/DT good/JJ example/NN ./.\n"
                + "Officials/NNS said/VBD the/DT plan/NN ,/, run/VBN by/IN the/DT city/NN ,/, has/VBZ worked/VBN ./.");
        assertThat(withCue(all, "contended").text()).isEqualTo("that the firm underpaid");
        assertThat(withCue(all, "said").text()).isEqualTo("the plan, run by the city, has worked");
    }

    @Test
    void an_illustration_as_encapsulated_by_is_the_writers() {
        List<Attribution> all = extract("Critics/NNS argue/VBP the/DT rollout/NN was/VBD slow/JJ ,/, as/IN shown/VBN by/IN "
                + "two/CD surveys/NNS ./.");
        assertThat(withCue(all, "argue").text()).isEqualTo("the rollout was slow");
    }

    @Test
    void a_second_reporting_verb_tagged_as_base_form_ends_the_object() {
        List<Attribution> all = extract("Officials/NNS call/VBP the/DT attackers/NNS loners/NNS and/CC describe/VB "
                + "their/PRP$ acts/NNS as/IN crimes/NNS ./.");
        assertThat(withCue(all, "call").text()).isEqualTo("the attackers loners");
    }

    @Test
    void a_relative_that_keeps_the_noun_it_describes_in_the_content() {
        List<Attribution> all = extract("The/DT senator/NN railed/VBD against/IN the/DT loopholes/NNS that/WDT "
                + "riddle/VBP the/DT code/NN ./.\n"
                + "She/PRP told/VBD reporters/NNS that/IN the/DT code/NN was/VBD broken/VBN ./.");
        assertThat(withCue(all, "railed against").text()).isEqualTo("the loopholes that riddle the code");
        assertThat(withCue(all, "told").text()).isEqualTo("that the code was broken");
    }

    @Test
    void an_emphatic_pronoun_and_a_next_opening_quote_stay_out_of_the_content() {
        List<Attribution> all = extract("He/PRP does/VBZ n't/RB believe/VB it/PRP himself/PRP ./.\n"
                + "She/PRP does/VBZ n't/RB think/VB so/RB ./. “/`` We/PRP lost/VBD ./. ”/''");
        assertThat(withCue(all, "believe").text()).isEqualTo("it");
        assertThat(withCue(all, "think").text()).isEqualTo("so");
    }

    @Test
    void a_free_relative_runs_from_what_to_a_second_wh_phrase() {
        List<Attribution> all = extract("The/DT gap/NN between/IN what/WP the/DT mayor/NN says/VBZ the/DT plan/NN "
                + "would/MD do/VB and/CC how/WRB experts/NNS see/VBP it/PRP has/VBZ grown/VBN ./.");
        assertThat(withCue(all, "says").text()).isEqualTo("what the mayor says the plan would do");
    }

    @Test
    void an_aside_between_dashes_before_the_sentence_verb_is_not_reported() {
        List<Attribution> all = extract("The/DT best/JJS plan/NN I/PRP know/VBP of/IN --/: the/DT one/NN that/WDT "
                + "visibly/RB helps/VBZ --/: comes/VBZ from/IN a/DT friend/NN ./.");
        assertThat(withCue(all, "know").text()).isEqualTo("The best plan I know of");
    }

    @Test
    void an_occasion_or_date_before_the_objects_infinitive_stays_inside() {
        List<Attribution> all = extract("He/PRP urged/VBD supporters/NNS at/IN a/DT rally/NN Friday/NNP/DATE to/TO "
                + "vote/VB early/RB ./.\n"
                + "She/PRP praised/VBD the/DT plan/NN at/IN a/DT rally/NN Friday/NNP/DATE ./.");
        assertThat(withCue(all, "urged").text()).isEqualTo("supporters at a rally Friday to vote early");
        assertThat(withCue(all, "praised").text()).isEqualTo("the plan");
    }

    @Test
    void a_that_clause_after_a_place_and_a_parenthetical_after_a_subordinate_clause_are_reported() {
        List<Attribution> all = extract("The/DT mayor/NN says/VBZ at/IN a/DT stop/NN in/IN Toledo/NNP/LOCATION ,/, "
                + "that/IN taxes/NNS will/MD rise/VB ./.\n"
                + "Though/IN the/DT move/NN was/VBD smooth/JJ ,/, he/PRP said/VBD ,/, replacing/VBG her/PRP would/MD "
                + "be/VB hard/JJ ./.");
        assertThat(withCue(all, "says").text()).isEqualTo("that taxes will rise");
        assertThat(withCue(all, "said").text()).isEqualTo("Though the move was smooth, he said, replacing her would be hard");
    }

    @Test
    void according_to_in_mid_sentence_before_and_covers_both_clauses() {
        List<Attribution> all = extract("The/DT rich/JJ paid/VBD most/JJS taxes/NNS ,/, according/VBG to/TO the/DT "
                + "budget/NN office/NN ,/, and/CC the/DT poor/JJ paid/VBD little/JJ ./.");
        assertThat(withCue(all, "according to").text())
                .isEqualTo("The rich paid most taxes, according to the budget office, and the poor paid little");
    }

    @Test
    void a_closing_tail_reports_the_paragraph_sentences_before_it_but_not_the_one_naming_the_source() {
        List<Attribution> all = extract("One/CD believer/NN is/VBZ Ann/NNP/PERSON Lee/NNP/PERSON ,/, a/DT farmer/NN ./.\n"
                + "Trees/NNS store/VBP carbon/NN ./.\n"
                + "An/DT acre/NN can/MD store/VB tons/NNS ,/, Ms./NNP Lee/NNP/PERSON said/VBD ./.\n\n"
                + "The/DT mayor/NN said/VBD the/DT town/NN would/MD grow/VB ./.\n"
                + "Its/PRP$ roads/NNS are/VBP old/JJ ,/, the/DT engineer/NN said/VBD ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("Trees store carbon. An acre can store tons");
        assertThat(all.stream().filter(a -> a.cueText().equals("said")).map(Attribution::text)).contains("Its roads are old");
    }

    @Test
    void a_comma_inside_closing_quotes_ends_the_content_before_a_new_clause() {
        List<Attribution> all = extract("Contrary/JJ to/TO his/PRP$ claim/NN that/IN voters/NNS would/MD “/`` learn/VB "
                + "nothing/NN ,/, ”/'' there/EX would/MD be/VB plenty/NN to/TO see/VB ./.");
        assertThat(withCue(all, "claim").text()).isEqualTo("that voters would “learn nothing,”");
    }

    @Test
    void a_closing_tail_may_open_with_as() {
        List<Attribution> all = extract("The/DT video/NN does/VBZ not/RB show/VB a/DT gun/NN ,/, as/IN police/NNS "
                + "have/VBP said/VBN ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("The video does not show a gun");
    }

    @Test
    void a_reduced_while_clause_after_an_object_is_the_writers() {
        List<Attribution> all = extract("She/PRP speaks/VBZ about/IN her/PRP$ faith/NN while/IN at/IN a/DT convention/NN ./.\n"
                + "He/PRP urged/VBD saving/NN now/RB while/IN you/PRP can/MD ./.");
        assertThat(withCue(all, "speaks about").text()).isEqualTo("her faith");
        assertThat(withCue(all, "urged").text()).isEqualTo("saving now while you can");
    }

    @Test
    void a_subject_before_an_aside_between_dashes_is_the_source() {
        List<Attribution> all = extract("The/DT film/NN ―/: which/WDT weaves/VBZ many/JJ voices/NNS together/RB ―/: "
                + "explains/VBZ the/DT history/NN of/IN prisons/NNS ./.");
        Attribution explains = withCue(all, "explains");
        assertThat(explains.text()).isEqualTo("the history of prisons");
        assertThat(surface(explains)).isEqualTo("The film");
    }

    @Test
    void a_second_cue_after_and_takes_the_main_clause_subject_past_an_opening_clause() {
        List<Attribution> all = extract("When/WRB attackers/NNS are/VBP caught/VBN ,/, officials/NNS call/VBP them/PRP "
                + "loners/NNS and/CC describe/VB their/PRP$ acts/NNS as/IN crimes/NNS ./.");
        assertThat(surface(withCue(all, "describe"))).isEqualTo("officials");
    }

    @Test
    void continues_to_insist_reports_the_that_clause_past_an_aside() {
        List<Attribution> all = extract("The/DT nominee/NN continues/VBZ to/TO insist/VB ,/, most/RBS recently/RB in/IN "
                + "an/DT interview/NN ,/, that/IN he/PRP really/RB ,/, really/RB wants/VBZ to/TO release/VB "
                + "his/PRP$ taxes/NNS ./.");
        Attribution insist = withCue(all, "continues to insist");
        assertThat(insist.text()).isEqualTo("that he really, really wants to release his taxes");
        assertThat(surface(insist)).isEqualTo("The nominee");
    }

    @Test
    void what_say_reports_is_a_clause_however_long_its_subject() {
        List<Attribution> all = extract("She/PRP says/VBZ the/DT mayor/NN 's/POS late/JJ night/NN posts/NNS accusing/VBG "
                + "the/DT judge/NN of/IN bias/NN and/CC a/DT cover/NN up/NN are/VBP lies/NNS ./.");
        assertThat(withCue(all, "says").text())
                .isEqualTo("the mayor's late night posts accusing the judge of bias and a cover up are lies");
    }

    @Test
    void verbs_coordinated_inside_an_infinitive_stay_in_the_content() {
        List<Attribution> all = extract("He/PRP called/VBD on/IN the/DT city/NN to/TO act/VB now/RB and/CC consider/VB "
                + "new/JJ rules/NNS ./.");
        assertThat(withCue(all, "called on").text()).isEqualTo("the city to act now and consider new rules");
    }

    @Test
    void a_speaker_between_an_opening_subordinate_clause_and_a_quote_reports_the_whole_sentence() {
        List<Attribution> all = extract("So/RB when/WRB the/DT firm/NN signaled/VBD a/DT deal/NN ,/, the/DT mayor/NN "
                + "said/VBD ,/, “/`` we/PRP were/VBD floored/VBN ./. ”/''");
        Attribution said = withCue(all, "said");
        assertThat(said.text()).isEqualTo("So when the firm signaled a deal, the mayor said, “we were floored.”");
        assertThat(said.direct()).isTrue();
    }

    @Test
    void a_pronoun_and_a_modal_after_and_go_on_with_the_reported_clause() {
        List<Attribution> all = extract("He/PRP told/VBD them/PRP that/IN prices/NNS are/VBP high/JJ and/CC they/PRP "
                + "ca/MD n't/RB go/VB higher/JJR ./.");
        assertThat(withCue(all, "told").text()).isEqualTo("that prices are high and they can't go higher");
    }

    @Test
    void the_reported_subject_coming_back_after_but_goes_on_with_the_report() {
        List<Attribution> all = extract("The/DT mayor/NN says/VBZ she/PRP hopes/VBZ to/TO win/VB ,/, but/CC she/PRP "
                + "knows/VBZ the/DT race/NN is/VBZ close/JJ ./.\n"
                + "Aides/NNS said/VBD many/JJ people/NNS applied/VBD ,/, but/CC he/PRP refuses/VBZ to/TO choose/VB ./.");
        assertThat(withCue(all, "says").text()).isEqualTo("she hopes to win, but she knows the race is close");
        assertThat(withCue(all, "said").text()).isEqualTo("many people applied");
    }

    @Test
    void a_comparison_of_the_figure_after_a_comma_is_the_writers() {
        List<Attribution> all = extract("The/DT fund/NN expects/VBZ that/IN output/NN will/MD grow/VB 2/CD percent/NN ,/, "
                + "more/JJR than/IN forecast/VBN in/IN July/NNP/DATE ./.");
        assertThat(withCue(all, "expects").text()).isEqualTo("that output will grow 2 percent");
    }

    @Test
    void a_superlative_apposition_after_an_object_is_the_writers_comment() {
        List<Attribution> all = extract("The/DT senator/NN is/VBZ endorsing/VBG the/DT governor/NN 's/POS campaign/NN ,/, "
                + "the/DT latest/JJS chapter/NN in/IN a/DT long/JJ feud/NN ./.");
        assertThat(withCue(all, "endorsing").text()).isEqualTo("the governor's campaign");
    }

    @Test
    void an_infinitive_ends_where_the_sentence_verb_follows_its_noun() {
        List<Attribution> all = extract("One/CD reason/NN he/PRP refuses/VBZ to/TO publish/VB his/PRP$ returns/NNS "
                + "may/MD be/VB the/DT debts/NNS ./.\n"
                + "She/PRP promised/VBD to/TO show/VB that/IN the/DT plan/NN works/VBZ ./.");
        assertThat(withCue(all, "refuses").text()).endsWith("to publish his returns");
        assertThat(withCue(all, "promised").text()).isEqualTo("to show that the plan works");
    }

    @Test
    void a_which_aside_closed_by_the_objects_purpose_stays_in_the_content() {
        List<Attribution> all = extract("He/PRP vowed/VBD to/TO form/VB a/DT task/NN force/NN ,/, which/WDT would/MD "
                + "include/VB the/DT army/NN ,/, to/TO stop/VB hackers/NNS ./.\n"
                + "She/PRP praised/VBD the/DT task/NN force/NN ,/, which/WDT includes/VBZ the/DT army/NN ./.");
        assertThat(withCue(all, "vowed").text()).isEqualTo("to form a task force, which would include the army, to stop hackers");
        assertThat(withCue(all, "praised").text()).isEqualTo("the task force");
    }
}
