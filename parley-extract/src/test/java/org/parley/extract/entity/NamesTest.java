package org.parley.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void transliteration_variants_are_the_same_word() {
        assertThat(Names.sameWord("Zelensky", "Zelenskyy")).isTrue();
        assertThat(Names.sameWord("Zelensky", "Zelenskiy")).isTrue();
        assertThat(Names.sameWord("Zelenskyy", "Zelenskii")).isTrue();
        assertThat(Names.sameWord("Medvedev", "Medvedyev")).isTrue();
    }

    @Test
    void different_short_names_are_not_the_same_word() {
        assertThat(Names.sameWord("Rutte", "Putin")).isFalse();
        assertThat(Names.sameWord("Biden", "Bidet")).isFalse();
        assertThat(Names.sameWord("Kerry", "Perry")).isFalse();
    }

    @Test
    void initials_agree_with_first_names() {
        assertThat(Names.compatibleFirst("J.", "James")).isTrue();
        assertThat(Names.compatibleFirst("Donald", "Don")).isFalse();
        assertThat(Names.compatibleFirst("Volodymyr", "Volodimir")).isTrue();
    }

    @Test
    void slugs_are_ascii_and_hyphenated() {
        assertThat(Names.slug("Mark Rutte")).isEqualTo("mark-rutte");
        assertThat(Names.slug("François Hollande")).isEqualTo("francois-hollande");
        assertThat(Names.slug("U.S. Senate")).isEqualTo("u-s-senate");
    }
}
