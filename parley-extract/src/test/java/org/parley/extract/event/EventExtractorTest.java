package org.parley.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateEstimate;
import org.parley.model.Event;
import org.parley.model.Granularity;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.When;
import org.parley.testkit.Docs;

class EventExtractorTest {
    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private static final DateEstimate FRIDAY = new DateEstimate(Optional.of(LocalDate.of(2025, 2, 14)), false, "metadata");

    @Test
    void a_call_on_thursday_is_dated_against_the_article_date() {
        String text = "Trump held a phone call with Putin on Thursday. The weather was mild.";
        AnnotatedArticle base = Docs.annotated(text, "PERSON:Trump", "PERSON:Putin");
        int at = text.indexOf("Thursday");
        AnnotatedArticle doc = new AnnotatedArticle(base.article(), base.sentences(), base.tokens(), base.mentions(),
                List.of(new TimeMention(new Span(at, at + 8), "Thursday", "XXXX-WXX-4", "DATE", 0)), "testkit");

        List<Event> events = EXTRACTOR.extract(doc, List.of(), FRIDAY);

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("call");
            assertThat(e.triggerText()).isEqualTo("phone call");
            assertThat(e.participants()).containsExactly("Trump", "Putin");
            assertThat(e.when()).contains(new When(LocalDate.of(2025, 2, 13), Granularity.DAY, "2025-02-13"));
            assertThat(e.sentence()).isZero();
        });
    }

    @Test
    void call_for_is_a_demand_not_a_call() {
        assertThat(EXTRACTOR.extract(Docs.annotated("Rutte made a call for more weapons.", "PERSON:Rutte"), List.of(), FRIDAY))
                .extracting(Event::kind).doesNotContain("call");
        assertThat(EXTRACTOR.extract(Docs.annotated("Rutte will call for more weapons.", "PERSON:Rutte"), List.of(), FRIDAY)).isEmpty();
    }

    @Test
    void a_trigger_with_no_one_and_no_date_is_too_vague() {
        assertThat(EXTRACTOR.extract(Docs.annotated("The meeting was long."), List.of(), FRIDAY)).isEmpty();
    }
}
