package org.parley.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.MentionKind;
import org.parley.testkit.Docs;

class EntityExtractorTest {
    private final EntityExtractor extractor = new EntityExtractor();

    private List<LocalEntity> entities(AnnotatedArticle doc) {
        List<LocalEntity> out = extractor.process(doc);
        for (LocalEntity e : out) {
            for (EntityMention m : e.mentions()) assertThat(m.span().of(doc.text())).isEqualTo(m.surface());
        }
        return out;
    }

    private static LocalEntity named(List<LocalEntity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + name + "' in " + entities));
    }

    @Test
    void title_surname_role_noun_and_pronoun_are_one_person_with_a_role() {
        AnnotatedArticle doc = Docs.annotated("NATO Secretary General Mark Rutte arrived in Brussels. "
                + "Rutte met the ministers. The NATO chief added that he was confident. Secretary Rutte left.",
                "PERSON:Mark Rutte", "PERSON:Rutte", "ORGANIZATION:NATO");
        List<LocalEntity> entities = entities(doc);
        List<LocalEntity> persons = entities.stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(persons).hasSize(1);
        LocalEntity rutte = persons.get(0);
        assertThat(rutte.name()).isEqualTo("Mark Rutte");
        assertThat(rutte.roles()).contains("NATO Secretary General");
        assertThat(rutte.aliases()).contains("Rutte", "Secretary Rutte");
        assertThat(rutte.mentions()).extracting(EntityMention::surface, EntityMention::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("NATO chief", MentionKind.ROLE),
                        org.assertj.core.groups.Tuple.tuple("he", MentionKind.PRONOUN));
    }

    @Test
    void transliterated_spellings_of_a_surname_are_one_person() {
        AnnotatedArticle doc = Docs.annotated("Ukrainian President Volodymyr Zelensky met his aides. "
                + "Later Zelenskyy spoke to reporters. Zelenskiy left.",
                "PERSON:Volodymyr Zelensky", "PERSON:Zelenskyy", "PERSON:Zelenskiy");
        List<LocalEntity> persons = entities(doc).stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertThat(persons).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Volodymyr Zelensky");
            assertThat(p.aliases()).contains("Zelenskyy", "Zelenskiy");
            assertThat(p.roles()).contains("Ukrainian President");
        });
    }

    @Test
    void president_elect_and_president_titles_are_stripped_from_one_name() {
        AnnotatedArticle doc = Docs.annotated("President-elect Donald Trump spoke on Monday. "
                + "President Trump said little. Trump left early.", "PERSON:Donald Trump", "PERSON:Trump");
        LocalEntity trump = named(entities(doc), "Donald Trump");
        assertThat(trump.roles()).contains("President-elect", "President");
        assertThat(trump.aliases()).contains("Trump", "President Trump");
        assertThat(trump.mentions()).filteredOn(m -> m.kind() == MentionKind.NAME).hasSize(3);
    }

    @Test
    void apposition_after_a_name_gives_a_role() {
        AnnotatedArticle doc = Docs.annotated("Mark Rutte, a former Dutch Prime Minister, stated that aid matters.",
                "PERSON:Mark Rutte");
        assertThat(named(entities(doc), "Mark Rutte").roles()).contains("former Dutch Prime Minister");
    }

    @Test
    void a_role_noun_goes_to_the_latest_holder_of_that_role() {
        AnnotatedArticle doc = Docs.annotated("President Donald Trump called President Vladimir Putin. "
                + "Then Prime Minister Keir Starmer spoke. The president said that talks would follow.",
                "PERSON:Donald Trump", "PERSON:Vladimir Putin", "PERSON:Keir Starmer");
        List<LocalEntity> entities = entities(doc);
        assertThat(named(entities, "Vladimir Putin").mentions()).extracting(EntityMention::surface).contains("president");
        assertThat(named(entities, "Keir Starmer").mentions()).extracting(EntityMention::surface).doesNotContain("president");
    }

    @Test
    void capitals_and_countries_acting_are_governments_but_a_venue_is_a_place() {
        AnnotatedArticle doc = Docs.annotated("Moscow has insisted that Ukraine must never join NATO. "
                + "Washington’s strategy changed. Kyiv has requested air defense. The talks were held in Brussels.",
                "PLACE:Moscow", "GOVERNMENT:Ukraine", "ORGANIZATION:NATO", "PLACE:Washington", "PLACE:Brussels");
        List<LocalEntity> entities = entities(doc);
        assertThat(named(entities, "Russia").type()).isEqualTo(EntityType.GOVERNMENT);
        assertThat(named(entities, "United States").type()).isEqualTo(EntityType.GOVERNMENT);
        LocalEntity ukraine = named(entities, "Ukraine");
        assertThat(ukraine.type()).isEqualTo(EntityType.GOVERNMENT);
        assertThat(ukraine.mentions()).extracting(EntityMention::surface).contains("Ukraine", "Kyiv");
        assertThat(named(entities, "Brussels").type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void a_lone_surname_shared_by_two_people_goes_to_the_one_mentioned_last() {
        AnnotatedArticle doc = Docs.annotated("John Smith met reporters. Later Jane Smith arrived. Smith said nothing.",
                "PERSON:John Smith", "PERSON:Jane Smith", "PERSON:Smith");
        List<LocalEntity> entities = entities(doc);
        assertThat(named(entities, "Jane Smith").aliases()).contains("Smith");
        assertThat(named(entities, "John Smith").aliases()).doesNotContain("Smith");
    }

    @Test
    void she_does_not_go_to_a_man_already_called_he() {
        AnnotatedArticle doc = Docs.annotated("Mr. Tom Baker spoke first. He was brief. Ms. Ann Lee answered. "
                + "She was longer. Later she left.", "PERSON:Tom Baker", "PERSON:Ann Lee");
        List<LocalEntity> entities = entities(doc);
        assertThat(named(entities, "Ann Lee").mentions()).filteredOn(m -> m.kind() == MentionKind.PRONOUN)
                .extracting(EntityMention::surface).containsExactly("She", "she");
        assertThat(named(entities, "Tom Baker").mentions()).filteredOn(m -> m.kind() == MentionKind.PRONOUN)
                .extracting(EntityMention::surface).containsExactly("He");
    }

    @Test
    void entity_keys_follow_first_mention_order() {
        AnnotatedArticle doc = Docs.annotated("NATO met. Mark Rutte spoke.", "ORGANIZATION:NATO", "PERSON:Mark Rutte");
        assertThat(entities(doc)).extracting(LocalEntity::key, LocalEntity::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e0", "NATO"),
                        org.assertj.core.groups.Tuple.tuple("e1", "Mark Rutte"));
    }

    @Test
    void a_ministry_written_with_a_country_is_that_countrys_and_the_same_words_later_join_it() {
        AnnotatedArticle doc = Docs.annotated("Ukraine’s Foreign Ministry rejected the plan. The Russian Defence Ministry "
                + "said nothing. Later the Foreign Ministry repeated its view. The Ministry of Foreign Affairs of Poland agreed.",
                "GOVERNMENT:Ukraine", "ORGANIZATION:Foreign Ministry", "ORGANIZATION:Russian Defence Ministry",
                "ORGANIZATION:Foreign Ministry", "ORGANIZATION:Ministry of Foreign Affairs of Poland");
        List<LocalEntity> entities = entities(doc);
        LocalEntity ukraine = named(entities, "Foreign Ministry (Ukraine)");
        assertThat(ukraine.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ukraine.mentions()).hasSize(2);
        assertThat(named(entities, "Defence Ministry (Russia)").mentions()).hasSize(1);
        assertThat(named(entities, "Ministry of Foreign Affairs (Poland)").mentions()).hasSize(1);
        assertThat(entities).extracting(LocalEntity::name).doesNotContain("Foreign Ministry");
    }

    @Test
    void a_ministry_without_a_country_and_a_named_organisation_keep_their_names() {
        AnnotatedArticle doc = Docs.annotated("The Foreign Ministry rejected the plan. Ukraine’s Naftogaz agreed.",
                "ORGANIZATION:Foreign Ministry", "GOVERNMENT:Ukraine", "ORGANIZATION:Naftogaz");
        List<LocalEntity> entities = entities(doc);
        assertThat(named(entities, "Foreign Ministry").mentions()).hasSize(1);
        assertThat(named(entities, "Naftogaz").mentions()).hasSize(1);
    }

    @Test
    void its_ministry_is_the_ministry_of_the_government_named_before_it_in_the_sentence() {
        AnnotatedArticle doc = Docs.annotated("China has weighed in, with its Foreign Ministry spokesperson asserting that "
                + "dialogue is the only way. Its Foreign Ministry said more.",
                "GOVERNMENT:China", "ORGANIZATION:Foreign Ministry", "ORGANIZATION:Foreign Ministry");
        List<LocalEntity> entities = entities(doc);
        assertThat(named(entities, "Foreign Ministry (China)").mentions()).hasSize(2);
    }
    @Test
    void a_quotation_mark_or_a_lower_case_word_taken_into_a_name_is_not_part_of_it() {
        AnnotatedArticle doc = Docs.annotated("“We will fight,” Bozell said. Stumpf admitted under Warren questioning "
                + "that he was wrong. Bill de Blasio spoke.",
                "PERSON:” Bozell", "PERSON:under Warren", "PERSON:Stumpf", "PERSON:Bill de Blasio");
        List<LocalEntity> entities = entities(doc);
        assertThat(entities).extracting(LocalEntity::name).contains("Bozell", "Warren", "Bill de Blasio");
        assertThat(named(entities, "Warren").roles()).isEmpty();
    }
    @Test
    void a_common_first_name_tells_he_from_she() {
        AnnotatedArticle doc = Docs.annotated("John Stumpf faced Elizabeth Warren on Tuesday. "
                + "He said the bank failed.", "PERSON:Elizabeth Warren", "PERSON:John Stumpf");
        List<LocalEntity> entities = entities(doc);
        assertThat(named(entities, "Elizabeth Warren").mentions()).extracting(EntityMention::surface).doesNotContain("He");
        assertThat(named(entities, "John Stumpf").mentions()).extracting(EntityMention::surface).contains("He");
    }

    private static List<String> persons(List<LocalEntity> entities) {
        return entities.stream().filter(e -> e.type() == EntityType.PERSON).map(LocalEntity::name).toList();
    }

    @Test
    void a_surname_repeated_by_a_scraped_transcript_label_is_written_once() {
        AnnotatedArticle doc = Docs.annotated("Prime Minister of Hungary Viktor Orban Orban ViktorPrime Minister of Hungary: "
                + "Thank you.", "PERSON:Viktor Orban Orban");

        LocalEntity orban = named(entities(doc), "Viktor Orban");

        assertThat(orban.roles()).containsExactly("Prime Minister of Hungary");
    }

    @Test
    void a_name_of_title_words_only_is_no_person_and_a_chain_of_offices_is_one_role() {
        AnnotatedArticle doc = Docs.annotated("This was stated by Head of the President’s Office Andriy Yermak. "
                + "Head of the Office of the President of Ukraine Andriy Yermak met journalists.",
                "PERSON:Head", "PERSON:Andriy Yermak");

        List<LocalEntity> entities = entities(doc);

        assertThat(persons(entities)).containsExactly("Andriy Yermak");
        assertThat(named(entities, "Andriy Yermak").roles())
                .containsExactlyInAnyOrder("Head of the President’s Office", "Head of the Office of the President of Ukraine");
    }

    @Test
    void the_last_office_of_a_chain_does_not_refer_back_to_the_holder_of_the_first() {
        AnnotatedArticle doc = Docs.annotated("Deputy Head of the Office of the President Andriy Smyrnov met a delegation. "
                + "The Deputy Head of the Office of the President noted progress. The President noted nothing.",
                "PERSON:Andriy Smyrnov");

        LocalEntity smyrnov = named(entities(doc), "Andriy Smyrnov");

        assertThat(smyrnov.mentions()).extracting(EntityMention::surface).doesNotContain("President");
    }

    @Test
    void a_place_of_the_gazetteer_tagged_as_a_person_is_a_place_unless_a_full_name_ends_with_it() {
        AnnotatedArticle doc = Docs.annotated("Grad rockets hit Mariupol, not European cities. Mariupol resisted. "
                + "Tom Sumy said that Sumy would help.", "PERSON:Mariupol", "PERSON:Tom Sumy", "PERSON:Sumy");

        List<LocalEntity> entities = entities(doc);

        assertThat(named(entities, "Mariupol").type()).isEqualTo(EntityType.PLACE);
        assertThat(named(entities, "Mariupol").mentions()).hasSize(2);
        assertThat(persons(entities)).containsExactly("Tom Sumy");
        assertThat(named(entities, "Tom Sumy").aliases()).contains("Sumy");
    }

    @Test
    void a_named_parliament_tagged_as_a_person_is_an_organisation() {
        AnnotatedArticle doc = Docs.annotated("The Verkhovna Rada voted on Tuesday.", "PERSON:Verkhovna Rada");

        assertThat(named(entities(doc), "Verkhovna Rada").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void a_common_word_opening_a_sentence_is_cut_from_a_name_and_god_is_no_person() {
        AnnotatedArticle doc = Docs.annotated("We thank our partners. Thank God, our people have already sorted everything.",
                "PERSON:Thank God");

        assertThat(persons(entities(doc))).isEmpty();
    }

    @Test
    void a_title_inside_a_prepositional_phrase_before_a_comma_is_not_the_next_names_role() {
        AnnotatedArticle doc = Docs.annotated("At the request of the President of Turkey, Vladimir Putin informed him "
                + "about the talks.", "PERSON:Vladimir Putin");

        assertThat(named(entities(doc), "Vladimir Putin").roles()).isEmpty();
    }

    @Test
    void the_title_of_a_comma_apposition_opening_a_sentence_is_the_names_role() {
        AnnotatedArticle doc = Docs.annotated("The President of Turkey, Recep Tayyip Erdogan, arrived.", "PERSON:Recep Tayyip Erdogan");

        assertThat(named(entities(doc), "Recep Tayyip Erdogan").roles()).containsExactly("President of Turkey");
    }

    @Test
    void an_apposition_naming_another_person_is_no_role() {
        AnnotatedArticle doc = Docs.annotated("We welcome Charles Michel, President of the European Commission Ursula "
                + "von der Leyen, and the ministers.", "PERSON:Charles Michel", "PERSON:Ursula von der Leyen",
                "ORGANIZATION:European Commission");

        List<LocalEntity> entities = entities(doc);

        assertThat(named(entities, "Charles Michel").roles()).isEmpty();
        assertThat(named(entities, "Ursula von der Leyen").roles()).containsExactly("President of the European Commission");
    }

    @Test
    void an_honorific_is_an_alias_not_a_role_and_a_time_word_is_no_part_of_a_title() {
        AnnotatedArticle doc = Docs.annotated("Vladimir Putin arrived. Mr. Putin smiled. Today President Putin spoke.",
                "PERSON:Vladimir Putin", "PERSON:Putin");

        LocalEntity putin = named(entities(doc), "Vladimir Putin");

        assertThat(putin.roles()).containsExactly("President");
        assertThat(putin.aliases()).contains("Mr. Putin", "President Putin");
    }

    @Test
    void a_lone_surname_under_an_office_the_full_name_never_holds_is_someone_else() {
        AnnotatedArticle doc = Docs.annotated("First Lady Jill Biden visited a school. President Biden spoke later. "
                + "Mr. Smith and Ms. Jane Smith left.", "PERSON:Jill Biden", "PERSON:Biden", "PERSON:Jane Smith", "PERSON:Smith");

        List<LocalEntity> entities = entities(doc);

        assertThat(named(entities, "Jill Biden").aliases()).doesNotContain("Biden");
        assertThat(named(entities, "Biden").roles()).containsExactly("President");
        assertThat(named(entities, "Jane Smith").aliases()).doesNotContain("Smith");
    }

    @Test
    void soft_hyphens_padding_a_repaired_apostrophe_are_no_part_of_a_name() {
        String text = "Obama\u00AD\u00AD\u2019s plan failed.";
        org.parley.model.Article article = Docs.article(text);
        List<org.parley.model.Token> tokens = List.of(
                new org.parley.model.Token(0, new org.parley.model.Span(0, 7), "Obama", "obama", "NNP", "PERSON", 0),
                new org.parley.model.Token(1, new org.parley.model.Span(7, 9), "\u2019s", "'s", "POS", "O", 0),
                new org.parley.model.Token(2, new org.parley.model.Span(10, 14), "plan", "plan", "NN", "O", 0),
                new org.parley.model.Token(3, new org.parley.model.Span(15, 21), "failed", "fail", "VBD", "O", 0),
                new org.parley.model.Token(4, new org.parley.model.Span(21, 22), ".", ".", ".", "O", 0));
        AnnotatedArticle doc = new AnnotatedArticle(article,
                List.of(new org.parley.model.Sentence(0, new org.parley.model.Span(0, 22), 0, 5, 0)), tokens,
                List.of(new org.parley.model.Mention(new org.parley.model.Span(0, 7), "Obama\u00AD\u00AD", EntityType.PERSON, "PERSON", 0)),
                List.of(), "test");

        assertThat(persons(entities(doc))).containsExactly("Obama");
    }

    /** {@code doc} with the part-of-speech tags of the tokens that spell {@code words} replaced by {@code pos}. */
    private static AnnotatedArticle tagged(AnnotatedArticle doc, String pos, String... words) {
        List<org.parley.model.Token> tokens = doc.tokens().stream()
                .map(t -> List.of(words).contains(t.word())
                        ? new org.parley.model.Token(t.index(), t.span(), t.word(), t.lemma(), pos, t.ner(), t.sentence()) : t)
                .toList();
        return new AnnotatedArticle(doc.article(), doc.sentences(), tokens, doc.mentions(), doc.times(), "test");
    }

    @Test
    void a_function_word_or_verb_a_headline_runs_into_a_name_is_no_part_of_it() {
        AnnotatedArticle doc = Docs.annotated("Will Obama Win Ohio?\n\nObama Took The Stage\n\nObama Obama spoke.",
                "PERSON:Will Obama", "PERSON:Obama Took", "PERSON:Obama Obama");
        doc = tagged(tagged(doc, "MD", "Will"), "VBD", "Took");

        assertThat(persons(entities(doc))).containsExactly("Obama");
    }
}
