package org.parley.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    @Test
    void sentences_start_after_the_end_mark_and_the_space_after_it() {
        assertThat(sentences("He said so. She did not! Why? Then, \u201cNo.\u201d It ended."))
                .containsExactly("He said so. ", "She did not! ", "Why? ", "Then, \u201cNo.\u201d ", "It ended.");
    }

    @Test
    void a_lower_case_word_after_a_period_continues_the_sentence_and_a_line_break_ends_one() {
        assertThat(sentences("U.S. officials met e.g. twice. Talks\nresumed 3.5 hours later"))
                .containsExactly("U.S. officials met e.g. twice. ", "Talks\n", "resumed 3.5 hours later");
    }

    @Test
    void plain_prose_breaks_where_the_jdk_breaks_it() {
        String text = "The minister said talks would resume. \u201cWe are ready,\u201d he said. Officials agreed!\n\n"
                + "Is it over? Nobody knows. The end.";
        assertThat(boundaries(new SentenceBreaks(), text)).isEqualTo(boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text));
    }

    @Test
    void following_and_preceding_answer_as_the_jdk_does_at_every_offset() {
        String text = "One two. Three four? Five.\nSix seven. ";
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        SentenceBreaks ours = new SentenceBreaks();
        jdk.setText(text);
        ours.setText(text);
        for (int i = 0; i <= text.length(); i++) {
            assertThat(ours.following(i)).as("following(%d)", i).isEqualTo(jdk.following(i));
            assertThat(ours.current()).isEqualTo(jdk.current());
            assertThat(ours.preceding(i)).as("preceding(%d)", i).isEqualTo(jdk.preceding(i));
            assertThat(ours.current()).isEqualTo(jdk.current());
            assertThat(ours.isBoundary(i)).as("isBoundary(%d)", i).isEqualTo(jdk.isBoundary(i));
        }
    }

    @Test
    void a_character_iterator_over_part_of_a_text_gives_offsets_in_the_whole_text() {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(new StringCharacterIterator("xx A b. C d. yy", 3, 12, 3));
        assertThat(breaks.first()).isEqualTo(3);
        assertThat(breaks.next()).isEqualTo(8);
        assertThat(breaks.next()).isEqualTo(12);
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(8)).isEqualTo(3);
    }

    private static List<String> sentences(String text) {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    private static List<Integer> boundaries(BreakIterator it, String text) {
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) out.add(b);
        return out;
    }
}
