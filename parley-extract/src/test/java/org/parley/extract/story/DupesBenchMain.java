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
import org.parley.model.ArticleId;

/**
 * Near-duplicate detection on a JSONL corpus: time, memory and pairs, plus LSH recall against an all-pairs scan of
 * the same signatures and the exact shingle Jaccard of the pairs found.
 *
 * <p>Usage: {@code DupesBenchMain [corpus.jsonl] [threshold]}; default {@code ../shared/corpora/allsides_news.jsonl}, 0.8.
 */
public final class DupesBenchMain {
    private DupesBenchMain() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/allsides_news.jsonl");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : DuplicateFinder.DEFAULT_THRESHOLD;
        long t0 = System.nanoTime();
        List<Article> articles = CorpusArticles.read(corpus);
        long t1 = System.nanoTime();
        long heapBefore = usedHeapAfterGc();

        MinHasher hasher = new MinHasher();
        List<Signature> signatures = new ArrayList<>(articles.size());
        for (Article a : articles) signatures.add(new Signature(a.id(), hasher.signature(a)));
        long t2 = System.nanoTime();
        long heapSignatures = usedHeapAfterGc() - heapBefore;

        DuplicateFinder finder = DuplicateFinder.forThreshold(threshold, hasher.numHashes());
        long t3 = System.nanoTime();
        List<DuplicatePair> pairs = finder.find(signatures);
        long t4 = System.nanoTime();
        DuplicateGroups groups = DuplicateGroups.of(pairs);
        long t5 = System.nanoTime();

        System.out.printf("corpus %s: %d articles; MinHash k=%d words, n=%d; LSH %d bands x %d rows; threshold %.2f%n",
                corpus, articles.size(), hasher.shingleWords(), hasher.numHashes(), finder.bands().bands(),
                finder.bands().rows(), threshold);
        System.out.printf("read+parse %.0f ms | signatures %.0f ms (%.3f ms/article) | LSH+verify %.0f ms | groups %.1f ms%n",
                ms(t0, t1), ms(t1, t2), ms(t1, t2) / articles.size(), ms(t3, t4), ms(t4, t5));
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

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
