package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Span;

class CoreNlpBaselinesTest {
    @Test
    void quote_content_drops_marks_of_any_style_and_inner_space() {
        String text = "He said “ We stay. ” and left, then 'fine'.";

        Span curly = CoreNlpBaselines.withoutQuoteMarks(text, text.indexOf('“'), text.indexOf('”') + 1);
        Span straight = CoreNlpBaselines.withoutQuoteMarks(text, text.indexOf('\''), text.lastIndexOf('\'') + 1);

        assertThat(curly.of(text)).isEqualTo("We stay.");
        assertThat(straight.of(text)).isEqualTo("fine");
    }
}
