package org.parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.eval.EvalReport;
import org.parley.extract.eval.GoldArticle;
import org.parley.extract.eval.GoldLoader;
import org.parley.extract.eval.QuoteEval;
import org.parley.extract.eval.GoldSpeaker;
import org.parley.extract.eval.SpeakerEval;
import org.parley.extract.issue.IssueCatalog;
import org.parley.extract.stance.GoldStance;
import org.parley.extract.stance.StanceEval;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.nlp.CoreNlpBaselines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley eval}: how far to trust Parley, in numbers, on annotated data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Scores Parley's extractors on annotated data.",
        subcommands = {EvalCommand.Quotes.class, EvalCommand.Speakers.class, EvalCommand.Stances.class, EvalStoriesCommand.class})
public final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "quotes", mixinStandardHelpOptions = true,
            description = {"Scores quote and speaker attribution on gold articles in the PolNeAR JSONL format (see README).",
                    "A prediction matches a gold attribution when their content spans overlap with Jaccard >= 0.5 (one-to-one,",
                    "best first); its speaker is right when the predicted speaker mention overlaps the gold source span."})
    static final class Quotes implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl", description = "Annotated articles.")
        Path gold;

        @Option(names = "--baseline", paramLabel = "corenlp", description = "Also score CoreNLP's own quote attribution (slow: depparse + coref).")
        String baseline;

        @Option(names = "--limit", paramLabel = "N", description = "Only the first N gold articles.")
        Integer limit;

        @Option(names = "--misses", description = "List every miss (false negatives and false positives).")
        boolean misses;

        @Mixin
        AnalysisOptions analysis;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (baseline != null && !baseline.equals("corenlp")) throw new UserException("--baseline takes 'corenlp', not '" + baseline + "'");
            if (!Files.isRegularFile(gold)) throw new UserException("gold file " + gold + " does not exist");
            List<GoldArticle> articles = GoldLoader.load(gold);
            if (limit != null) articles = articles.subList(0, Math.min(limit, articles.size()));
            PrintWriter out = spec.commandLine().getOut();
            ArticleAnalyzer analyzer = analysis.analyzer(IssueCatalog.bundled());
            long t0 = System.nanoTime();
            Map<String, List<Attribution>> ours = predict(articles, a -> analyzer.process(a).attributions(), analysis.threads());
            double oursSeconds = (System.nanoTime() - t0) / 1e9;
            EvalReport parley = QuoteEval.score(articles, g -> ours.get(g.id()));
            EvalReport corenlp = null;
            double baseSeconds = 0;
            if (baseline != null) {
                spec.commandLine().getErr().println("parley: running CoreNLP's quote attribution (depparse, coref, quote) on " + articles.size() + " articles…");
                long t1 = System.nanoTime();
                Map<String, List<Attribution>> theirs = predict(articles, CoreNlpBaselines::attributeQuotes, 1);
                baseSeconds = (System.nanoTime() - t1) / 1e9;
                corenlp = QuoteEval.score(articles, g -> theirs.get(g.id()));
            }
            out.printf(Locale.ROOT, "%d gold articles from %s%n%n", articles.size(), gold);
            out.printf("%-44s %8s %8s %8s%s%n", "", "P", "R", "F1", corenlp == null ? "" : "   CoreNLP: P        R       F1");
            row(out, "quotation-mark quotes, content", parley.quotes(), corenlp == null ? null : corenlp.quotes(), false);
            row(out, "quotation-mark quotes, content + speaker", parley.quotes(), corenlp == null ? null : corenlp.quotes(), true);
            row(out, "all attributions, content", parley.all(), corenlp == null ? null : corenlp.all(), false);
            row(out, "all attributions, content + speaker", parley.all(), corenlp == null ? null : corenlp.all(), true);
            out.printf(Locale.ROOT, "%ngold: %d quotation-mark quotes, %d attributions; Parley predicted %d / %d in %.1f s%s%n",
                    parley.quotes().gold(), parley.all().gold(), parley.quotes().predicted(), parley.all().predicted(), oursSeconds,
                    corenlp == null ? "" : String.format(Locale.ROOT, "; CoreNLP predicted %d in %.1f s", corenlp.all().predicted(), baseSeconds));
            if (misses) {
                out.flush();
                PrintStream ps = new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
                parley.print(ps, true);
            }
            return 0;
        }

        private static void row(PrintWriter out, String label, EvalReport.Tally ours, EvalReport.Tally theirs, boolean speaker) {
            out.printf(Locale.ROOT, "%-44s %8.3f %8.3f %8.3f", label,
                    speaker ? ours.speakerPrecision() : ours.contentPrecision(),
                    speaker ? ours.speakerRecall() : ours.contentRecall(),
                    speaker ? ours.speakerF1() : ours.contentF1());
            if (theirs != null) {
                out.printf(Locale.ROOT, "   %8.3f %8.3f %8.3f",
                        speaker ? theirs.speakerPrecision() : theirs.contentPrecision(),
                        speaker ? theirs.speakerRecall() : theirs.contentRecall(),
                        speaker ? theirs.speakerF1() : theirs.contentF1());
            }
            out.println();
        }

        private static Map<String, List<Attribution>> predict(List<GoldArticle> articles, Function<Article, List<Attribution>> system, int threads) {
            Map<String, List<Attribution>> out = new ConcurrentHashMap<>();
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                pool.submit(() -> articles.parallelStream().forEach(g -> out.put(g.id(), system.apply(g.toArticle())))).join();
            } finally {
                pool.shutdown();
            }
            return out;
        }
    }

    @Command(name = "speakers", mixinStandardHelpOptions = true,
            description = {"Scores who is speaking on hand-made judgements (eval/speakers-gold.jsonl, format in eval/speakers-gold.md):",
                    "each judgement's snippet is found in its article, the innermost attribution covering it is taken, and its",
                    "speaker (and relayer) are compared with the gold by name."})
    static final class Speakers implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl") Path gold;

        @Option(names = "--corpus", required = true, split = ",", paramLabel = "FILE.jsonl[,FILE…]",
                description = "The corpus files the gold articles come from (JSONL; matched by id).")
        List<Path> corpus;

        @Option(names = "--split", paramLabel = "dev|test", description = "Only the judgements of this split (default: all, each split reported).")
        String split;

        @Option(names = "--misses", description = "List every judgement Parley got wrong.")
        boolean misses;

        @Option(names = "--ablate", description = "Also score with each named rule of who is speaking switched off in turn, "
                + "and print each rule's gain per split (articles are annotated once).")
        boolean ablate;

        @Option(names = "--annotation-cache", paramLabel = "DIR",
                description = "Keep CoreNLP's annotations of the gold articles in DIR and reuse them on later runs.")
        Path annotationCache;

        @Mixin
        AnalysisOptions analysis;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(gold)) throw new UserException("gold file " + gold + " does not exist");
            for (Path c : corpus) if (!Files.isRegularFile(c)) throw new UserException("corpus file " + c + " does not exist");
            List<GoldSpeaker> judgements = GoldSpeaker.read(gold);
            if (split != null) judgements = judgements.stream().filter(g -> g.split().equals(split)).toList();
            if (judgements.isEmpty()) throw new UserException("no judgements" + (split == null ? "" : " of split " + split) + " in " + gold);
            Set<String> ids = new HashSet<>();
            for (GoldSpeaker g : judgements) ids.add(g.article());
            Map<String, Article> articles = StanceEval.readCorpus(new ArrayList<>(corpus), ids);
            IssueCatalog catalog = analysis.catalog();
            ArticleAnalyzer analyzer = analysis.analyzer(catalog);
            Function<Article, org.parley.model.AnnotatedArticle> annotate = analyzer.annotator()::process;
            if (annotationCache != null) annotate = new AnnotationCache(annotationCache, analyzer.annotator()::process)::annotate;
            // each gold article is annotated once, also when --ablate extracts it again for every rule
            Map<String, org.parley.model.AnnotatedArticle> annotated = new HashMap<>();
            Function<Article, org.parley.model.AnnotatedArticle> once = annotate;
            Function<Article, org.parley.model.AnnotatedArticle> annotator = a -> annotated.computeIfAbsent(a.name(), k -> once.apply(a));
            SpeakerEval.Report report = new SpeakerEval(a -> analyzer.analyze(annotator.apply(a))).evaluate(judgements, articles);
            spec.commandLine().getOut().print(report.format(misses));
            if (ablate) {
                StanceExtractor stances = new StanceExtractor(catalog.issues(), StanceLexicon.bundled());
                spec.commandLine().getOut().print("\n" + new org.parley.extract.eval.SpeakerAblation(stances)
                        .run(judgements, articles, annotator).format());
            }
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "stances", mixinStandardHelpOptions = true,
            description = {"Scores stance extraction on gold judgements: one JSON object per line,",
                    "{\"article\": id, \"holder\": name, \"issue\": issue id, \"stance\": \"support|oppose|mixed|neutral\"} (see README)."})
    static final class Stances implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl") Path gold;

        @Option(names = "--corpus", required = true, split = ",", paramLabel = "FILE.jsonl[,FILE…]",
                description = "The corpus files the gold articles come from (JSONL; matched by id).")
        List<Path> corpus;

        @Option(names = "--annotation-cache", paramLabel = "DIR",
                description = "Keep CoreNLP's annotations of the gold articles in DIR and reuse them on later runs "
                        + "(for tuning rules; delete DIR when the annotator changes).")
        Path annotationCache;

        @Option(names = "--explain", description = "Under each miss, what was read from the gold evidence's sentence and "
                + "which other holders got a stance on the issue in that article.")
        boolean explain;

        @Option(names = "--write-calibration", paramLabel = "FILE.tsv",
                description = "Write how often the statements of each stance rule were right on these judgements: the "
                        + "table Parley's stance confidence is computed from (write it from the dev split only; the bundled "
                        + "one is parley-extract/src/main/resources/org/parley/extract/stance/calibration.tsv).")
        Path writeCalibration;

        @Mixin
        AnalysisOptions analysis;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(gold)) throw new UserException("gold file " + gold + " does not exist");
            for (Path c : corpus) if (!Files.isRegularFile(c)) throw new UserException("corpus file " + c + " does not exist");
            List<GoldStance> judgements = GoldStance.read(gold);
            Set<String> ids = new HashSet<>();
            for (GoldStance g : judgements) ids.add(g.article());
            Map<String, Article> articles = StanceEval.readCorpus(new ArrayList<>(corpus), ids);
            IssueCatalog catalog = analysis.catalog();
            ArticleAnalyzer analyzer = analysis.analyzer(catalog);
            StanceExtractor stances = new StanceExtractor(catalog.issues(), StanceLexicon.bundled());
            Function<Article, org.parley.model.ArticleAnalysis> pipeline = analyzer::process;
            if (annotationCache != null) {
                AnnotationCache cache = new AnnotationCache(annotationCache, analyzer.annotator()::process);
                pipeline = a -> analyzer.analyze(cache.annotate(a));
            }
            StanceEval.Report report = new StanceEval(stances, pipeline).evaluate(judgements, articles);
            if (writeCalibration != null) {
                List<Map.Entry<List<String>, Boolean>> judged = new ArrayList<>();
                for (StanceEval.Pair p : report.pairs()) {
                    for (org.parley.model.Stance s : p.evidence()) judged.add(Map.entry(s.rules(), s.position() == p.gold().stance()));
                }
                try {
                    Files.writeString(writeCalibration, org.parley.extract.stance.StanceCalibration.table(judged,
                            "Stance calibration: statements per rule and how many had the gold's position.\n"
                                    + "Written by parley eval stances --gold " + gold.getFileName() + " --write-calibration"));
                } catch (java.io.IOException e) {
                    throw new UserException("cannot write " + writeCalibration + ": " + e.getMessage());
                }
            }
            spec.commandLine().getOut().print(report.format(explain));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
