package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.event.EventExtractor;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.extract.time.DateEstimator;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.LocalEntity;
import org.parley.testkit.Shared;

/**
 * Prints what stance and event extraction cost next to the rest of the per-article analysis (annotation,
 * entities, attributions, dates), on press releases of the Ukraine corpus. The target is at most 25% more;
 * the numbers are printed, not asserted, since the machine is shared.
 */
class StanceTimelineCostIT {
    private static final int ARTICLES = 20;
    private static final int WARM_UP = 4;

    @Test
    void stance_and_event_extraction_cost_is_printed_against_annotation() {
        Path corpus = Shared.require("corpora/ukraine_nato_talks_press_2021_2022.jsonl");
        Set<String> ids = new LinkedHashSet<>();
        for (GoldStance g : GoldStance.read(RealPipeline.sourceFile("eval/stances-gold.jsonl"))) {
            if (g.article().startsWith("president") || g.article().startsWith("kremlin")) ids.add(g.article());
        }
        Map<String, Article> articles = StanceEval.readCorpus(List.of(corpus), ids);
        List<Article> sample = new ArrayList<>(articles.values()).subList(0, Math.min(ARTICLES, articles.size()));
        EntityExtractor entities = new EntityExtractor();
        AttributionExtractor attributions = new AttributionExtractor();
        DateEstimator dates = new DateEstimator();
        StanceExtractor stances = new StanceExtractor(RealPipeline.ukraineIssues().issues(), StanceLexicon.bundled());
        EventExtractor events = new EventExtractor();
        long annotate = 0;
        long rest = 0;
        long stance = 0;
        long event = 0;
        int found = 0;
        for (int pass = 0; pass < 2; pass++) {
            // The first pass, over a few articles, only warms the JIT up.
            annotate = rest = stance = event = 0;
            for (Article a : pass == 0 ? sample.subList(0, Math.min(WARM_UP, sample.size())) : sample) {
                long t0 = System.nanoTime();
                AnnotatedArticle doc = RealPipeline.NLP.process(a);
                long t1 = System.nanoTime();
                List<LocalEntity> e = entities.process(doc);
                List<Attribution> q = attributions.extract(doc, e);
                DateEstimate d = dates.estimate(doc);
                long t2 = System.nanoTime();
                found += stances.extract(doc, e, q, d).size();
                long t3 = System.nanoTime();
                found += events.extract(doc, e, d).size();
                long t4 = System.nanoTime();
                annotate += t1 - t0;
                rest += t2 - t1;
                stance += t3 - t2;
                event += t4 - t3;
            }
        }
        double n = sample.size() * 1e6;
        System.out.printf(Locale.ROOT, "per article over %d articles: annotate %.1f ms, entities+attributions+dates %.2f ms, "
                        + "stances %.2f ms, events %.2f ms; stances+events add %.2f%% to the rest of the analysis%n",
                sample.size(), annotate / n, rest / n, stance / n, event / n, 100.0 * (stance + event) / (annotate + rest));
        assertThat(found).isPositive();
    }
}
