package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.story.StoryClusterer;
import org.parley.extract.story.StoryEval;
import org.parley.extract.story.StoryInput;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.Outcome;
import org.parley.model.Stance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley eval stories}: story clustering scored against gold stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Clusters the articles of a corpus JSONL whose records carry a gold \"story\" field, as ingest would",
                "(analysed with the real annotator, added in date order), and prints pairwise and B-cubed P/R/F1."})
public final class EvalStoriesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl",
            description = "Corpus records {id, title, text, source, published, url, story}.")
    Path gold;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N records.")
    Integer limit;

    @Mixin
    AnalysisOptions analysis;

    @Spec
    CommandSpec spec;

    private record Analysed(int order, Article article, ArticleAnalysis analysis) {
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) throw new UserException("gold file " + gold + " does not exist");
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = new ArrayList<>();
        try (Stream<Outcome<Article>> in = new ArticleReader(IngestConfig.defaults()).read(gold)) {
            for (Outcome<Article> o : (Iterable<Outcome<Article>>) in::iterator) {
                if (limit != null && articles.size() >= limit) break;
                switch (o) {
                    case Outcome.Done<Article> d -> articles.add(d.value());
                    case Outcome.Failed<Article> f -> throw new UserException("cannot read the gold file: " + f.problem());
                }
            }
        }
        Map<ArticleId, String> goldStory = new HashMap<>();
        for (Article a : articles) {
            String story = a.metadata().get("story");
            if (story == null || story.isBlank()) throw new UserException("record " + a.name() + " of " + gold + " has no \"story\" field");
            if (goldStory.put(new ArticleId(a.name()), story) != null) throw new UserException("record id " + a.name() + " occurs twice in " + gold);
        }
        ArticleAnalyzer analyzer = analysis.analyzer(analysis.catalog());
        long t0 = System.nanoTime();
        List<Analysed> analysed = analyse(articles, analyzer);
        long t1 = System.nanoTime();
        // stable: same-day articles keep the file order, as a feed would deliver them
        analysed.sort(Comparator.comparing((Analysed x) -> x.analysis().date().date().orElse(LocalDate.MAX))
                .thenComparingInt(Analysed::order));
        StoryClusterer clusterer = new StoryClusterer(Stories.CONFIG);
        Map<ArticleId, String> predicted = new HashMap<>();
        for (Analysed x : analysed) {
            ArticleId key = new ArticleId(x.article().name());
            predicted.put(key, clusterer.add(input(key, x.article(), x.analysis())).story());
        }
        long t2 = System.nanoTime();
        StoryEval.Scores pairwise = StoryEval.pairwise(predicted, goldStory);
        StoryEval.Scores bcubed = StoryEval.bcubed(predicted, goldStory);
        out.printf(Locale.ROOT, "%d articles from %s: %d gold stories, %d predicted%n%n", articles.size(), gold,
                new HashSet<>(goldStory.values()).size(), new HashSet<>(predicted.values()).size());
        out.printf("%-10s %8s %8s %8s%n", "", "P", "R", "F1");
        out.printf(Locale.ROOT, "%-10s %8.3f %8.3f %8.3f%n", "pairwise", pairwise.precision(), pairwise.recall(), pairwise.f1());
        out.printf(Locale.ROOT, "%-10s %8.3f %8.3f %8.3f%n", "B-cubed", bcubed.precision(), bcubed.recall(), bcubed.f1());
        out.printf(Locale.ROOT, "%nanalysis %.1f s, clustering %.2f s; %s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, Stories.CONFIG);
        out.flush();
        return 0;
    }

    static StoryInput input(ArticleId key, Article article, ArticleAnalysis analysis) {
        Set<String> issues = new TreeSet<>();
        for (Stance s : analysis.stances()) issues.add(s.issue());
        return StoryInputs.of(key, analysis.date().date(), article.outlet(), article.title(), article.text(),
                analysis.entities(), issues);
    }

    private List<Analysed> analyse(List<Article> articles, ArticleAnalyzer analyzer) {
        List<Analysed> out = new ArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(analysis.threads());
        try {
            List<Analysed> done = pool.submit(() -> java.util.stream.IntStream.range(0, articles.size()).parallel()
                    .mapToObj(i -> new Analysed(i, articles.get(i), analyzer.process(articles.get(i)))).toList()).join();
            out.addAll(done);
        } finally {
            pool.shutdown();
        }
        return out;
    }
}
