package org.parley.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.parley.extract.Extraction;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.event.EventExtractor;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.extract.quote.Cues;
import org.parley.extract.quote.Utterances;
import org.parley.extract.rule.Rule;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.time.DateEstimator;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Attribution;

/**
 * What each named rule of {@link Utterances} is worth on the speaker gold: the judgements right with every rule, and
 * with each rule switched off in turn, per split. A rule whose gain is zero or negative on the split it was not tuned
 * on is a candidate for generalising or removing. Each article is annotated once; only extraction runs again.
 */
public final class SpeakerAblation {
    /** One rule switched off: its gain is the right judgements it adds on each split (negative: it costs them). */
    public record Row(String rule, Map<String, Integer> right, Map<String, Integer> gain) {
    }

    public record Table(Map<String, Integer> baseline, Map<String, Integer> totals, List<Row> rows) {
        public String format() {
            List<String> splits = new ArrayList<>(totals.keySet());
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s", "rule switched off"));
            for (String s : splits) out.append(String.format(Locale.ROOT, " %9s %6s", s + " right", "gain"));
            out.append('\n').append(String.format(Locale.ROOT, "%-24s", "(none: every rule on)"));
            for (String s : splits) out.append(String.format(Locale.ROOT, " %5d/%-3d %6s", baseline.get(s), totals.get(s), ""));
            out.append('\n');
            for (Row r : rows) {
                out.append(String.format(Locale.ROOT, "%-24s", r.rule()));
                for (String s : splits) out.append(String.format(Locale.ROOT, " %5d/%-3d %+6d", r.right().get(s), totals.get(s), r.gain().get(s)));
                out.append('\n');
            }
            return out.toString();
        }
    }

    private final StanceExtractor stances;

    public SpeakerAblation(StanceExtractor stances) {
        this.stances = stances;
    }

    /**
     * @param annotate the annotator (or a cache of its output); called once per gold article
     */
    public Table run(List<GoldSpeaker> gold, Map<String, Article> articles, Function<Article, AnnotatedArticle> annotate) {
        Map<String, AnnotatedArticle> annotated = new HashMap<>();
        for (GoldSpeaker g : gold) annotated.computeIfAbsent(g.article(), id -> annotate.apply(articles.get(id)));
        Map<String, Integer> totals = new java.util.TreeMap<>();
        for (GoldSpeaker g : gold) totals.merge(g.split(), 1, Integer::sum);
        Map<String, Integer> baseline = rightPerSplit(gold, articles, annotated, Set.of());
        List<Row> rows = new ArrayList<>();
        for (Rule<Utterances.Context, Attribution> rule : Utterances.RULES.rules()) {
            Map<String, Integer> right = rightPerSplit(gold, articles, annotated, Set.of(rule.name()));
            Map<String, Integer> gain = new java.util.TreeMap<>();
            for (String s : totals.keySet()) gain.put(s, baseline.getOrDefault(s, 0) - right.getOrDefault(s, 0));
            rows.add(new Row(rule.name(), right, gain));
        }
        return new Table(baseline, totals, rows);
    }

    private Map<String, Integer> rightPerSplit(List<GoldSpeaker> gold, Map<String, Article> articles,
                                               Map<String, AnnotatedArticle> annotated, Set<String> off) {
        AttributionExtractor attributions = new AttributionExtractor(Cues.standard(), new Utterances(Utterances.RULES.without(off)));
        Extraction extraction = new Extraction(new EntityExtractor(), new DateEstimator(), attributions, stances, new EventExtractor());
        SpeakerEval.Report report = new SpeakerEval(a -> extraction.process(annotated.get(a.name()))).evaluate(gold, articles);
        Map<String, Integer> right = new java.util.TreeMap<>();
        for (SpeakerEval.Pair p : report.pairs()) right.merge(p.gold().split(), p.right() ? 1 : 0, Integer::sum);
        return right;
    }
}
