package org.parley.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.extract.quote.Tagged.extract;
import static org.parley.extract.quote.Tagged.surface;
import static org.parley.extract.quote.Tagged.withCue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Attribution;
import org.parley.model.Speaker;

/** Where reported content and its speaker start and end, on sentences tagged the way a real tagger tags them. */
class ObjectContentTest {
    @Test
    void an_object_ends_before_a_second_finite_verb_of_the_same_subject() {
        List<Attribution> all = extract("He/PRP has/VBZ promoted/VBN a/DT raft/NN of/IN unproven/JJ remedies/NNS and/CC "
                + "downplayed/VBD the/DT risks/NNS ./.\n"
                + "The/DT agency/NN signaled/VBD willingness/NN to/TO change/VB the/DT rule/NN but/CC has/VBZ "
                + "met/VBN resistance/NN ./.");
        assertThat(withCue(all, "promoted").text()).isEqualTo("a raft of unproven remedies");
        assertThat(withCue(all, "signaled").text()).isEqualTo("willingness to change the rule");
    }

    @Test
    void an_infinitive_keeps_its_coordinated_verbs() {
        List<Attribution> all = extract("The/DT countries/NNS agreed/VBD to/TO share/VB a/DT currency/NN and/CC "
                + "rely/VBP on/IN one/CD another/DT ./.");
        assertThat(withCue(all, "agreed").text()).isEqualTo("to share a currency and rely on one another");
    }

    @Test
    void a_cue_after_a_modal_still_reports() {
        List<Attribution> all = extract("Critics/NNS would/MD call/VB the/DT plan/NN a/DT giveaway/NN ./.");
        Attribution call = withCue(all, "call");
        assertThat(call.text()).isEqualTo("the plan a giveaway");
        assertThat(surface(call)).isEqualTo("Critics");
    }

    @Test
    void a_participle_after_by_or_for_reports_the_clause_subject() {
        List<Attribution> all = extract("Dean/NNP/PERSON appeared/VBD on/IN television/NN and/CC began/VBD by/IN "
                + "saying/VBG he/PRP would/MD never/RB diagnose/VB anyone/NN ./.");
        Attribution saying = withCue(all, "saying");
        assertThat(saying.text()).isEqualTo("he would never diagnose anyone");
        assertThat(surface(saying)).isEqualTo("Dean");
    }

    @Test
    void a_participle_opening_the_sentence_reports_the_main_clause_subject() {
        List<Attribution> all = extract("After/IN saying/VBG her/PRP$ foot/NN was/VBD “/`` so/RB swollen/JJ ,/, ”/'' "
                + "she/PRP was/VBD taken/VBN to/TO hospital/NN ./.");
        Attribution saying = withCue(all, "saying");
        assertThat(saying.text()).isEqualTo("her foot was “so swollen");
        assertThat(surface(saying)).isEqualTo("she");
    }

    @Test
    void told_after_a_quote_reports_its_that_clause_past_the_listener() {
        List<Attribution> all = extract("“/`` We/PRP won/VBD ./. ”/'' He/PRP told/VBD an/DT invited/VBN crowd/NN at/IN "
                + "the/DT club/NN that/IN he/PRP wants/VBZ peace/NN ./.");
        Attribution told = withCue(all, "told");
        assertThat(told.text()).isEqualTo("that he wants peace");
        assertThat(surface(told)).isEqualTo("He");
    }

    @Test
    void by_and_a_reporting_participle_end_an_object_and_report_on_their_own() {
        List<Attribution> all = extract("Obama/NNP/PERSON responded/VBD to/IN a/DT mother/NN by/IN saying/VBG "
                + "the/DT issue/NN was/VBD manufactured/VBN ./.");
        assertThat(withCue(all, "responded").text()).isEqualTo("to a mother");
        Attribution saying = withCue(all, "saying");
        assertThat(saying.text()).isEqualTo("the issue was manufactured");
        assertThat(surface(saying)).isEqualTo("Obama");
    }

    @Test
    void the_noun_before_a_participle_phrase_is_the_source() {
        List<Attribution> all = extract("Protesters/NNS marching/VBG through/IN the/DT streets/NNS chanted/VBD "
                + "“/`` No/DT justice/NN !/. ”/''");
        Attribution chanted = withCue(all, "chanted");
        assertThat(chanted.text()).isEqualTo("No justice!");
        assertThat(surface(chanted)).isEqualTo("Protesters marching through the streets");
    }

    @Test
    void a_name_after_a_dash_signs_every_quote_of_the_turn_before_it() {
        List<Attribution> all = extract("Sam/NNP/PERSON Poe/NNP/PERSON said/VBD it/PRP rained/VBD ./.\n"
                + "“/`` We/PRP won/VBD ./. ”/''\n“/`` They/PRP lost/VBD ./. ”/''\n―/NFP Jane/NNP/PERSON Roe/NNP/PERSON ./.");
        Attribution turn = all.stream().filter(a -> a.text().startsWith("We won")).findFirst().orElseThrow();
        assertThat(turn.text()).endsWith("They lost.");
        assertThat(surface(turn)).isEqualTo("Jane Roe");
    }

    @Test
    void the_listener_of_told_may_carry_an_of_phrase() {
        List<Attribution> all = extract("He/PRP told/VBD a/DT gathering/NN of/IN island/NN leaders/NNS that/IN "
                + "few/JJ understood/VBD the/DT stakes/NNS ./.\n"
                + "Limbaugh/NNP/PERSON told/VBD his/PRP$ audience/NN of/IN Monday/NNP ,/, “/`` It/PRP is/VBZ over/RB ./. ”/''");
        assertThat(withCue(all, "told").text()).isEqualTo("that few understood the stakes");
        Attribution quote = all.stream().filter(a -> a.text().startsWith("It is over")).findFirst().orElseThrow();
        assertThat(surface(quote)).isEqualTo("Limbaugh");
    }

    @Test
    void a_partly_quoted_clause_runs_to_the_end_of_its_quote_over_a_sentence_break() {
        List<Attribution> all = extract("Trump/NNP/PERSON told/VBD Fox/NNP/ORGANIZATION that/IN “/`` they/PRP hit/VBD "
                + "Matt/NNP/PERSON ./.\nWhat/WP they/PRP do/VBP is/VBZ gaming/VBG ./. ”/''");
        Attribution told = withCue(all, "told");
        assertThat(told.text()).isEqualTo("that “they hit Matt. What they do is gaming.”");
        assertThat(told.direct()).isTrue();
    }

    @Test
    void verbs_that_brand_or_exhort_report() {
        List<Attribution> all = extract("Japan/NNP/LOCATION branded/VBD the/DT regime/NN an/DT “/`` outlaw/NN nation/NN ./. ”/''\n"
                + "Cruz/NNP/PERSON exhorted/VBD delegates/NNS to/TO “/`` vote/VB your/PRP$ conscience/NN ./. ”/''");
        assertThat(surface(withCue(all, "branded"))).isEqualTo("Japan");
        assertThat(withCue(all, "exhorted").text()).isEqualTo("delegates to “vote your conscience.”");
    }

    @Test
    void a_later_moment_after_and_when_ends_a_report_and_its_own_speaker_gets_the_quote() {
        List<Attribution> all = extract("She/PRP said/VBD fathers/NNS would/MD not/RB be/VB eligible/JJ ,/, and/CC when/WRB "
                + "pressed/VBN ,/, the/DT mother/NN of/IN three/CD replied/VBD ,/, “/`` It/PRP is/VBZ for/IN mothers/NNS ./. ”/''");
        assertThat(withCue(all, "said").text()).isEqualTo("fathers would not be eligible");
        Attribution quote = all.stream().filter(a -> a.text().startsWith("It is for")).findFirst().orElseThrow();
        assertThat(surface(quote)).isEqualTo("the mother of three");
        assertThat(quote.cueText()).isEqualTo("replied");
    }

    @Test
    void an_object_ends_before_as_or_so_with_a_clause_of_its_own_but_not_in_a_comparison() {
        List<Attribution> all = extract("The/DT council/NN condemned/VBD the/DT latest/JJS ballistic/JJ missile/NN launch/NN as/IN Pyongyang/NNP/LOCATION "
                + "fired/VBD missiles/NNS ./.\n"
                + "We/PRP know/VBP what/WP loopholes/NNS enable/VBP someone/NN as/RB wealthy/JJ as/IN Trump/NNP/PERSON "
                + "claims/VBZ to/TO be/VB ./.");
        assertThat(withCue(all, "condemned").text()).isEqualTo("the latest ballistic missile launch");
        assertThat(withCue(all, "know").text()).endsWith("as Trump claims to be");
    }

    @Test
    void including_after_a_comma_goes_on_with_the_content() {
        List<Attribution> all = extract("He/PRP railed/VBD against/IN super/JJ PACs/NNS ,/, including/VBG the/DT one/CD "
                + "backing/VBG Bush/NNP/PERSON ./.\n"
                + "She/PRP said/VBD the/DT plan/NN failed/VBD ,/, adding/VBG that/IN nobody/NN cared/VBD ./.");
        assertThat(withCue(all, "railed against").text()).isEqualTo("super PACs, including the one backing Bush");
        assertThat(withCue(all, "said").text()).isEqualTo("the plan failed");
    }

    @Test
    void a_noun_of_attitude_and_its_preposition_after_the_cue_belong_to_the_cue() {
        List<Attribution> all = extract("Advocates/NNS expressed/VBD deep/JJ concern/NN about/IN the/DT policy/NN ./.\n"
                + "Voters/NNS expressed/VBD misgivings/NNS about/IN the/DT nominee/NN ./.");
        assertThat(all).filteredOn(a -> a.cueText().equals("expressed")).extracting(Attribution::text)
                .containsExactly("the policy", "the nominee");
        List<Attribution> proposals = extract("Putin/NNP/PERSON talked/VBD about/IN the/DT proposals/NNS on/IN "
                + "security/NN guarantees/NNS ./.");
        assertThat(withCue(proposals, "talked about").text()).isEqualTo("the proposals on security guarantees");
    }

    @Test
    void a_quote_opening_a_clause_that_goes_on_before_the_cue_is_part_of_that_clause() {
        List<Attribution> all = extract("“/`` You/PRP squeezed/VBD employees/NNS ”/'' to/TO drive/VB up/RP the/DT price/NN ,/, "
                + "she/PRP said/VBD ./.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).text()).isEqualTo("“You squeezed employees” to drive up the price");
        assertThat(all.get(0).direct()).isTrue();
        assertThat(surface(all.get(0))).isEqualTo("she");
    }

    @Test
    void a_quote_inside_two_reports_belongs_to_the_outermost() {
        List<Attribution> all = extract("Obama/NNP/PERSON said/VBD his/PRP$ refusal/NN to/TO use/VB the/DT words/NNS "
                + "“/`` radical/JJ terrorism/NN ”/'' was/VBD a/DT ploy/NN ./.");
        Attribution said = withCue(all, "said");
        assertThat(said.direct()).isTrue();
        assertThat(surface(said)).isEqualTo("Obama");
        assertThat(all).noneMatch(a -> a.cueText().equals("refusal"));
    }

    @Test
    void a_noun_in_ing_is_no_cue() {
        List<Attribution> all = extract("Obama/NNP/PERSON 's/POS approval/NN rating/NN remains/VBZ strong/JJ ./.\n"
                + "The/DT court/NN 's/POS ruling/NN could/MD decide/VB the/DT case/NN ./.");
        assertThat(all).isEmpty();
    }

    @Test
    void deride_reports_its_object_and_judgement() {
        List<Attribution> all = extract("The/DT Europeans/NNPS/MISC derided/VBD the/DT deal/NN as/IN toothless/JJ ./.");
        Attribution derided = withCue(all, "derided");
        assertThat(derided.text()).isEqualTo("the deal as toothless");
        assertThat(surface(derided)).isEqualTo("The Europeans");
    }

    @Test
    void an_agentless_passive_reports_its_whole_clause_with_no_source() {
        List<Attribution> all = extract("Peacekeepers/NNS have/VBP been/VBN blamed/VBN for/IN introducing/VBG cholera/NN ./.\n"
                + "Trump/NNP/PERSON said/VBD he/PRP would/MD refuse/VB if/IN it/PRP were/VBD offered/VBN ./.\n"
                + "He/PRP cited/VBD Russia/NNP/LOCATION 's/POS suspected/VBN ties/NNS ./.");
        Attribution blamed = withCue(all, "blamed");
        assertThat(blamed.text()).isEqualTo("Peacekeepers have been blamed for introducing cholera");
        assertThat(blamed.speaker()).isInstanceOf(Speaker.Unknown.class);
        assertThat(all).noneMatch(a -> a.cueText().equals("offered") || a.cueText().equals("suspected"));
    }

    @Test
    void it_is_clear_that_reports_the_clause_with_no_source() {
        List<Attribution> all = extract("It/PRP 's/VBZ obvious/JJ that/IN they/PRP are/VBP wasting/VBG their/PRP$ breath/NN ./.\n"
                + "It/PRP was/VBD cold/JJ that/DT day/NN ./.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).text()).isEqualTo("that they are wasting their breath");
        assertThat(all.get(0).speaker()).isInstanceOf(Speaker.Unknown.class);
    }

    @Test
    void asked_opening_a_sentence_reports_what_was_put_to_the_source() {
        List<Attribution> all = extract("Asked/VBN about/IN the/DT bomb/NN ,/, he/PRP said/VBD nothing/NN ./.\n"
                + "The/DT program/NN ,/, called/VBN EB-5/NN ,/, grew/VBD ./.");
        Attribution asked = withCue(all, "Asked");
        assertThat(asked.text()).isEqualTo("the bomb");
        assertThat(asked.speaker()).isInstanceOf(Speaker.Unknown.class);
        assertThat(all).noneMatch(a -> a.cueText().equals("called"));
    }

    @Test
    void a_speaker_in_the_middle_keeps_an_adjunct_after_it_in_the_content() {
        List<Attribution> all = extract("The/DT firm/NN was/VBD a/DT juggernaut/NN ,/, Mr./NNP Clarke/NNP/PERSON said/VBD ,/, "
                + "until/IN it/PRP went/VBD bankrupt/JJ ./.");
        Attribution said = withCue(all, "said");
        assertThat(said.text()).isEqualTo("The firm was a juggernaut, Mr. Clarke said, until it went bankrupt");
        assertThat(surface(said)).isEqualTo("Mr. Clarke");
    }

    @Test
    void a_quoted_title_may_stand_in_the_listener_of_told() {
        List<Attribution> all = extract("Sanders/NNP/PERSON told/VBD “/`` Morning/NNP Joe/NNP ”/'' that/IN nobody/NN "
                + "doubts/VBZ her/PRP ./.");
        assertThat(withCue(all, "told").text()).isEqualTo("that nobody doubts her");
    }

    @Test
    void accuse_reports_what_follows_of_after_the_person() {
        List<Attribution> all = extract("Democrats/NNPS accused/VBD the/DT party/NN of/IN stoking/VBG the/DT issue/NN ./.");
        assertThat(withCue(all, "accused").text()).isEqualTo("stoking the issue");
    }

    @Test
    void whom_is_a_source_like_who() {
        List<Attribution> all = extract("He/PRP met/VBD senators/NNS ,/, many/JJ of/IN whom/WP say/VBP the/DT "
                + "claims/NNS are/VBP unfounded/JJ ./.");
        Attribution say = withCue(all, "say");
        assertThat(say.text()).isEqualTo("the claims are unfounded");
        assertThat(surface(say)).isEqualTo("whom");
    }

    @Test
    void a_verb_after_as_or_because_does_not_make_an_object_a_clause() {
        List<Attribution> all = extract("The/DT poll/NN indicates/VBZ a/DT tight/JJ race/NN as/IN Trump/NNP/PERSON "
                + "consolidates/VBZ support/NN ./.");
        assertThat(withCue(all, "indicates").text()).isEqualTo("a tight race");
    }

    @Test
    void a_short_object_ends_before_and_with_a_second_act() {
        List<Attribution> all = extract("The/DT administration/NN promised/VBD a/DT veto/NN and/CC attempted/VBD "
                + "to/TO lobby/VB ./.\n"
                + "The/DT governor/NN said/VBD Democrats/NNPS and/CC the/DT media/NNS are/VBP to/TO blame/VB ./.");
        assertThat(withCue(all, "promised").text()).isEqualTo("a veto");
        assertThat(withCue(all, "said").text()).isEqualTo("Democrats and the media are to blame");
    }

    @Test
    void an_apposition_after_a_name_at_the_end_is_the_writers() {
        List<Attribution> all = extract("He/PRP said/VBD he/PRP did/VBD not/RB support/VB Mr./NNP Trump/NNP/PERSON ,/, "
                + "the/DT presumed/VBN favorite/JJ ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("he did not support Mr. Trump");
    }

    @Test
    void a_speaker_in_the_middle_may_carry_when_and_where_before_the_comma() {
        List<Attribution> all = extract("These/DT employees/NNS ,/, Stumpf/NNP/PERSON explained/VBD earlier/RBR in/IN the/DT "
                + "hearing/NN ,/, were/VBD well-paid/JJ ./.");
        Attribution explained = withCue(all, "explained");
        assertThat(explained.text()).isEqualTo("These employees, Stumpf explained earlier in the hearing, were well-paid");
        assertThat(surface(explained)).isEqualTo("Stumpf");
    }

    @Test
    void a_parenthetical_speaker_after_a_subordinate_clause_reports_the_whole_sentence() {
        List<Attribution> all = extract("If/IN the/DT talks/NNS fail/VBP ,/, Rivera/NNP/PERSON argues/VBZ ,/, there/EX "
                + "are/VBP other/JJ tools/NNS ./.");
        Attribution argues = withCue(all, "argues");
        assertThat(argues.text()).isEqualTo("If the talks fail, Rivera argues, there are other tools");
        assertThat(surface(argues)).isEqualTo("Rivera");
    }

    @Test
    void a_report_inside_an_opening_subordinate_clause_ends_at_its_comma() {
        List<Attribution> all = extract("Although/IN a/DT judge/NN found/VBD that/IN the/DT law/NN failed/VBD ,/, "
                + "his/PRP$ ruling/NN was/VBD overturned/VBN ./.");
        assertThat(withCue(all, "found").text()).isEqualTo("that the law failed");
    }

    @Test
    void a_report_after_as_reaches_past_its_comma_into_the_main_clause() {
        List<Attribution> all = extract("As/IN one/CD user/NN pointed/VBD out/RP with/IN a/DT chart/NN ,/, the/DT gap/NN "
                + "between/IN the/DT two/CD rival/JJ candidates/NNS is/VBZ vast/JJ ./.");
        assertThat(withCue(all, "pointed out").text()).endsWith("the gap between the two rival candidates is vast");
    }

    @Test
    void a_sentence_broken_at_a_state_abbreviation_keeps_its_speaker() {
        List<Attribution> all = extract("Rep./NNP Ann/NNP/PERSON Lee/NNP/PERSON (/-LRB- D-Ore/NN ./. )/-RRB-\n"
                + "said/VBD the/DT deal/NN is/VBZ dead/JJ ./.");
        Attribution said = withCue(all, "said");
        assertThat(said.text()).isEqualTo("the deal is dead");
        assertThat(surface(said)).isEqualTo("Rep. Ann Lee");
    }

    @Test
    void a_past_tense_tagged_as_participle_after_an_apposition_is_a_cue() {
        List<Attribution> all = extract("Ann/NNP/PERSON Lee/NNP/PERSON ,/, director/NN of/IN the/DT fund/NN ,/, called/VBN "
                + "for/IN more/JJR school/NN investment/NN ./.");
        Attribution called = withCue(all, "called for");
        assertThat(called.text()).isEqualTo("more school investment");
        assertThat(surface(called)).isEqualTo("Ann Lee");
    }

    @Test
    void a_participle_between_commas_after_a_name_is_no_cue() {
        List<Attribution> all = extract("The/DT Lee/NNP/PERSON Fund/NNP ,/, a/DT new/JJ levy/NN ,/, called/VBN for/IN "
                + "in/IN the/DT bill/NN ,/, was/VBD small/JJ ./.");
        assertThat(all).noneMatch(a -> a.cueText().equals("called for"));
    }

    @Test
    void a_participle_after_and_shares_the_perfect_before_it() {
        List<Attribution> all = extract("Ann/NNP/PERSON Lee/NNP/PERSON has/VBZ sharply/RB criticized/VBN the/DT trade/NN "
                + "deals/NNS and/CC called/VBN for/IN new/JJ tariffs/NNS ./.");
        Attribution called = withCue(all, "called for");
        assertThat(called.text()).isEqualTo("new tariffs");
        assertThat(surface(called)).isEqualTo("Ann Lee");
    }

    @Test
    void and_that_with_a_new_clause_goes_on_with_the_report() {
        List<Attribution> all = extract("He/PRP said/VBD witnesses/NNS saw/VBD a/DT gun/NN and/CC that/DT one/NN was/VBD "
                + "found/VBN nearby/RB ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("witnesses saw a gun and that one was found nearby");
    }

    @Test
    void a_past_verb_after_and_goes_on_with_a_past_report_after_a_present_cue() {
        List<Attribution> all = extract("Police/NNS say/VBP he/PRP posed/VBD a/DT threat/NN and/CC refused/VBD to/TO "
                + "drop/VB the/DT gun/NN ./.");
        assertThat(withCue(all, "say").text()).isEqualTo("he posed a threat and refused to drop the gun");
    }

    @Test
    void a_verb_of_speech_after_and_opens_a_report_of_its_own() {
        List<Attribution> all = extract("Lee/NNP/PERSON says/VBZ Ruiz/NNP/PERSON promised/VBD to/TO stay/VB and/CC "
                + "said/VBD she/PRP would/MD fight/VB ./.");
        assertThat(withCue(all, "says").text()).isEqualTo("Ruiz promised to stay");
    }

    @Test
    void a_parenthetical_speaker_inside_a_relative_clause_reports_the_clause() {
        List<Attribution> all = extract("The/DT park/NN is/VBZ near/IN the/DT stadium/NN ,/, which/WDT ,/, Ann/NNP/PERSON "
                + "Lee/NNP/PERSON said/VBD ,/, is/VBZ usually/RB full/JJ ./.");
        Attribution said = withCue(all, "said");
        assertThat(said.text()).isEqualTo("which, Ann Lee said, is usually full");
        assertThat(surface(said)).isEqualTo("Ann Lee");
    }

    @Test
    void a_dateline_is_neither_content_nor_source() {
        List<Attribution> all = extract("BRUSSELS/NNP/LOCATION -/: European/JJ leaders/NNS met/VBD ,/, offering/VBG "
                + "new/JJ defense/NN efforts/NNS ./.\n"
                + "WASHINGTON/NNP/LOCATION ―/: The/DT deal/NN is/VBZ dead/JJ ,/, lawmakers/NNS said/VBD ./.");
        assertThat(surface(withCue(all, "offering"))).isEqualTo("European leaders");
        assertThat(withCue(all, "said").text()).isEqualTo("The deal is dead");
    }

    @Test
    void continue_reports_only_beside_a_quote() {
        List<Attribution> all = extract("Clinton/NNP/PERSON will/MD continue/VB her/PRP$ candidacy/NN ./.\n"
                + "“/`` We/PRP won/VBD ,/, ”/'' he/PRP continued/VBD ./.");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).cueText()).isEqualTo("continued");
        assertThat(all.get(0).text()).isEqualTo("We won,");
    }

    @Test
    void a_long_compound_subject_is_part_of_the_reported_clause() {
        List<Attribution> all = extract("Ryan/NNP/PERSON said/VBD the/DT recent/JJ spate/NN of/IN police/NN "
                + "shootings/NNS and/CC protests/NNS demands/VBZ that/IN all/DT Americans/NNPS listen/VBP ./.");
        assertThat(withCue(all, "said").text())
                .isEqualTo("the recent spate of police shootings and protests demands that all Americans listen");
    }

    @Test
    void a_naming_verb_runs_past_a_date_to_the_words_it_quotes() {
        List<Attribution> all = extract("Moore/NNP/PERSON called/VBD his/PRP$ remarks/NNS on/IN Saturday/NNP/DATE "
                + "“/`` a/DT wake-up/NN call/NN ”/'' ./.\n"
                + "The/DT paper/NN endorsed/VBD Clinton/NNP/PERSON on/IN Thursday/NNP/DATE ./.");
        assertThat(withCue(all, "called").text()).isEqualTo("his remarks on Saturday “a wake-up call”");
        assertThat(withCue(all, "endorsed").text()).isEqualTo("Clinton");
    }

    @Test
    void a_reporting_noun_before_a_date_is_no_cue() {
        List<Attribution> all = extract("His/PRP$ remarks/NNS on/IN Saturday/NNP/DATE carried/VBD a/DT personal/JJ "
                + "tone/NN ./.\n"
                + "Her/PRP$ remarks/NNS on/IN trade/NN were/VBD short/JJ ./.");
        assertThat(all).extracting(Attribution::text).containsExactly("trade");
    }

    @Test
    void a_verb_that_takes_a_clause_keeps_a_long_subject_with_and_in_it() {
        List<Attribution> all = extract("She/PRP says/VBZ his/PRP$ tweets/NNS accusing/VBG Ann/NNP/PERSON of/IN "
                + "having/VBG a/DT record/NN and/CC a/DT tape/NN are/VBP lies/NNS ./.\n"
                + "Once/RB he/PRP has/VBZ said/VBN his/PRP$ piece/NN ,/, he/PRP is/VBZ ready/JJ ./.");
        assertThat(withCue(all, "says").text()).isEqualTo("his tweets accusing Ann of having a record and a tape are lies");
        assertThat(withCue(all, "said").text()).isEqualTo("his piece");
    }

    @Test
    void but_then_a_phrase_and_a_new_subject_ends_the_report_and_but_if_does_not() {
        List<Attribution> all = extract("PolitiFact/NNP/ORGANIZATION ruled/VBD that/IN the/DT claim/NN is/VBZ "
                + "“/`` true/JJ ,/, ”/'' but/CC in/IN their/PRP$ report/NN they/PRP added/VBD a/DT caveat/NN ./.\n"
                + "Graham/NNP/PERSON said/VBD Trump/NNP/PERSON could/MD act/VB ,/, but/CC only/RB if/IN he/PRP "
                + "can/MD be/VB convinced/VBN ./.");
        assertThat(withCue(all, "ruled").text()).isEqualTo("that the claim is “true,”");
        assertThat(withCue(all, "said").text()).isEqualTo("Trump could act, but only if he can be convinced");
    }

    @Test
    void a_comma_inside_a_closing_mark_ends_the_report_when_the_writer_goes_on() {
        List<Attribution> all = extract("Trump/NNP/PERSON complained/VBD that/IN the/DT contest/NN was/VBD "
                + "“/`` rigged/VBN ,/, ”/'' a/DT charge/NN that/WDT officials/NNS denied/VBD ./.\n"
                + "She/PRP said/VBD she/PRP was/VBD “/`` not/RB a/DT natural/JJ ,/, ”/'' while/IN smiling/VBG ./.\n"
                + "He/PRP said/VBD it/PRP was/VBD “/`` fine/JJ ,/, ”/'' “/`` safe/JJ ”/'' and/CC “/`` cheap/JJ ./. ”/''");
        assertThat(withCue(all, "complained").text()).isEqualTo("that the contest was “rigged,”");
        assertThat(withCue(all, "said").text()).isEqualTo("she was “not a natural,”");
        assertThat(all).filteredOn(a -> a.text().startsWith("it was")).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("it was “fine,” “safe” and “cheap.”"));
    }

    @Test
    void a_report_opening_with_a_condition_keeps_its_main_clause() {
        List<Attribution> all = extract("If/IN states/NNS fail/VBP ,/, the/DT department/NN can/MD step/VB in/RP ,/, "
                + "Wilcox/NNP/PERSON said/VBD ./.");
        assertThat(withCue(all, "said").text()).isEqualTo("If states fail, the department can step in");
    }

    @Test
    void an_inverted_tail_may_carry_a_long_apposition_of_its_speaker() {
        List<Attribution> all = extract("The/DT approach/NN works/VBZ ,/, said/VBD Katie/NNP/PERSON Harbath/NNP/PERSON ,/, "
                + "the/DT global/JJ politics/NNS and/CC government/NN outreach/NN director/NN at/IN "
                + "Facebook/NNP/ORGANIZATION ,/, who/WP joined/VBD in/IN 2011/CD ./.");
        Attribution said = withCue(all, "said");
        assertThat(said.text()).isEqualTo("The approach works");
        assertThat(surface(said)).isEqualTo("Katie Harbath");
    }
}
