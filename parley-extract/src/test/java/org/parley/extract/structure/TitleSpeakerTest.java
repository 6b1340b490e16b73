package org.parley.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.parley.extract.entity.Countries;
import org.parley.extract.entity.Titles;
import org.junit.jupiter.api.Test;

class TitleSpeakerTest {
    private static Optional<TitleSpeaker> read(String title) {
        return TitleSpeaker.read(title, Titles.standard(), Countries.standard());
    }

    @Test
    void a_speech_by_a_named_person_gives_the_name_and_the_office() {
        TitleSpeaker t = read("Speech by President of Ukraine Volodymyr Zelenskyy in the Norwegian Storting").orElseThrow();
        assertThat(t.name()).contains("Volodymyr Zelenskyy");
        assertThat(t.office()).isEqualTo("President of Ukraine");
    }

    @Test
    void an_address_by_an_office_gives_only_the_office() {
        TitleSpeaker t = read("We will win - address by the President of Ukraine").orElseThrow();
        assertThat(t.name()).isEmpty();
        assertThat(Office.parse(t.office(), Countries.standard())).contains(new Office("president", "Ukraine"));
    }

    @Test
    void head_of_state_is_an_office_not_a_name() {
        assertThat(read("Head of State addressed foreign diplomats").orElseThrow().name()).isEmpty();
    }

    @Test
    void an_article_by_its_author_ends_before_its_quoted_headline() {
        assertThat(read("Article by Vladimir Putin \"Russia and China: A Future-Oriented Partnership\"").orElseThrow().name())
                .contains("Vladimir Putin");
    }

    @Test
    void a_title_that_names_no_address_names_no_speaker() {
        assertThat(read("Telephone conversation with President of France Emmanuel Macron")).isEmpty();
    }

    @Test
    void offices_are_held_by_date() {
        Offices offices = Offices.standard();
        assertThat(offices.holder("president", "United States", LocalDate.of(2024, 12, 1))).contains("Joe Biden");
        assertThat(offices.holder("president", "United States", LocalDate.of(2025, 10, 1))).contains("Donald Trump");
        assertThat(offices.holder("president", "Atlantis", LocalDate.of(2025, 10, 1))).isEmpty();
    }
}
