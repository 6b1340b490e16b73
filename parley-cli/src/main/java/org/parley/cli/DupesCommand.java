package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.extract.story.DuplicateFinder;
import org.parley.extract.story.DuplicateGroups;
import org.parley.extract.story.DuplicatePair;
import org.parley.extract.story.Signature;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.model.Article;
import org.parley.model.ArticleId;
import org.parley.model.Outcome;
import org.parley.store.ArticleText;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley dupes}: near-duplicate articles (syndicated copies, reposts, light edits), in groups. */
@Command(name = "dupes", mixinStandardHelpOptions = true,
        description = {"Near-duplicate pairs (MinHash over word 5-shingles of the clean text, LSH banding, verified),",
                "grouped transitively. Without PATH: the stored articles. With PATH: those files, read and cleaned",
                "as ingest reads them, without storing anything."})
public final class DupesCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to compare instead of the store.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--threshold", paramLabel = "J", defaultValue = "0.8",
            description = "Minimum estimated Jaccard similarity of word shingles (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Mixin
    ListingFormat format;

    @Option(names = "--stats", description = "Print articles, time and peak heap to standard error.")
    boolean stats;

    @Spec
    CommandSpec spec;

    /** What a listing says of an article. */
    private record Item(ArticleId id, String name, String outlet, String source) {
    }

    @Override
    public Integer call() {
        if (!(threshold > 0 && threshold <= 1)) throw new UserException("--threshold must be in (0, 1], got " + threshold);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        Map<ArticleId, Item> items = new HashMap<>();
        List<Signature> signatures = new ArrayList<>();
        int problems = 0;
        if (paths.isEmpty()) {
            try (Store store = storeOptions.open()) {
                signatures.addAll(Signing.all(store));
                store.stories().texts(t -> items.put(t.id(), item(t)));
            }
        } else {
            problems = readFiles(items, signatures);
        }
        long t1 = System.nanoTime();
        List<DuplicatePair> pairs = DuplicateFinder.forThreshold(threshold, Signing.HASHER.numHashes()).find(signatures);
        DuplicateGroups groups = DuplicateGroups.of(pairs);
        long t2 = System.nanoTime();
        print(spec.commandLine().getOut(), items, pairs, groups, signatures.size());
        if (stats) {
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            spec.commandLine().getErr().printf(Locale.ROOT,
                    "parley dupes: %d article(s)%s; read+sign %.1f s, LSH+verify+groups %.2f s, total %.1f s; "
                            + "peak heap %.0f MB (sum of pool peaks; max heap %.0f MB)%n",
                    signatures.size(), problems == 0 ? "" : ", " + problems + " input problem(s)", (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t2 - t0) / 1e9, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
        return problems == 0 ? 0 : 1;
    }

    private static Item item(ArticleText t) {
        return new Item(t.id(), t.name(), t.outlet(), t.name());
    }

    /**
     * Reads and signs the files one article at a time, keeping only the signature and the names: the text is
     * dropped at once, so memory grows with the number of articles, not their size. Each input gets its own key,
     * so two identical texts are reported as a pair instead of folding into one article.
     */
    private int readFiles(Map<ArticleId, Item> items, List<Signature> signatures) {
        ArticleReader reader = new ArticleReader(IngestConfig.defaults());
        PrintWriter err = spec.commandLine().getErr();
        int problems = 0;
        for (Path p : paths) {
            try (Stream<Outcome<Article>> in = reader.read(p)) {
                for (Outcome<Article> o : (Iterable<Outcome<Article>>) in::iterator) {
                    switch (o) {
                        case Outcome.Done<Article> d -> {
                            Article a = d.value();
                            ArticleId key = new ArticleId("%08d".formatted(signatures.size()));
                            items.put(key, new Item(a.id(), a.name(), a.outlet(), a.source()));
                            signatures.add(new Signature(key, Signing.HASHER.signature(a.text())));
                        }
                        case Outcome.Failed<Article> f -> {
                            problems++;
                            err.println(f.problem());
                        }
                    }
                }
            }
        }
        return problems;
    }

    private void print(PrintWriter out, Map<ArticleId, Item> items, List<DuplicatePair> pairs, DuplicateGroups groups, int articles) {
        Map<ArticleId, List<DuplicatePair>> byGroup = new HashMap<>();
        for (DuplicatePair p : pairs) byGroup.computeIfAbsent(groups.representative(p.a()), k -> new ArrayList<>()).add(p);
        List<List<ArticleId>> all = groups.groups();
        boolean json = !format.table();
        ListingFormat.Rows rows = format.rows(out, CliColumns.DUPES);
        if (!json) {
            out.printf(Locale.ROOT, "%d near-duplicate pair(s) among %d article(s) at similarity >= %.2f, in %d group(s)%n",
                    pairs.size(), articles, threshold, all.size());
        }
        int n = 0;
        for (List<ArticleId> group : all) {
            n++;
            List<DuplicatePair> within = byGroup.getOrDefault(group.get(0), List.of());
            if (json) {
                ObjectNode node = Json.object().put("group", n).put("size", group.size());
                ArrayNode arts = node.putArray("articles");
                for (ArticleId id : group) arts.add(article(items.get(id)));
                ArrayNode names = node.putArray("names");
                for (ArticleId id : group) names.add(items.get(id).name());
                ArrayNode ps = node.putArray("pairs");
                for (DuplicatePair p : within) {
                    ps.add(Json.object().put("a", items.get(p.a()).name()).put("b", items.get(p.b()).name())
                            .put("similarity", Math.round(p.similarity() * 1000) / 1000.0));
                }
                rows.add(node);
                continue;
            }
            out.printf("%ngroup %d: %d articles%n", n, group.size());
            for (ArticleId id : group) {
                Item it = items.get(id);
                out.printf("  %s%s%n", it.name(), it.outlet().isBlank() ? "" : "  (" + it.outlet() + ")");
            }
            for (DuplicatePair p : within) {
                out.printf(Locale.ROOT, "    %.3f  %s ~ %s%n", p.similarity(), items.get(p.a()).name(), items.get(p.b()).name());
            }
        }
        rows.close();
    }

    private static ObjectNode article(Item it) {
        return Json.object().put("name", it.name()).put("id", it.id().value()).put("outlet", it.outlet()).put("source", it.source());
    }
}
