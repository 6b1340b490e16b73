package org.parley.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();

    private static LocalEntity person(String key, String name, String... roles) {
        return new LocalEntity(key, name, EntityType.PERSON, Set.of(), Set.of(roles), List.of());
    }

    private static ArticleEntities article(String id, LocalEntity... entities) {
        return new ArticleEntities(new ArticleId(id), List.of(entities));
    }

    @Test
    void spelling_variants_across_articles_are_one_person_under_the_commoner_spelling() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", person("e0", "Volodymyr Zelensky", "Ukrainian President")),
                article("a2", person("e0", "Volodymyr Zelenskyy")),
                article("a3", person("e3", "Zelenskyy")),
                article("a4", person("e1", "Volodymyr Zelensky"))));
        assertThat(r.entities()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(new EntityId("person:volodymyr-zelensky"));
            assertThat(e.aliases()).contains("Volodymyr Zelenskyy", "Zelenskyy");
            assertThat(e.roles()).containsExactly("Ukrainian President");
        });
        assertThat(r.mapping()).containsEntry(new LocalRef(new ArticleId("a3"), "e3"), new EntityId("person:volodymyr-zelensky"));
    }

    @Test
    void a_surname_joins_the_only_full_name_with_it_and_roles_accumulate() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", person("e0", "Mark Rutte", "NATO Secretary General")),
                article("a2", person("e0", "Rutte", "former Dutch Prime Minister"))));
        assertThat(r.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Mark Rutte");
            assertThat(e.roles()).containsExactlyInAnyOrder("NATO Secretary General", "former Dutch Prime Minister");
        });
    }

    @Test
    void an_ambiguous_surname_stays_apart() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", person("e0", "Hillary Clinton")),
                article("a2", person("e0", "Bill Clinton")),
                article("a3", person("e0", "Clinton"))));
        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Hillary Clinton", "Bill Clinton", "Clinton");
    }

    @Test
    void organisations_join_by_acronym_and_governments_by_name() {
        LocalEntity nato = new LocalEntity("e0", "NATO", EntityType.ORGANIZATION, Set.of(), Set.of(), List.of());
        LocalEntity full = new LocalEntity("e1", "North Atlantic Treaty Organization", EntityType.ORGANIZATION,
                Set.of(), Set.of(), List.of());
        LocalEntity russia = new LocalEntity("e2", "Russia", EntityType.GOVERNMENT, Set.of("Moscow"), Set.of(), List.of());
        EntityResolver.Resolution r = resolver.resolve(List.of(article("a1", nato, russia), article("a2", full,
                new LocalEntity("e0", "Russia", EntityType.GOVERNMENT, Set.of("the Kremlin"), Set.of(), List.of()))));
        assertThat(r.entities()).extracting(e -> e.id().value())
                .containsExactlyInAnyOrder("organization:north-atlantic-treaty-organization", "government:russia");
        assertThat(r.entities()).filteredOn(e -> e.type() == EntityType.GOVERNMENT).singleElement()
                .satisfies(e -> assertThat(e.aliases()).containsExactlyInAnyOrder("Moscow", "the Kremlin"));
    }

    @Test
    void the_result_does_not_depend_on_input_order() {
        List<ArticleEntities> input = new ArrayList<>(List.of(
                article("a1", person("e0", "Donald Trump", "President")),
                article("a2", person("e0", "Trump"), person("e1", "Donald J. Trump")),
                article("a3", person("e2", "Donald Trump", "President-elect"))));
        EntityResolver.Resolution first = resolver.resolve(input);
        Collections.reverse(input);
        EntityResolver.Resolution second = resolver.resolve(input);
        assertThat(second).isEqualTo(first);
        assertThat(first.entities()).singleElement().satisfies(e -> assertThat(e.id().value()).isEqualTo("person:donald-trump"));
    }

    private static LocalEntity person(String key, String name, Set<String> aliases, String... roles) {
        return new LocalEntity(key, name, EntityType.PERSON, aliases, Set.of(roles), List.of());
    }

    private static LocalEntity org(String key, String name, String... aliases) {
        return new LocalEntity(key, name, EntityType.ORGANIZATION, Set.of(aliases), Set.of(), List.of());
    }

    @Test
    void a_short_form_or_another_spelling_of_a_first_name_is_the_same_person() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", person("e0", "Joseph Biden", "President")),
                article("a2", person("e0", "Joe Biden")),
                article("a3", person("e0", "Volodymyr Zelenskyy")),
                article("a4", person("e0", "Vladimir Zelensky"))));

        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void a_surname_shared_by_several_full_names_joins_the_one_whose_office_it_shares() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", person("e0", "Joseph Biden", "President")),
                article("a2", person("e0", "Jill Biden", "First Lady")),
                article("a3", person("e0", "Biden", "US President"))));

        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Joseph Biden", "Jill Biden");
        assertThat(r.mapping()).containsEntry(new LocalRef(new ArticleId("a3"), "e0"), new EntityId("person:joseph-biden"));
    }

    @Test
    void a_surname_with_an_honorific_of_the_other_gender_does_not_join_the_only_full_name() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", person("e0", "Jill Biden")),
                article("a2", person("e0", "Biden", Set.of("Mr. Biden")))));

        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("Jill Biden", "Biden");
    }

    @Test
    void a_two_letter_acronym_joins_only_an_expansion_some_article_wrote_it_with() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", org("e0", "United Nations", "UN")),
                article("a2", org("e0", "UN")),
                article("a3", org("e0", "United News")),
                article("a4", org("e0", "U.S. Navy"))));

        assertThat(r.entities()).extracting(Entity::name).containsExactlyInAnyOrder("United Nations", "United News", "U.S. Navy");
    }

    @Test
    void among_several_holders_of_the_office_a_surname_joins_one_written_in_three_times_as_many_articles() {
        List<ArticleEntities> input = new ArrayList<>();
        for (int i = 0; i < 6; i++) input.add(article("b" + i, person("e0", "Barack Obama", "President")));
        input.add(article("m0", person("e0", "Michelle Obama", "President")));
        input.add(article("m1", person("e0", "Michelle Obama", "First Lady")));
        input.add(article("x0", person("e0", "Obama", "President")));

        EntityResolver.Resolution r = resolver.resolve(input);

        assertThat(r.mapping()).containsEntry(new LocalRef(new ArticleId("x0"), "e0"), new EntityId("person:barack-obama"));
    }

    @Test
    void holders_of_the_office_written_about_as_often_leave_the_surname_apart() {
        EntityResolver.Resolution r = resolver.resolve(List.of(
                article("a1", person("e0", "Barack Obama", "President")),
                article("a2", person("e0", "Michelle Obama", "President")),
                article("a3", person("e0", "Obama", "President"))));

        assertThat(r.entities()).extracting(Entity::name).contains("Obama");
    }
}
