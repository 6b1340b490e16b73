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
}
