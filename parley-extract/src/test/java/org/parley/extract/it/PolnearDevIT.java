package org.parley.extract.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.eval.EvalReport;
import org.parley.extract.eval.GoldArticle;
import org.parley.extract.eval.GoldLoader;
import org.parley.extract.eval.QuoteEval;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import org.parley.testkit.Shared;

/**
 * Scores the extractors on the PolNeAR dev split with the real annotator and prints the report: the dev loop.
 * Opt-in, because annotating 84 articles takes a minute or more on a busy machine:
 * {@code ./build -q -pl parley-extract -am verify -Dparley.polnear=true -Dit.test=PolnearDevIT -Dtest=skip
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dparley.misses=true} to list every miss). Never run on
 * anything named test.
 */
class PolnearDevIT {
    @Test
    void dev_scores_stay_above_their_floors() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("parley.polnear") || Shared.inCi(), "set -Dparley.polnear=true (or CI=true) to score PolNeAR dev");
        List<GoldArticle> gold = GoldLoader.load(Shared.require("eval/polnear/polnear-dev.jsonl"));
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
        long t0 = System.nanoTime();
        Map<String, AnnotatedArticle> docs = new HashMap<>();
        for (GoldArticle g : gold) docs.put(g.id(), annotator.process(g.toArticle()));
        long t1 = System.nanoTime();
        EntityExtractor entities = new EntityExtractor();
        AttributionExtractor quotes = new AttributionExtractor();
        EvalReport report = QuoteEval.score(gold, g -> {
            AnnotatedArticle doc = docs.get(g.id());
            List<Attribution> found = quotes.extract(doc, entities.process(doc));
            return found;
        });
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "PolNeAR dev: annotate %.1f s, entities+attributions %.2f s for %d articles%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, gold.size());
        report.print(System.out, Boolean.getBoolean("parley.misses"));
        // floors a little under the scores measured when they were last raised (0.879 / 0.851 / 0.770 / 0.740); the
        // issue's targets are 0.85 for quotes + speaker, 0.75 and 0.65 for all attributions
        assertThat(report.quotes().contentF1()).isGreaterThan(0.873);
        assertThat(report.quotes().speakerF1()).isGreaterThan(0.845);
        assertThat(report.all().contentF1()).isGreaterThan(0.763);
        assertThat(report.all().speakerF1()).isGreaterThan(0.733);
    }
}
