package org.parley.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTriggersTest {
    private final TimeTriggers triggers = TimeTriggers.load();

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel label = new CoreLabel();
            label.setWord(w);
            return label;
        }).toList();
    }

    @Test
    void a_sentence_with_a_month_a_number_or_a_relative_word_may_hold_a_time() {
        assertThat(triggers.mayHoldTime(tokens("The summit opens in Brussels in June ."))).isTrue();
        assertThat(triggers.mayHoldTime(tokens("He spoke for 45 minutes ."))).isTrue();
        assertThat(triggers.mayHoldTime(tokens("Talks resumed three years ago ."))).isTrue();
        assertThat(triggers.mayHoldTime(tokens("The minister is now in Kyiv ."))).isTrue();
    }

    @Test
    void abbreviations_hyphenated_words_plurals_and_case_are_recognised() {
        assertThat(triggers.isTrigger("Sept.")).isTrue();
        assertThat(triggers.isTrigger("mid-December")).isTrue();
        assertThat(triggers.isTrigger("Fridays")).isTrue();
        assertThat(triggers.isTrigger("TONIGHT")).isTrue();
        assertThat(triggers.isTrigger("2025")).isTrue();
    }

    @Test
    void a_sentence_without_number_or_time_word_is_skipped() {
        assertThat(triggers.mayHoldTime(tokens("The alliance must stand together , the minister said ."))).isFalse();
        assertThat(triggers.isTrigger("Timely")).isFalse();
        assertThat(triggers.isTrigger("")).isFalse();
    }
}
