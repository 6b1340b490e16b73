package org.parley.extract.story;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.model.Article;
import org.parley.testkit.Shared;

/**
 * Online story clustering throughput on a large dated corpus (no gold): articles fed in date order with
 * capitalised-phrase names; prints time per article, stories opened and the largest stories.
 *
 * <p>Usage: {@code StoriesBenchMain [corpus.jsonl]}; default the shared folder's {@code corpora/allsides_news.jsonl}.
 */
public final class StoriesBenchMain {
    private StoriesBenchMain() {
    }

    public static void main(String[] args) {
        Path corpus = args.length > 0 ? Path.of(args[0]) : Shared.require("corpora/allsides_news.jsonl");
        long t0 = System.nanoTime();
        List<Article> articles = new ArrayList<>(CorpusArticles.read(corpus));
        articles.sort(Comparator.comparing(a -> a.published().orElse(java.time.LocalDate.MIN)));
        List<StoryInput> inputs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            String text = a.cleanText();
            CapitalisedPhrases.Found names = CapitalisedPhrases.in(text);
            inputs.add(StoryInput.of(a.id(), a.published(), a.outlet(), a.title(), text, names.entities(), names.people(), List.of()));
        }
        long t1 = System.nanoTime();
        long cpu1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        StoryClusterer clusterer = new StoryClusterer(StoryConfig.defaults());
        for (StoryInput in : inputs) clusterer.add(in);
        long t2 = System.nanoTime();
        long cpu2 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<Story> stories = clusterer.stories();
        long t3 = System.nanoTime();
        long multi = stories.stream().filter(s -> s.articles().size() > 1).count();
        long multiOutlet = stories.stream().filter(s -> s.outlets().size() > 1).count();
        System.out.printf("%d articles; read+names %.0f ms; clustering %.0f ms wall, %.0f ms CPU (%.2f ms CPU/article); snapshot %.0f ms%n",
                inputs.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, (cpu2 - cpu1) / 1e6, (cpu2 - cpu1) / 1e6 / inputs.size(),
                (t3 - t2) / 1e6);
        System.out.printf("%d stories; %d with 2+ articles; %d with 2+ outlets; heap used %.0f MB%n", stories.size(), multi,
                multiOutlet, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
        stories.stream().sorted(Comparator.comparingInt((Story s) -> -s.articles().size())).limit(8)
                .forEach(s -> System.out.printf("  %3d articles, %2d outlets, %s..%s  %s%n", s.articles().size(),
                        s.outlets().size(), s.first().orElse(null), s.last().orElse(null), s.label()));
    }
}
