package org.parley.extract.story;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.parley.model.ArticleId;
import org.parley.testkit.Shared;

/**
 * Story clustering on BASIL: B-cubed and pairwise scores of the default configuration, then a grid over the
 * settings (the defaults were picked from it).
 *
 * <p>Usage: {@code StoryEvalMain [basil_stories_dev.jsonl]}; default the shared folder's copy.
 */
public final class StoryEvalMain {
    private StoryEvalMain() {
    }

    public static void main(String[] args) {
        Path file = args.length > 0 ? Path.of(args[0]) : Shared.require("corpora/basil_stories_dev.jsonl");
        long t0 = System.nanoTime();
        BasilStories basil = new BasilStories(file);
        long t1 = System.nanoTime();
        StoryConfig defaults = StoryConfig.defaults();
        Map<ArticleId, String> predicted = basil.cluster(defaults);
        long t2 = System.nanoTime();
        System.out.printf("%d articles, %d gold stories; read+names %.0f ms, clustering %.1f ms%n", basil.inputs.size(),
                new HashSet<>(basil.gold.values()).size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        report("defaults " + defaults, predicted, basil.gold);
        StoryConfig contentOnly = new StoryConfig(defaults.threshold(), defaults.windowDays(), 0,
                defaults.titleBoost(), defaults.dateDecay(), defaults.maxSpanDays());
        report("content only", basil.cluster(contentOnly), basil.gold);
        report("defaults, dates withheld", basil.cluster(defaults, false), basil.gold);
        report("content only, dates withheld", basil.cluster(contentOnly, false), basil.gold);

        record Row(StoryConfig config, double bcubed, double pairwise, double undated) {
        }
        List<Row> rows = new ArrayList<>();
        for (double t : new double[] {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4}) {
            for (int w : new int[] {1, 3, 7}) {
                for (double ew : new double[] {0, 0.2, 0.4}) {
                    for (double tb : new double[] {1, 2}) {
                        for (double dd : new double[] {0, 0.3}) {
                            StoryConfig c = new StoryConfig(t, w, ew, tb, dd, defaults.maxSpanDays());
                            Map<ArticleId, String> p = basil.cluster(c);
                            rows.add(new Row(c, StoryEval.bcubed(p, basil.gold).f1(), StoryEval.pairwise(p, basil.gold).f1(),
                                    StoryEval.bcubed(basil.cluster(c, false), basil.gold).f1()));
                        }
                    }
                }
            }
        }
        rows.sort(Comparator.comparingDouble((Row r) -> -r.bcubed));
        System.out.println("grid of " + rows.size() + " settings, best B-cubed F1 first:");
        for (Row r : rows.subList(0, 10)) print(r.config, r.bcubed, r.pairwise, r.undated);
        rows.sort(Comparator.comparingDouble((Row r) -> -r.undated - r.bcubed));
        System.out.println("best with dates withheld (ties: best with dates):");
        for (Row r : rows.subList(0, 10)) print(r.config, r.bcubed, r.pairwise, r.undated);
        rows.sort(Comparator.comparingDouble((Row r) -> -r.bcubed));
        long atLeast = rows.stream().filter(r -> r.bcubed >= rows.get(0).bcubed - 0.02).count();
        System.out.printf("settings within 0.02 of the best: %d of %d%n", atLeast, rows.size());
    }

    private static void print(StoryConfig c, double bcubed, double pairwise, double undated) {
        System.out.printf("  B3 F1 %.3f  pairwise F1 %.3f  undated B3 F1 %.3f  %s%n", bcubed, pairwise, undated, c);
    }

    private static void report(String what, Map<ArticleId, String> predicted, Map<ArticleId, String> gold) {
        System.out.printf("%s: %d predicted stories%n  B-cubed  %s%n  pairwise %s%n", what,
                new HashSet<>(predicted.values()).size(), StoryEval.bcubed(predicted, gold), StoryEval.pairwise(predicted, gold));
    }
}
