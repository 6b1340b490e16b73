package org.parley.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class TextLayoutTest {
    @Test
    void paragraphs_start_after_any_line_break_or_only_after_blank_lines() {
        String text = "Title\n\nOne. Two.\nThree.\n   \n  Four.";

        Paragraphs everyLine = Paragraphs.of(text, true);
        Paragraphs blankLine = Paragraphs.of(text, false);

        assertThat(everyLine.count()).isEqualTo(4);
        assertThat(everyLine.indexOf(text.indexOf("Two"))).isEqualTo(1);
        assertThat(everyLine.indexOf(text.indexOf("Three"))).isEqualTo(2);
        assertThat(everyLine.indexOf(text.indexOf("Four"))).isEqualTo(3);
        assertThat(blankLine.indexOf(text.indexOf("Three"))).isEqualTo(1);
        assertThat(blankLine.indexOf(text.indexOf("Four"))).isEqualTo(2);
    }

    @Test
    void short_text_is_one_block_without_leading_white_space() {
        assertThat(TextBlocks.split("  \nHello world.\n", 1_000, true)).containsExactly(new Span(3, 16));
    }

    @Test
    void long_text_is_cut_at_line_breaks_into_blocks_that_cover_it() {
        String line = "x".repeat(599) + "\n";
        String text = line.repeat(10);

        List<Span> blocks = TextBlocks.split(text, 1_000, true);

        assertThat(blocks).hasSize(10).allSatisfy(b -> assertThat(b.length()).isLessThanOrEqualTo(1_000));
        assertThat(blocks).allSatisfy(b -> assertThat(text.charAt(b.end() - 1)).isEqualTo('\n'));
    }

    @Test
    void a_paragraph_longer_than_a_block_is_cut_after_a_full_stop() {
        String text = "Aaa aaa. ".repeat(300);

        List<Span> blocks = TextBlocks.split(text, 1_000, false);

        assertThat(blocks).hasSizeGreaterThan(2);
        assertThat(blocks.get(0).of(text)).endsWith("aaa.");
    }
}
