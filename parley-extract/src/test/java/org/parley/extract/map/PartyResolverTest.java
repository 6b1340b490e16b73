package org.parley.extract.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.extract.map.Statements.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.EntityType;

class PartyResolverTest {
    private final PartyResolver resolver = PartyResolver.standard(PartyOverrides.none());

    @Test
    void a_seat_of_government_speaks_for_its_country() {
        Party kremlin = resolver.resolve(Statements.KREMLIN);
        Party moscow = resolver.resolve(new Speaker("e-moscow", "Moscow", EntityType.PLACE, Set.of(), Set.of()));
        Party russia = resolver.resolve(new Speaker("e-russia", "Russia", EntityType.GOVERNMENT, Set.of(), Set.of()));

        assertThat(List.of(kremlin.name(), moscow.name(), russia.name())).containsOnly("Russia");
        assertThat(kremlin.key()).isEqualTo(russia.key()).isEqualTo(moscow.key());
        assertThat(kremlin.basis()).isEqualTo("'Kremlin' is the seat of government of Russia");
    }

    @Test
    void a_body_named_after_its_country_speaks_for_it() {
        Speaker ministry = new Speaker("e-mfa", "Russian Foreign Ministry", EntityType.ORGANIZATION, Set.of(), Set.of());

        assertThat(resolver.resolve(ministry).name()).isEqualTo("Russia");
    }

    @Test
    void a_person_speaks_for_the_country_their_role_names() {
        assertThat(resolver.resolve(Statements.PESKOV).name()).isEqualTo("Russia");
        assertThat(resolver.resolve(person("Ivan Petrov", "Kremlin spokesman")).basis()).isEqualTo("role 'Kremlin spokesman' names Russia");
        assertThat(resolver.resolve(Statements.LAVROV).name()).isEqualTo("Russia");
        assertThat(resolver.resolve(person("Dmytro Kuleba", "Foreign Minister of Ukraine")).name()).isEqualTo("Ukraine");
    }

    @Test
    void an_office_holder_speaks_for_the_office_even_when_no_role_was_read() {
        Party putin = resolver.resolve(person("Vladimir Putin"));
        Party rutte = resolver.resolve(person("Mark Rutte"));

        assertThat(putin.name()).isEqualTo("Russia");
        assertThat(putin.basis()).isEqualTo("held the office of president of Russia");
        assertThat(rutte.name()).isEqualTo("NATO");
    }

    @Test
    void an_office_counts_on_the_day_it_was_held() {
        Speaker rutte = person("Mark Rutte", "Prime Minister of the Netherlands");

        assertThat(resolver.resolve(rutte, java.time.LocalDate.of(2022, 3, 1)).name()).isEqualTo("Netherlands");
        assertThat(resolver.resolve(rutte, java.time.LocalDate.of(2025, 3, 1)).name()).isEqualTo("NATO");
        assertThat(resolver.resolve(new Speaker("e-nato", "North Atlantic Treaty Organisation", EntityType.ORGANIZATION,
                Set.of("NATO"), Set.of())).name()).isEqualTo("NATO");
    }

    @Test
    void a_role_naming_two_countries_decides_nothing() {
        assertThat(resolver.resolve(person("Charles Michel", "President of Azerbaijan and the Prime Minister of Armenia")).name())
                .isEqualTo("Charles Michel");
    }

    @Test
    void a_country_a_role_is_sent_to_is_not_the_one_it_speaks_for() {
        assertThat(resolver.resolve(person("Keith Kellogg", "special envoy to Ukraine")).name()).isEqualTo("Keith Kellogg");
        assertThat(resolver.resolve(person("Keith Kellogg", "U.S. special envoy to Ukraine")).name()).isEqualTo("United States");
    }

    @Test
    void a_former_role_does_not_make_a_party() {
        assertThat(resolver.resolve(person("Jane Doe", "former Foreign Minister of Ukraine")).name()).isEqualTo("Jane Doe");
    }

    @Test
    void a_person_speaking_for_no_one_stays_themselves() {
        Party pundit = resolver.resolve(Statements.PUNDIT);

        assertThat(pundit.name()).isEqualTo("Jane Pundit");
        assertThat(pundit.key()).isEqualTo("person:e-jane-pundit");
    }

    @Test
    void the_issues_file_wins_over_what_the_store_knows() {
        PartyOverrides overrides = PartyOverrides.parse("issues.json",
                "{\"issues\": [], \"parties\": {\"Russian delegation\": [\"Peskov\", \"Kremlin\"], \"Analysts\": [\"Pundit\"]}}");
        PartyResolver withOverrides = PartyResolver.standard(overrides);

        assertThat(withOverrides.resolve(Statements.PESKOV).name()).isEqualTo("Russian delegation");
        assertThat(withOverrides.resolve(Statements.KREMLIN).name()).isEqualTo("Russian delegation");
        assertThat(withOverrides.resolve(Statements.PUNDIT).basis()).isEqualTo("listed under 'Analysts' in the issues file");
        assertThat(withOverrides.resolve(Statements.LAVROV).name()).isEqualTo("Russia");
        assertThat(overrides.parties()).isEqualTo(Map.of("Russian delegation", List.of("Peskov", "Kremlin"), "Analysts", List.of("Pundit")));
    }

    @Test
    void a_malformed_parties_object_says_how_to_write_it() {
        assertThatThrownBy(() -> PartyOverrides.parse("issues.json", "{\"parties\": {\"Russia\": \"Putin\"}}"))
                .hasMessage("issue file issues.json: party 'Russia' must list names in an array; write it as "
                        + "{\"parties\": {\"Russia\": [\"Putin\", \"Kremlin\"]}}");
        assertThatThrownBy(() -> PartyOverrides.parse("issues.json", "{\"parties\": [\"Putin\"]}"))
                .hasMessageContaining("\"parties\" must be an object");
        assertThat(PartyOverrides.parse("issues.json", "{\"issues\": []}").isEmpty()).isTrue();
    }
}
