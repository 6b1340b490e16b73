package org.parley.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.structure.StructureReader;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.DocumentKind;
import org.parley.model.DocumentStructure;
import org.parley.model.LocalEntity;
import org.parley.model.Speaker;
import org.junit.jupiter.api.Test;

/** Who is speaking in transcripts, speeches and readouts: each rule of {@link Utterances} by an example. */
class UtterancesTest {
    private static final EntityExtractor ENTITIES = new EntityExtractor();
    private static final StructureReader STRUCTURES = new StructureReader();
    private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();
    private static final String PRESIDENCY = "President of Ukraine (president.gov.ua)";

    private record Read(AnnotatedArticle doc, DocumentStructure structure, List<Attribution> attributions) {
        Attribution holding(String words) {
            int at = doc.text().indexOf(words);
            assertThat(at).as("'%s' is in the text", words).isNotNegative();
            return attributions.stream().filter(a -> a.content().start() <= at && a.content().end() >= at + words.length())
                    .min(java.util.Comparator.comparingInt(a -> a.content().length()))
                    .orElseThrow(() -> new AssertionError("no attribution holds '" + words + "' in " + attributions));
        }
    }

    private static Read read(AnnotatedArticle doc) {
        List<LocalEntity> entities = ENTITIES.process(doc);
        DocumentStructure structure = STRUCTURES.read(doc, entities);
        return new Read(doc, structure, EXTRACTOR.analyse(doc, entities, structure).attributions());
    }

    private static String name(Speaker s) {
        return s instanceof Speaker.Known k ? k.name() : null;
    }

    @Test
    void an_inline_transcript_gives_each_turn_to_its_label_and_relayed_words_to_their_source() {
        Read r = read(Tagged.doc("""
                Question/NN :/: How/WRB do/VBP you/PRP assess/VB the/DT situation/NN ?/.
                Vladimir/NNP/PERSON Putin/NNP/PERSON :/: I/PRP have/VBP not/RB seen/VBN such/JJ declarations/NNS ./.
                Emmanuel/NNP/PERSON Macron/NNP/PERSON told/VBD me/PRP that/IN he/PRP wants/VBZ peace/NN ./.
                """));
        assertThat(r.structure().kind()).isEqualTo(DocumentKind.TRANSCRIPT);
        assertThat(r.structure().turns()).hasSize(2);
        Attribution own = r.holding("I have not seen such declarations");
        assertThat(name(own.speaker())).isEqualTo("Vladimir Putin");
        assertThat(own.direct()).isTrue();
        assertThat(own.rules()).contains("turn");
        Attribution question = r.holding("How do you assess the situation?");
        assertThat(question.speaker()).isInstanceOf(Speaker.Unknown.class);
        assertThat(question.text()).doesNotContain("Putin");
        Attribution relayed = r.holding("he wants peace");
        assertThat(name(relayed.speaker())).isEqualTo("Emmanuel Macron");
        assertThat(relayed.via()).map(Speaker.Known::name).contains("Vladimir Putin");
        assertThat(relayed.rules()).contains("relayed-in-turn");
    }

    @Test
    void a_questioner_who_opens_with_their_name_and_outlet_is_that_person() {
        Read r = read(Tagged.doc("""
                Question/NN :/: Ksenia/NNP/PERSON Golovanova/NNP/PERSON ,/, Interfax/NNP/ORGANIZATION ./. Will/MD the/DT talks/NNS continue/VB ?/.
                Vladimir/NNP/PERSON Putin/NNP/PERSON :/: Yes/UH ,/, we/PRP will/MD continue/VB them/PRP ./.
                """));
        assertThat(r.structure().turns().get(0).speaker().name()).isEqualTo("Ksenia Golovanova");
        assertThat(r.structure().rules()).contains("turn-self-introduction");
    }

    @Test
    void an_address_named_by_its_title_is_spoken_by_the_office_holder_of_its_date() {
        Read r = read(Tagged.doc("""
                We/PRP will/MD defend/VB our/PRP$ land/NN !/.
                I/PRP am/VBP sure/JJ that/IN we/PRP will/MD win/VB ./.
                """, "Address by the President of Ukraine", PRESIDENCY, LocalDate.of(2022, 3, 1)));
        assertThat(r.structure().kind()).isEqualTo(DocumentKind.SPEECH);
        assertThat(r.structure().rules()).containsExactly("titled-speech");
        Attribution words = r.holding("We will defend our land");
        assertThat(name(words.speaker())).isEqualTo("Volodymyr Zelenskyy");
        assertThat(words.speaker().mentionInText()).as("named by the title, not in the text").isEmpty();
        assertThat(name(r.holding("we will win").speaker())).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void the_same_first_person_text_with_no_address_in_its_title_on_a_news_site_is_nobody_s_speech() {
        Read r = read(Tagged.doc("""
                We/PRP will/MD defend/VB our/PRP$ land/NN !/.
                I/PRP am/VBP sure/JJ that/IN we/PRP will/MD win/VB ./.
                """, "Ukraine will win", "Daily Planet", LocalDate.of(2022, 3, 1)));
        assertThat(r.structure().kind()).isEqualTo(DocumentKind.NEWS);
        assertThat(r.attributions()).allSatisfy(a -> assertThat(name(a.speaker())).isNull());
    }

    @Test
    void the_president_of_a_readout_is_the_office_holder_of_the_site() {
        Read r = read(Tagged.doc("""
                The/DT President/NNP noted/VBD that/IN Ukraine/NNP/LOCATION needs/VBZ air/NN defence/NN ./.
                """, "President held a meeting", PRESIDENCY, LocalDate.of(2022, 3, 1)));
        assertThat(r.structure().kind()).isEqualTo(DocumentKind.READOUT);
        Attribution noted = r.holding("Ukraine needs air defence");
        assertThat(name(noted.speaker())).isEqualTo("Volodymyr Zelenskyy");
        assertThat(noted.rules()).contains("office-is-principal");
    }

    @Test
    void a_pronoun_with_nobody_to_stand_for_is_no_name_but_keeps_its_mention() {
        Read r = read(Tagged.doc("""
                They/PRP said/VBD that/IN the/DT talks/NNS failed/VBD ./.
                """));
        Attribution said = r.holding("the talks failed");
        assertThat(said.speaker()).isInstanceOf(Speaker.Unknown.class);
        assertThat(said.speaker().mentionInText()).isPresent();
        assertThat(said.rules()).contains("unresolved-pronoun");
    }

    @Test
    void he_inside_a_turn_is_the_person_the_turn_named_last() {
        Read r = read(Tagged.doc("""
                Question/NN :/: What/WP did/VBD you/PRP discuss/VB ?/.
                Vladimir/NNP/PERSON Putin/NNP/PERSON :/: I/PRP spoke/VBD to/TO Emmanuel/NNP/PERSON Macron/NNP/PERSON ./.
                He/PRP insists/VBZ that/IN the/DT position/NN has/VBZ changed/VBN ./.
                """));
        Attribution insists = r.holding("the position has changed");
        assertThat(name(insists.speaker())).isEqualTo("Emmanuel Macron");
        assertThat(insists.via()).map(Speaker.Known::name).contains("Vladimir Putin");
    }

    @Test
    void no_attribution_runs_over_a_turn_label() {
        Read r = read(Tagged.doc("""
                Dmitry/NNP/PERSON Peskov/NNP/PERSON :/: The/DT President/NNP said/VBD that/IN the/DT talks/NNS go/VBP on/RP and/CC
                Vladimir/NNP/PERSON Putin/NNP/PERSON :/: Yes/UH ,/, that/DT is/VBZ so/RB ./.
                """));
        for (Attribution a : r.attributions()) {
            for (var t : r.structure().turns()) {
                assertThat(a.content().overlaps(t.label())).as("%s crosses the label %s", a.text(), t.label()).isFalse();
            }
        }
    }

    @Test
    void the_site_s_own_office_with_its_country_is_its_holder_too() {
        Read r = read(Tagged.doc("""
                The/DT Ukrainian/JJ President/NNP expressed/VBD hope/NN that/IN Greece/NNP/LOCATION will/MD help/VB ./.
                """, "President met the Prime Minister of Greece", PRESIDENCY, LocalDate.of(2021, 11, 1)));
        assertThat(name(r.holding("Greece will help").speaker())).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void what_someone_else_could_say_inside_a_turn_is_the_speaker_s_own_words() {
        Read r = read(Tagged.doc("""
                Question/NN :/: What/WP next/RB ?/.
                Vladimir/NNP/PERSON Putin/NNP/PERSON :/: I/PRP think/VBP NATO/NNP/ORGANIZATION can/MD tell/VB Ukraine/NNP/LOCATION that/IN it/PRP cannot/MD join/VB ./.
                """));
        assertThat(name(r.holding("it cannot join").speaker())).isEqualTo("Vladimir Putin");
        assertThat(r.attributions()).noneMatch(a -> "NATO".equals(name(a.speaker())));
    }

    @Test
    void the_president_of_a_country_is_the_holder_of_that_office_not_the_country() {
        Read r = read(Tagged.doc("""
                The/DT President/NNP of/IN Russia/NNP/LOCATION said/VBD that/IN talks/NNS would/MD continue/VB ./.
                """, "Telephone conversation", "Daily Planet", LocalDate.of(2022, 2, 1)));
        Attribution said = r.holding("talks would continue");
        assertThat(name(said.speaker())).isEqualTo("Vladimir Putin");
        assertThat(said.rules()).contains("office-of-country");
    }

    @Test
    void a_reflexive_pronoun_is_no_name() {
        Read r = read(Tagged.doc("""
                They/PRP themselves/PRP admitted/VBD that/IN the/DT plan/NN failed/VBD ./.
                """));
        assertThat(r.attributions()).allSatisfy(a -> assertThat(name(a.speaker())).isNotIn("themselves", "They"));
    }

    @Test
    void name_colon_lines_told_in_the_third_person_are_no_transcript() {
        Read r = read(Tagged.doc("""
                The/DT biography/NN is/VBZ out/RB ./.
                Barack/NNP/PERSON Obama/NNP/PERSON :/: The/DT Story/NN ./. The/DT book/NN delves/VBZ into/IN his/PRP$ family/NN history/NN ./.
                """));
        assertThat(r.structure().kind()).isEqualTo(DocumentKind.NEWS);
        assertThat(r.structure().turns()).isEmpty();
    }

    @Test
    void a_short_first_line_is_a_headline_not_a_turn() {
        Read r = read(Tagged.doc("""
                Sanders/NNP/PERSON :/: Clinton/NNP/PERSON needs/VBZ to/TO focus/VB ./.

                I/PRP think/VBP she/PRP should/MD focus/VB on/IN issues/NNS ,/, Bernie/NNP/PERSON Sanders/NNP/PERSON said/VBD ./.
                """));
        assertThat(r.structure().turns()).isEmpty();
    }

    @Test
    void title_is_its_bearer_gives_a_title_to_the_person_it_was_written_before() {
        Read r = read(Tagged.doc("""
                For/IN her/PRP$ part/NN ,/, Deputy/NNP Prime/NNP Minister/NNP and/CC Minister/NNP for/IN the/DT Reintegration/NNP of/IN the/DT Occupied/NNP Territories/NNPS Iryna/NNP/PERSON Vereshchuk/NNP/PERSON visited/VBD Lviv/NNP/LOCATION ./.
                Ihor/NNP/PERSON Zhovkva/NNP/PERSON was/VBD there/RB too/RB ./.
                The/DT Deputy/NNP Prime/NNP Minister/NNP stressed/VBD that/IN sanctions/NNS must/MD stay/VB ./.
                """, "Iryna Vereshchuk visited Lviv", PRESIDENCY, LocalDate.of(2022, 3, 1)));
        Attribution stressed = r.holding("sanctions must stay");
        assertThat(name(stressed.speaker())).as("%s", stressed).isEqualTo("Iryna Vereshchuk");
    }

    @Test
    void title_is_its_bearer_reads_the_title_written_before_a_name_as_a_whole() {
        String text = "This was stated by Adviser to the Head of the President's Office Mykhailo Podoliak in Lviv.";
        String title = TitleBearers.titleBefore(text, text.indexOf("Mykhailo"));
        assertThat(title).isEqualTo("Adviser to the Head of the President's Office");
        assertThat(TitleBearers.normalise(title)).isEqualTo("adviser to the head of the office of the president")
                .doesNotStartWith(TitleBearers.normalise("the Head of the President's Office"));
        String after = "For her part, Deputy Prime Minister Iryna Vereshchuk said";
        assertThat(TitleBearers.titleBefore(after, after.indexOf("Iryna"))).isEqualTo("Deputy Prime Minister");
    }

    @Test
    void not_someone_leaves_a_turn_speaker_s_words_to_them_when_the_subject_names_nothing() {
        Read r = read(Tagged.doc("""
                Question/NN :/: What/WP worries/VBZ you/PRP ?/.
                Kyriakos/NNP/PERSON Mitsotakis/NNP/PERSON :/: One/CD of/IN the/DT issues/NNS that/WDT worries/VBZ us/PRP is/VBZ border/NN delimitation/NN ./.
                """));
        Attribution worries = r.holding("border delimitation");
        assertThat(name(worries.speaker())).isEqualTo("Kyriakos Mitsotakis");
        assertThat(worries.via()).isEmpty();
    }

    @Test
    void not_someone_makes_anyone_in_particular_an_unknown_speaker_with_its_mention() {
        Read r = read(Tagged.doc("""
                Experts/NNS said/VBD that/IN the/DT talks/NNS failed/VBD ./.
                """));
        Attribution said = r.holding("the talks failed");
        assertThat(said.speaker()).as("%s", said).isInstanceOf(Speaker.Unknown.class);
        assertThat(said.speaker().mentionInText()).isPresent();
        assertThat(said.rules()).contains("not-someone");
    }

    @Test
    void not_someone_keeps_descriptions_of_people_bodies_and_sources() {
        assertThat(DescribedSpeakers.namesSomeone("the parties")).isTrue();
        assertThat(DescribedSpeakers.namesSomeone("our Western colleagues")).isTrue();
        assertThat(DescribedSpeakers.namesSomeone("A number of NATO member states")).isTrue();
        assertThat(DescribedSpeakers.namesSomeone("the report")).isTrue();
        assertThat(DescribedSpeakers.namesSomeone("Jomart Tokayev")).isTrue();
        assertThat(DescribedSpeakers.namesSomeone("the whole world")).isFalse();
        assertThat(DescribedSpeakers.namesSomeone("The only thing")).isFalse();
        assertThat(DescribedSpeakers.namesSomeone("nobody")).isFalse();
        assertThat(DescribedSpeakers.classify("experts")).isEqualTo(DescribedSpeakers.Named.ANYONE);
        assertThat(DescribedSpeakers.classify("a sign")).isEqualTo(DescribedSpeakers.Named.NO_ONE);
    }

    @Test
    void own_country_in_turn_is_the_president_speaking_for_it() {
        Read r = read(Tagged.doc("""
                Vladimir/NNP/PERSON Putin/NNP/PERSON :/: Friends/NNS ./.
                Russia/NNP/LOCATION supports/VBZ the/DT draft/NN initiative/NN ./.
                """, "Meeting with friends", "President of Russia (kremlin.ru)", LocalDate.of(2022, 6, 1)));
        Attribution supports = r.holding("the draft initiative");
        assertThat(name(supports.speaker())).isEqualTo("Vladimir Putin");
        assertThat(supports.via()).isEmpty();
    }

    @Test
    void a_seat_of_government_speaks_for_its_country() {
        Read r = read(Tagged.doc("""
                Kiev/NNP/LOCATION says/VBZ that/IN the/DT talks/NNS failed/VBD ./.
                """));
        Attribution says = r.holding("the talks failed");
        assertThat(name(says.speaker())).isEqualTo("Ukraine");
    }

    @Test
    void place_is_no_speaker_gives_a_person_s_words_back_from_their_home_state() {
        Read r = read(Tagged.doc("""
                Senator/NNP Lindsey/NNP/PERSON Graham/NNP/PERSON of/IN South/NNP/LOCATION Carolina/NNP/LOCATION spoke/VBD later/RB ,/, saying/VBG the/DT leader/NN is/VBZ making/VBG things/NNS up/RP ./.
                """));
        Attribution saying = r.holding("making things up");
        assertThat(name(saying.speaker())).as("%s", saying).isIn("Lindsey Graham", null);
        assertThat(name(saying.speaker())).isNotEqualTo("South Carolina");
    }

    @Test
    void a_hearer_s_passive_is_no_report() {
        Read r = read(Tagged.doc("""
                The/DT partners/NNS are/VBP fully/RB informed/VBN about/IN the/DT situation/NN in/IN Mariupol/NNP/LOCATION ./.
                Zelenskyy/NNP/PERSON informed/VBD the/DT partners/NNS that/IN the/DT city/NN holds/VBZ ./.
                """));
        assertThat(r.attributions()).noneMatch(a -> a.text().contains("the situation in Mariupol"));
        assertThat(name(r.holding("the city holds").speaker())).isEqualTo("Zelenskyy");
    }

    @Test
    void group_of_entity_is_the_group_not_what_it_is_of() {
        Read r = read(Tagged.doc("""
                Critics/NNS of/IN Citizens/NNP/ORGANIZATION United/NNP/ORGANIZATION said/VBD that/IN the/DT court/NN erred/VBD ./.
                """));
        Attribution said = r.holding("the court erred");
        assertThat(said.speaker()).as("%s", said).isInstanceOf(Speaker.Unknown.class);
        assertThat(said.speaker().mentionInText()).isPresent();
    }

    @Test
    void a_label_with_a_double_first_name_the_tokenizer_split_opens_a_turn() {
        Read r = read(Tagged.doc("""
                Question/NN :/: What/WP do/VBP we/PRP do/VB ?/.
                Margarita/NNP/PERSON Simonyan/NNP/PERSON :/: To/TO bring/VB them/PRP back/RB ./. Kassym/NNP -/HYPH Jomart/NNP Tokayev/NNP/PERSON :/: Thank/VBP you/PRP for/IN the/DT compliment/NN ./.
                """));
        assertThat(r.structure().turns()).hasSize(3);
        assertThat(name(r.holding("Thank you for the compliment").speaker())).endsWith("Tokayev");
        assertThat(r.holding("To bring them back").text()).doesNotContain("Kassym");
    }

    @Test
    void apposition_names_the_speaker_given_by_a_relative_who_or_a_description() {
        Read r = read(Tagged.doc("""
                Rep./NNP Steve/NNP/PERSON King/NNP/PERSON ,/, R-Iowa/NNP/LOCATION ,/, who/WP suggested/VBD that/IN the/DT border/NN needs/VBZ a/DT wall/NN ,/, spoke/VBD ./.
                His/PRP$ lawyer/NN ,/, Robert/NNP/PERSON Stok/NNP/PERSON ,/, says/VBZ that/IN the/DT case/NN is/VBZ weak/JJ ./.
                """));
        assertThat(name(r.holding("the border needs a wall").speaker())).isEqualTo("Steve King");
        assertThat(name(r.holding("the case is weak").speaker())).isEqualTo("Robert Stok");
    }

    @Test
    void every_rule_has_a_name_a_description_and_an_example() {
        assertThat(Utterances.RULES.names()).doesNotHaveDuplicates().contains("first-person-is-utterer", "relayed-in-turn");
        assertThat(Utterances.RULES.rules()).allSatisfy(rule -> {
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.example()).isNotBlank();
        });
    }
}
