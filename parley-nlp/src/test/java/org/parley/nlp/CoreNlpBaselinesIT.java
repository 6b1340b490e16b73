package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.EntityType;
import org.parley.model.Invariants;
import org.parley.model.Speaker;
import org.parley.testkit.Docs;

/** CoreNLP's own pipelines on small texts written for these tests (each loads once per JVM, on first use). */
class CoreNlpBaselinesIT {
    @Test
    void default_pipeline_tags_people_and_places_with_consistent_spans() {
        Article article = Docs.article("The talks in Geneva ended on Friday, Jane Example told reporters.");

        AnnotatedArticle doc = Invariants.check(CoreNlpBaselines.defaultPipeline().process(article));

        assertThat(doc.mentions()).anySatisfy(m -> {
            assertThat(m.surface()).isEqualTo("Jane Example");
            assertThat(m.type()).isEqualTo(EntityType.PERSON);
        });
        assertThat(doc.mentions()).anySatisfy(m -> assertThat(m.surface()).isEqualTo("Geneva"));
    }

    @Test
    void quote_attribution_gives_the_quote_without_marks_and_its_speaker() {
        String text = "Jane Example arrived in Geneva on Friday.\n\n"
                + "\"We will not accept these terms,\" Example told reporters after the meeting.";
        Article article = Docs.article(text);

        List<Attribution> quotes = CoreNlpBaselines.attributeQuotes(article);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will not accept these terms,");
            assertThat(q.text()).isEqualTo(q.content().of(text));
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker()).isInstanceOfSatisfying(Speaker.Known.class,
                    k -> assertThat(k.surface()).isEqualTo(k.mention().of(text)).contains("Example"));
        });
    }
}
