package org.parley.extract.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.LocalEntity;
import org.parley.model.Position;
import org.parley.model.Stance;

/**
 * Scores the stance extractor against hand-made judgements ({@link GoldStance}).
 *
 * <p>Each gold judgement is aligned with the predictions of its article for the same issue whose holder names the
 * same holder ({@link HolderNames}, through the holder's entity name and aliases when it resolves to one). Several
 * aligned predictions vote with their confidence. A judgement with no prediction counts as wrong. Reports accuracy
 * and the macro-F1 over the four labels (per-label precision counts only aligned predictions).
 */
public final class StanceEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One gold judgement with the position predicted for it, if any, and the predictions that voted.
     *
     * @param others  the article's predictions on the same issue for other holders: where a miss went
     * @param matched whether the gold evidence's sentence was read at all (a stance on any issue found in it)
     */
    public record Pair(GoldStance gold, Optional<Position> predicted, List<Stance> evidence, List<String> others,
                       String sentenceReading) {
        public boolean correct() {
            return predicted.isPresent() && predicted.get() == gold.stance();
        }

        /** The confidence of the prediction: the highest of the statements that voted for it; 0 without one. */
        public double confidence() {
            return evidence.stream().filter(s -> predicted.isPresent() && s.position() == predicted.get())
                    .mapToDouble(Stance::confidence).max().orElse(0);
        }
    }

    /** The scores, with every pair for inspection. */
    public record Report(List<Pair> pairs, double accuracy, double macroF1, double coverage,
                         Map<Position, double[]> perLabel) {
        public String format() {
            return format(false);
        }

        /**
         * How the conditions read compare with the gold's, over judgements with a prediction: a condition of the gold's
         * type on one of the statements that voted counts as found; a predicted condition where the gold has none is
         * an extra one.
         */
        public String conditions() {
            int gold = 0;
            int found = 0;
            int predicted = 0;
            int extra = 0;
            for (Pair p : pairs) {
                if (p.predicted().isEmpty()) continue;
                List<String> kinds = p.evidence().stream().flatMap(s -> s.condition().stream()).map(c -> c.kind().label()).toList();
                if (p.gold().condition().isPresent()) {
                    gold++;
                    if (kinds.contains(p.gold().condition().get())) found++;
                }
                if (!kinds.isEmpty()) {
                    predicted++;
                    if (p.gold().condition().isEmpty()) extra++;
                }
            }
            return String.format(Locale.ROOT, "  conditions: %d of %d gold conditions found with their type; %d judgements got a condition, "
                    + "%d where the gold has none%n", found, gold, predicted, extra);
        }

        /**
         * A reliability table: the judgements with a prediction, by the confidence of the prediction (the highest of
         * the statements that voted for it), and how many of each band were right. It is what a threshold on
         * confidence buys: the share right above it.
         */
        public String reliability() {
            double[] edges = {0, 0.3, 0.4, 0.5, 0.6, 0.7, 1.01};
            StringBuilder b = new StringBuilder("  reliability (confidence: predicted, right, share right; at or above: share right)\n");
            for (int i = 0; i + 1 < edges.length; i++) {
                int n = 0;
                int right = 0;
                int nAbove = 0;
                int rightAbove = 0;
                for (Pair p : pairs) {
                    if (p.predicted().isEmpty()) continue;
                    double c = p.confidence();
                    if (c >= edges[i] && c < edges[i + 1]) {
                        n++;
                        if (p.correct()) right++;
                    }
                    if (c >= edges[i]) {
                        nAbove++;
                        if (p.correct()) rightAbove++;
                    }
                }
                b.append(String.format(Locale.ROOT, "    [%.1f, %.1f)  %3d  %3d  %s   >= %.1f: %3d of %3d, %s%n", edges[i], Math.min(1.0, edges[i + 1]),
                        n, right, n == 0 ? "  -  " : String.format(Locale.ROOT, "%.3f", (double) right / n), edges[i], rightAbove, nAbove,
                        nAbove == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) rightAbove / nAbove)));
            }
            return b.toString();
        }

        /** The scores and the misses; with {@code explain}, what was read from each miss's evidence sentence. */
        public String format(boolean explain) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "stance eval: %d judgements, accuracy %.3f, macro-F1 %.3f, coverage %.3f%n",
                    pairs.size(), accuracy, macroF1, coverage));
            for (Map.Entry<Position, double[]> e : perLabel.entrySet()) {
                double[] v = e.getValue();
                b.append(String.format(Locale.ROOT, "  %-8s P %.3f R %.3f F1 %.3f (gold %d, predicted %d)%n",
                        e.getKey().label(), v[0], v[1], v[2], (int) v[3], (int) v[4]));
            }
            b.append(conditions());
            b.append(reliability());
            for (Pair p : pairs) {
                if (p.correct()) continue;
                b.append(String.format(Locale.ROOT, "  MISS %s | %s | %s: gold %s, got %s%n", p.gold().article(), p.gold().holder(),
                        p.gold().issue(), p.gold().stance().label(), p.predicted().map(Position::label).orElse("nothing")));
                if (explain) {
                    b.append("       evidence sentence: ").append(p.sentenceReading()).append('\n');
                    if (!p.others().isEmpty()) b.append("       same issue, other holders: ").append(String.join("; ", p.others())).append('\n');
                }
            }
            return b.toString();
        }
    }

    private final StanceExtractor extractor;
    private final Function<Article, ArticleAnalysis> pipeline;

    /**
     * @param pipeline annotates an article and finds its entities, attributions and date (its stances are ignored:
     *                 this extractor's are used)
     */
    public StanceEval(StanceExtractor extractor, Function<Article, ArticleAnalysis> pipeline) {
        this.extractor = extractor;
        this.pipeline = pipeline;
    }

    public Report evaluate(List<GoldStance> gold, Map<String, Article> corpus) {
        Map<String, List<Stance>> predictions = new LinkedHashMap<>();
        Map<String, List<LocalEntity>> entities = new LinkedHashMap<>();
        Map<String, ArticleAnalysis> analyses = new LinkedHashMap<>();
        for (GoldStance g : gold) {
            if (predictions.containsKey(g.article())) continue;
            Article a = corpus.get(g.article());
            if (a == null) {
                throw new IllegalArgumentException("gold line " + g.line() + " names article '" + g.article()
                        + "', which is in none of the corpus files given");
            }
            ArticleAnalysis analysis = pipeline.apply(a);
            predictions.put(g.article(), extractor.extract(analysis.annotated(), analysis.entities(), analysis.attributions(), analysis.date(),
                    analysis.structure()));
            entities.put(g.article(), analysis.entities());
            analyses.put(g.article(), analysis);
        }
        List<Pair> pairs = new ArrayList<>();
        for (GoldStance g : gold) {
            List<Stance> aligned = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Stance s : predictions.get(g.article())) {
                if (!s.issue().equals(g.issue())) continue;
                if (names(s, entities.get(g.article())).stream().anyMatch(n -> HolderNames.same(n, g.holder()))) aligned.add(s);
                else others.add(s.holder().name() + " " + s.position().label() + " " + s.rules());
            }
            pairs.add(new Pair(g, vote(aligned), aligned, others, sentenceReading(g, analyses.get(g.article()), predictions.get(g.article()))));
        }
        return score(pairs);
    }

    /** What the extractor read from the sentence holding the gold evidence: "not found", "no stance", or its stances. */
    private static String sentenceReading(GoldStance g, ArticleAnalysis analysis, List<Stance> predicted) {
        String text = analysis.annotated().article().text();
        String piece = g.evidence().split(" \\.\\.\\. ")[0];
        int at = piece.isEmpty() ? -1 : text.indexOf(piece);
        if (at < 0) return "not found in the text";
        List<String> read = new ArrayList<>();
        for (Stance s : predicted) {
            if (s.evidence().start() <= at && at < s.evidence().end()) {
                read.add(s.issue() + ": " + s.holder().name() + " " + s.position().label() + " " + s.rules());
            }
        }
        return read.isEmpty() ? "no stance read" : String.join("; ", read);
    }

    private static Set<String> names(Stance s, List<LocalEntity> entities) {
        Set<String> names = new HashSet<>(List.of(s.holder().name(), s.holder().surface()));
        for (LocalEntity e : entities) {
            if (e.key().equals(s.holder().entityKey())) {
                names.add(e.name());
                names.addAll(e.aliases());
            }
        }
        return names;
    }

    private static Optional<Position> vote(List<Stance> aligned) {
        Map<Position, Double> weight = new EnumMap<>(Position.class);
        for (Stance s : aligned) weight.merge(s.position(), s.confidence(), Double::sum);
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    static Report score(List<Pair> pairs) {
        Map<Position, double[]> per = new EnumMap<>(Position.class);
        int correct = 0;
        int covered = 0;
        for (Pair p : pairs) {
            if (p.correct()) correct++;
            if (p.predicted().isPresent()) covered++;
        }
        double f1Sum = 0;
        int labels = 0;
        for (Position label : Position.values()) {
            int tp = 0;
            int goldN = 0;
            int predN = 0;
            for (Pair p : pairs) {
                boolean g = p.gold().stance() == label;
                boolean q = p.predicted().isPresent() && p.predicted().get() == label;
                if (g) goldN++;
                if (q) predN++;
                if (g && q) tp++;
            }
            double precision = predN == 0 ? 0 : (double) tp / predN;
            double recall = goldN == 0 ? 0 : (double) tp / goldN;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            per.put(label, new double[] {precision, recall, f1, goldN, predN});
            if (goldN > 0 || predN > 0) {
                f1Sum += f1;
                labels++;
            }
        }
        int n = Math.max(1, pairs.size());
        return new Report(List.copyOf(pairs), (double) correct / n, labels == 0 ? 0 : f1Sum / labels, (double) covered / n, per);
    }

    /**
     * The articles with the given ids from corpus files in Parley's JSONL corpus format
     * ({@code {"id", "title", "text", "source", "published", "url", ...}}), read as given (no cleaning).
     */
    public static Map<String, Article> readCorpus(Collection<Path> files, Set<String> ids) {
        Map<String, Article> out = new LinkedHashMap<>();
        for (Path file : files) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int lineNo = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lineNo++;
                    if (line.isBlank() || !mayHoldId(line, ids)) continue;
                    JsonNode n = JSON.readTree(line);
                    String id = n.path("id").asText("");
                    if (!ids.contains(id) || n.path("text").asText("").isBlank()) continue;
                    String text = n.path("text").asText();
                    Optional<LocalDate> published = n.path("published").isTextual()
                            ? Optional.of(LocalDate.parse(n.path("published").asText().substring(0, 10))) : Optional.empty();
                    out.put(id, Article.of(id, file + ":" + lineNo, n.path("source").asText(""), n.path("title").asText(""), "",
                            n.path("url").asText(""), published, text, text, List.of(), Map.of()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read corpus file " + file, e);
            }
        }
        return out;
    }

    private static boolean mayHoldId(String line, Set<String> ids) {
        int at = line.indexOf("\"id\"");
        if (at < 0) return false;
        int q1 = line.indexOf('"', line.indexOf(':', at) + 1);
        int q2 = q1 < 0 ? -1 : line.indexOf('"', q1 + 1);
        return q1 >= 0 && q2 > q1 && ids.contains(line.substring(q1 + 1, q2));
    }
}
