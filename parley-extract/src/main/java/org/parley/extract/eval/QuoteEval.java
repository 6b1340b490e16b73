package org.parley.extract.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.model.Attribution;
import org.parley.model.Span;
import org.parley.model.Speaker;

/**
 * Scores attributions against gold, by exactly this rule: a predicted attribution matches a gold one in the same
 * article when their content spans have Jaccard overlap of at least 0.5, one-to-one, best overlap first; its
 * speaker is right when the predicted speaker mention overlaps the gold source span, or both are absent.
 * Scored twice: on quotation-mark quotes (gold type direct or mixed; predicted direct ones) and on all.
 */
public final class QuoteEval {
    public static final double MIN_JACCARD = 0.5;

    private QuoteEval() {
    }

    public static EvalReport score(List<GoldArticle> gold, Function<GoldArticle, List<Attribution>> system) {
        EvalReport.Tally quotes = new EvalReport.Tally();
        EvalReport.Tally all = new EvalReport.Tally();
        List<EvalReport.Miss> misses = new ArrayList<>();
        for (GoldArticle article : gold) {
            List<Attribution> predicted = system.apply(article);
            score(article, predicted, GoldAttribution::quoted, Attribution::direct, quotes, misses, "quotes");
            score(article, predicted, g -> true, p -> true, all, misses, "all");
        }
        return new EvalReport(gold.size(), quotes, all, misses);
    }

    private record Pair(int gold, int predicted, double jaccard) {
    }

    private static void score(GoldArticle article, List<Attribution> allPredicted, Predicate<GoldAttribution> goldFilter,
                              Predicate<Attribution> predictedFilter, EvalReport.Tally tally,
                              List<EvalReport.Miss> misses, String scope) {
        List<GoldAttribution> g = article.attributions().stream().filter(goldFilter).toList();
        List<Attribution> p = allPredicted.stream().filter(predictedFilter).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                double jac = g.get(i).content().jaccard(p.get(j).content());
                if (jac >= MIN_JACCARD) pairs.add(new Pair(i, j, jac));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::jaccard).reversed()
                .thenComparingInt(Pair::gold).thenComparingInt(Pair::predicted));
        boolean[] goldUsed = new boolean[g.size()];
        boolean[] predUsed = new boolean[p.size()];
        for (Pair pair : pairs) {
            if (goldUsed[pair.gold()] || predUsed[pair.predicted()]) continue;
            goldUsed[pair.gold()] = true;
            predUsed[pair.predicted()] = true;
            tally.matched++;
            GoldAttribution ga = g.get(pair.gold());
            Attribution pa = p.get(pair.predicted());
            if (speakerRight(ga, pa)) tally.speakerRight++;
            else misses.add(new EvalReport.Miss(article.id(), scope, "wrong speaker", ga.text(),
                    "gold '" + ga.speaker() + "', predicted '" + speakerText(pa) + "'"));
        }
        tally.gold += g.size();
        tally.predicted += p.size();
        for (int i = 0; i < g.size(); i++) {
            if (!goldUsed[i]) misses.add(new EvalReport.Miss(article.id(), scope, "false negative", g.get(i).text(),
                    "gold speaker '" + g.get(i).speaker() + "', cue '" + g.get(i).cue() + "'"));
        }
        for (int j = 0; j < p.size(); j++) {
            if (!predUsed[j]) misses.add(new EvalReport.Miss(article.id(), scope, "false positive", p.get(j).text(),
                    "speaker '" + speakerText(p.get(j)) + "', cue '" + p.get(j).cueText() + "'"));
        }
    }

    static boolean speakerRight(GoldAttribution gold, Attribution predicted) {
        Optional<Span> mention = predicted.speaker().mentionInText();
        if (gold.speakerSpan().isEmpty() || mention.isEmpty()) return gold.speakerSpan().isEmpty() && mention.isEmpty();
        return gold.speakerSpan().get().overlaps(mention.get());
    }

    private static String speakerText(Attribution a) {
        return switch (a.speaker()) {
            case Speaker.Known k -> k.surface() + (k.name().equals(k.surface()) ? "" : " = " + k.name());
            case Speaker.Unknown u -> u.mention().isPresent() ? u.surface() + " = (unknown)" : "(unknown)";
        };
    }
}
