package org.parley.extract.story;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.Article;
import org.parley.testkit.Shared;
import org.parley.model.ArticleId;

/**
 * Near-duplicate detection on a JSONL corpus: time, memory and pairs, plus LSH recall against an all-pairs scan of
 * the same signatures and the exact shingle Jaccard of the pairs found.
 *
 * <p>Usage: {@code DupesBenchMain [corpus.jsonl] [threshold] [inject]}; defaults: the shared folder's
 * {@code corpora/allsides_news.jsonl} (see {@link Shared}), 0.8, 0. With {@code inject} > 0, that many articles get an
 * edited copy (one paragraph dropped, one word per paragraph changed) added to the corpus, and the bench reports
 * how many of those planted pairs were found, by their exact shingle Jaccard.
 */
public final class DupesBenchMain {
    private DupesBenchMain() {
    }

    public static void main(String[] args) {
        Path corpus = args.length > 0 ? Path.of(args[0]) : Shared.require("corpora/allsides_news.jsonl");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : DuplicateFinder.DEFAULT_THRESHOLD;
        long t0 = System.nanoTime();
        List<Article> articles = new ArrayList<>(CorpusArticles.read(corpus));
        int inject = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        List<Article> planted = plant(articles, inject);
        articles.addAll(planted);
        long t1 = System.nanoTime();
        long heapBefore = usedHeapAfterGc();

        MinHasher hasher = new MinHasher();
        long cpu1 = cpu();
        List<Signature> signatures = new ArrayList<>(articles.size());
        for (Article a : articles) signatures.add(new Signature(a.id(), hasher.signature(a)));
        long t2 = System.nanoTime();
        long cpu2 = cpu();
        long heapSignatures = usedHeapAfterGc() - heapBefore;

        DuplicateFinder finder = DuplicateFinder.forThreshold(threshold, hasher.numHashes());
        long t3 = System.nanoTime();
        long cpu3 = cpu();
        List<DuplicatePair> pairs = finder.find(signatures);
        long t4 = System.nanoTime();
        long cpu4 = cpu();
        DuplicateGroups groups = DuplicateGroups.of(pairs);
        long t5 = System.nanoTime();

        System.out.printf("corpus %s: %d articles; MinHash k=%d words, n=%d; LSH %d bands x %d rows; threshold %.2f%n",
                corpus, articles.size(), hasher.shingleWords(), hasher.numHashes(), finder.bands().bands(),
                finder.bands().rows(), threshold);
        System.out.printf("read+parse %.0f ms | signatures %.0f ms (%.3f ms/article) | LSH+verify %.0f ms | groups %.1f ms%n",
                ms(t0, t1), ms(t1, t2), ms(t1, t2) / articles.size(), ms(t3, t4), ms(t4, t5));
        System.out.printf("CPU: signatures %.0f ms (%.3f ms/article) | LSH+verify %.0f ms%n",
                (cpu2 - cpu1) / 1e6, (cpu2 - cpu1) / 1e6 / articles.size(), (cpu4 - cpu3) / 1e6);
        System.out.printf("signatures heap %.1f MB (%d bytes/article); heap used after run %.0f MB; max heap %.0f MB%n",
                heapSignatures / 1e6, heapSignatures / Math.max(1, articles.size()), usedHeapAfterGc() / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf("pairs %d; groups %d covering %d articles (%d would count once); cross-outlet pairs %d%n",
                pairs.size(), groups.groups().size(), groups.articlesWithCopies(),
                groups.articlesWithCopies() - groups.groups().size(), crossOutlet(pairs, articles));

        long t6 = System.nanoTime();
        Set<String> all = allPairs(signatures, threshold);
        long t7 = System.nanoTime();
        Set<String> found = new HashSet<>();
        for (DuplicatePair p : pairs) found.add(p.a().value() + " " + p.b().value());
        int hit = 0;
        for (String p : all) if (found.contains(p)) hit++;
        System.out.printf("all-pairs scan of signatures: %d pairs in %.0f ms; LSH recall %.4f (%d/%d)%n",
                all.size(), ms(t6, t7), all.isEmpty() ? 1.0 : (double) hit / all.size(), hit, all.size());
        exactJaccard(pairs, articles, hasher.shingleWords(), threshold);
        if (!planted.isEmpty()) plantedRecall(planted, articles, found, hasher.shingleWords());
    }

    /** Edited copies of every (n / inject)-th article with 3+ paragraphs: last paragraph dropped, a word changed. */
    private static List<Article> plant(List<Article> articles, int inject) {
        List<Article> out = new ArrayList<>();
        if (inject <= 0) return out;
        int step = Math.max(1, articles.size() / inject);
        for (int i = 0; i < articles.size() && out.size() < inject; i += step) {
            Article a = articles.get(i);
            String[] paragraphs = a.cleanText().split("\n\n");
            if (paragraphs.length < 3) continue;
            List<String> kept = new ArrayList<>();
            for (int p = 0; p < paragraphs.length - 1; p++) kept.add(paragraphs[p].replaceFirst("\\b(the|a|an)\\b", "this"));
            String text = String.join("\n\n", kept);
            String id = a.id().value() + "-copy";
            out.add(new Article(new ArticleId(id), id, "planted", "Planted copy", a.title(), "", "", a.published(), text,
                    text, List.of(), Map.of("copyOf", a.id().value())));
        }
        return out;
    }

    private static void plantedRecall(List<Article> planted, List<Article> articles, Set<String> found, int k) {
        Map<ArticleId, Article> byId = new HashMap<>();
        for (Article a : articles) byId.put(a.id(), a);
        int[] total = new int[3];
        int[] hit = new int[3];
        for (Article copy : planted) {
            Article original = byId.get(new ArticleId(copy.metadata().get("copyOf")));
            double exact = Shingles.jaccard(Shingles.wordShingles(original.cleanText(), k), Shingles.wordShingles(copy.cleanText(), k));
            int bin = exact >= 0.9 ? 0 : exact >= 0.8 ? 1 : 2;
            DuplicatePair p = new DuplicatePair(original.id(), copy.id(), 1);
            total[bin]++;
            if (found.contains(p.a().value() + " " + p.b().value())) hit[bin]++;
        }
        System.out.printf("planted copies found: exact Jaccard >= 0.9: %d/%d; 0.8-0.9: %d/%d; < 0.8: %d/%d%n",
                hit[0], total[0], hit[1], total[1], hit[2], total[2]);
    }

    private static long crossOutlet(List<DuplicatePair> pairs, List<Article> articles) {
        Map<ArticleId, String> outlet = new HashMap<>();
        for (Article a : articles) outlet.put(a.id(), a.outlet());
        return pairs.stream().filter(p -> !outlet.get(p.a()).equals(outlet.get(p.b()))).count();
    }

    private static Set<String> allPairs(List<Signature> sigs, double threshold) {
        Set<String> out = new HashSet<>();
        int n = sigs.get(0).values().length;
        int maxMismatch = (int) Math.floor((1 - threshold) * n + 1e-9);
        for (int i = 0; i < sigs.size(); i++) {
            int[] a = sigs.get(i).values();
            if (MinHasher.isEmpty(a)) continue;
            for (int j = i + 1; j < sigs.size(); j++) {
                int[] b = sigs.get(j).values();
                int mismatch = 0;
                for (int k = 0; k < n && mismatch <= maxMismatch; k++) if (a[k] != b[k]) mismatch++;
                if (mismatch <= maxMismatch && !sigs.get(i).article().equals(sigs.get(j).article())) {
                    DuplicatePair p = new DuplicatePair(sigs.get(i).article(), sigs.get(j).article(), 1.0 - (double) mismatch / n);
                    out.add(p.a().value() + " " + p.b().value());
                }
            }
        }
        return out;
    }

    private static void exactJaccard(List<DuplicatePair> pairs, List<Article> articles, int k, double threshold) {
        Map<ArticleId, Article> byId = new HashMap<>();
        for (Article a : articles) byId.put(a.id(), a);
        int above = 0;
        double min = 1;
        double sumError = 0;
        for (DuplicatePair p : pairs) {
            double exact = Shingles.jaccard(Shingles.wordShingles(byId.get(p.a()).cleanText(), k),
                    Shingles.wordShingles(byId.get(p.b()).cleanText(), k));
            if (exact >= threshold - 0.05) above++;
            min = Math.min(min, exact);
            sumError += Math.abs(exact - p.similarity());
        }
        System.out.printf("exact shingle Jaccard of pairs found: %d/%d >= %.2f; min %.3f; mean |estimate - exact| %.4f%n",
                above, pairs.size(), threshold - 0.05, pairs.isEmpty() ? 0 : min, pairs.isEmpty() ? 0 : sumError / pairs.size());
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
