package org.parley.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.extract.entity.EntityExtractor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.Invariants;
import org.parley.model.LocalEntity;
import org.parley.testkit.Docs;

/** Odd and broken inputs never throw and never produce spans outside the text. */
class RobustnessTest {
    private final EntityExtractor entities = new EntityExtractor();
    private final AttributionExtractor quotes = new AttributionExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"\"", "“”", "said", "He said.", "“Unclosed at the very end", "Rutte:", ", said Rutte",
            "according to", "“A,” he said, “", "'' ''", "He said: “", "“…” ― ", "The the the said that.",
            "Moscow’s", "\"*\"", "“One.”\n\n“Two.”\n\n“Three", "Kyiv Kyiv Kyiv said said said"})
    void odd_input_gives_consistent_output(String text) {
        AnnotatedArticle doc = Docs.annotated(text, "PERSON:Rutte");
        List<LocalEntity> found = entities.process(doc);
        AttributionExtractor.Result r = quotes.analyse(doc, found);
        Invariants.check(new ArticleAnalysis(doc, DateEstimate.none(), found, r.attributions(), List.of(), List.of(), List.of()));
        for (Attribution a : r.attributions()) assertThat(a.content().end()).isLessThanOrEqualTo(text.length());
    }
}
