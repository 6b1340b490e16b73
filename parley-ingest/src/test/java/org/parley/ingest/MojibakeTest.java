package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Span;

class MojibakeTest {
    @Test
    void utf8_read_once_as_windows_1252_is_repaired() {
        assertThat(Mojibake.repaired("Romney wonâ€™t say")).isEqualTo("Romney won’t say");
    }

    @Test
    void utf8_read_twice_as_windows_1252_is_repaired_in_two_rounds() {
        assertThat(Mojibake.repaired("Romney wonÃ¢â‚¬â„¢t say if heÃ¢â‚¬â„¢d repeal"))
                .isEqualTo("Romney won’t say if he’d repeal");
    }

    @Test
    void bytes_windows_1252_leaves_undefined_arrive_as_c1_controls_and_are_repaired_too() {
        assertThat(Mojibake.repaired("â€œDear family,â€\u009d begins")).isEqualTo("“Dear family,” begins");
        assertThat(Mojibake.repaired("the nationÃ¢Â\u0080Â\u0099s")).isEqualTo("the nation’s");
    }

    @Test
    void a_c1_control_left_over_after_the_last_round_is_no_repair() {
        assertThat(Mojibake.find("price \u00c2\u0080 list")).isEmpty();
    }

    @Test
    void a_repair_records_where_the_mojibake_stood_and_what_it_encodes() {
        String text = "Obamaâ€™s plan";

        assertThat(Mojibake.find(text)).containsExactly(new Mojibake.Repair(new Span(5, 8), "â€™", "’"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Señor Peña", "São Tomé", "Zürich’s mayor", "“café”", "the résumé’s length",
            "der Gruß“ sagte", "Đorđe Balašević", "£5 and ¥10", "naïve—façade"})
    void text_in_latin_scripts_that_is_not_mojibake_is_left_alone(String text) {
        assertThat(Mojibake.find(text)).isEmpty();
    }

    @Test
    void padded_text_keeps_the_length_and_every_character_outside_a_repair() {
        String text = "He said â€œWe canâ€\u009d and the nationâ€™s plan.";
        List<Mojibake.Repair> repairs = Mojibake.find(text);

        String padded = Mojibake.padded(text, repairs);

        assertThat(padded).hasSameSizeAs(text).isEqualTo("He said   “We can”   and the nation\u00AD\u00AD’s plan.");
    }

    @Test
    void a_repair_between_two_words_pads_with_soft_hyphens_before_the_character() {
        String text = "won\u00C3\u00A2\u00E2\u0082\u00AC\u00E2\u0084\u00A2t";

        assertThat(Mojibake.padded(text, Mojibake.find(text))).isEqualTo("won" + "\u00AD".repeat(7) + "’t");
    }
}
