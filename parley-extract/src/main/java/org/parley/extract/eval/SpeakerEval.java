package org.parley.extract.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.extract.stance.HolderNames;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Attribution;
import org.parley.model.LocalEntity;
import org.parley.model.Span;
import org.parley.model.Speaker;

/**
 * Scores who is speaking on hand-made judgements ({@link GoldSpeaker}). Each judgement's snippet is found in its
 * article; the attribution that holds it is the innermost one whose content covers at least half of it (a quote
 * nested in a transcript turn is more specific than the turn). The speaker is right when that attribution's speaker
 * names the gold speaker ({@link HolderNames}, through the entity's aliases), or when the gold speaker is null and
 * the attribution's speaker is unknown or no attribution holds the snippet. "via" is scored apart, on the
 * judgements that have one.
 */
public final class SpeakerEval {
    /** One judgement with what Parley made of it. */
    public record Pair(GoldSpeaker gold, Optional<Attribution> predicted, String predictedName, String predictedVia,
                       boolean right, boolean viaRight) {
    }

    /** Counts of one slice (all, a kind, a split …). */
    public record Tally(int right, int total) {
        double share() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    public record Report(List<Pair> pairs, Map<String, Tally> slices, Tally via) {
        public double accuracy() {
            return slices.get("all").share();
        }

        public String format(boolean misses) {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "speaker right: %d / %d = %.3f%n", slices.get("all").right(), slices.get("all").total(), accuracy()));
            slices.forEach((k, t) -> {
                if (!k.equals("all")) b.append(String.format(Locale.ROOT, "  %-26s %4d / %4d = %.3f%n", k, t.right(), t.total(), t.share()));
            });
            b.append(String.format(Locale.ROOT, "relayer (via) right: %d / %d = %.3f%n", via.right(), via.total(), via.share()));
            if (misses) {
                for (Pair p : pairs) {
                    if (p.right() && (p.gold().via().isEmpty() || p.viaRight())) continue;
                    b.append(String.format(Locale.ROOT, "  MISS %s line %d [%s%s]: gold %s%s, got %s%s%s | %s%n", p.gold().article(), p.gold().line(),
                            p.gold().kind(), p.gold().namedInSentence() ? ", named" : "", p.gold().speaker().orElse("null"),
                            p.gold().via().map(v -> " via " + v).orElse(""), p.predictedName(),
                            p.predictedVia().isEmpty() ? "" : " via " + p.predictedVia(),
                            p.predicted().map(a -> " " + a.rules()).orElse(""), shorten(p.gold().text())));
                }
            }
            return b.toString();
        }
    }

    private final Function<Article, ArticleAnalysis> analyzer;

    public SpeakerEval(Function<Article, ArticleAnalysis> analyzer) {
        this.analyzer = analyzer;
    }

    public Report evaluate(List<GoldSpeaker> gold, Map<String, Article> articles) {
        Map<String, ArticleAnalysis> analysed = new LinkedHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (GoldSpeaker g : gold) {
            Article article = articles.get(g.article());
            if (article == null) throw new IllegalArgumentException("gold line " + g.line() + ": article " + g.article() + " is not in the corpus");
            ArticleAnalysis a = analysed.computeIfAbsent(g.article(), k -> analyzer.apply(article));
            int at = article.text().indexOf(g.text());
            if (at < 0) throw new IllegalArgumentException("gold line " + g.line() + ": snippet not found in " + g.article());
            pairs.add(judge(g, new Span(at, at + g.text().length()), a));
        }
        Map<String, Tally> slices = new LinkedHashMap<>();
        int viaRight = 0;
        int viaTotal = 0;
        for (Pair p : pairs) {
            for (String k : List.of("all", "split " + p.gold().split(), "kind " + p.gold().kind(),
                    p.gold().namedInSentence() ? "named in sentence" : "not named in sentence")) {
                Tally t = slices.getOrDefault(k, new Tally(0, 0));
                slices.put(k, new Tally(t.right() + (p.right() ? 1 : 0), t.total() + 1));
            }
            if (p.gold().via().isPresent()) {
                viaTotal++;
                if (p.viaRight()) viaRight++;
            }
        }
        slices.putIfAbsent("all", new Tally(0, 0));
        return new Report(pairs, slices, new Tally(viaRight, viaTotal));
    }

    static Pair judge(GoldSpeaker g, Span snippet, ArticleAnalysis a) {
        Attribution best = null;
        for (Attribution p : a.attributions()) {
            int overlap = Math.min(p.content().end(), snippet.end()) - Math.max(p.content().start(), snippet.start());
            if (overlap * 2 < snippet.length()) continue;
            if (best == null || p.content().length() < best.content().length()) best = p;
        }
        String name = best == null ? "(no attribution)" : best.speaker() instanceof Speaker.Known k ? k.name() : "null";
        String via = best == null ? "" : best.via().map(Speaker.Known::name).orElse("");
        boolean right;
        if (g.speaker().isEmpty()) right = best == null || best.speaker() instanceof Speaker.Unknown;
        else right = best != null && best.speaker() instanceof Speaker.Known k && names(k, a.entities()).stream().anyMatch(n -> HolderNames.same(n, g.speaker().get()));
        boolean viaRight = g.via().isPresent() && best != null && best.via().isPresent()
                && names(best.via().get(), a.entities()).stream().anyMatch(n -> HolderNames.same(n, g.via().get()));
        return new Pair(g, Optional.ofNullable(best), name, via, right, viaRight);
    }

    private static Set<String> names(Speaker.Known k, List<LocalEntity> entities) {
        Set<String> out = new HashSet<>(List.of(k.name()));
        for (LocalEntity e : entities) {
            if (!k.entityKey().isEmpty() && e.key().equals(k.entityKey())) {
                out.add(e.name());
                out.addAll(e.aliases());
            }
        }
        return out;
    }

    private static String shorten(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
