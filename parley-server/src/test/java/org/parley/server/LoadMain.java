package org.parley.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.store.AttributionQuery;
import org.parley.store.Page;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;

/**
 * A bounded load client: starts the server on 127.0.0.1 over a store, runs {@code clients} concurrent clients for
 * {@code seconds} against the quotes, stances, search and issue-map endpoints, and prints p50/p99 latency per endpoint; then,
 * if Chromium is installed, the Overview page's first contentful paint.
 *
 * <p>The same load runs for {@code warmup} seconds first, and its latencies are printed apart. On 2 cores the JIT
 * compiles the server's code while the clients run, and latency falls for about 30 s: in a run with a 3 s warm-up, the
 * search latency of each quarter second fell from about 200 ms to 25 ms across the measured 30 s, and the p99 was the
 * cold start's, not the server's.
 *
 * <pre>
 * java -cp ... org.parley.server.LoadMain [--store PATH|JDBC [--pool N]] [--articles N] [--clients 50] [--seconds 30] [--warmup 30]
 * </pre>
 * Without {@code --store} it fills a temporary store with N generated articles (default 2000) plus the test story.
 */
public final class LoadMain {
    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opts.put(args[i], args[i + 1]);
        int clients = Math.min(50, Integer.parseInt(opts.getOrDefault("--clients", "50")));
        int seconds = Math.min(30, Integer.parseInt(opts.getOrDefault("--seconds", "30")));
        int warmup = Integer.parseInt(opts.getOrDefault("--warmup", "30"));
        Path temp = Files.createTempDirectory("parley-load-");
        Store store;
        if (opts.containsKey("--store")) {
            StoreConfig config = StoreConfig.parse(opts.get("--store"), null);
            if (opts.containsKey("--pool")) config = config.withPoolSize(Integer.parseInt(opts.get("--pool")));
            store = Store.open(config);
        } else {
            int n = Integer.parseInt(opts.getOrDefault("--articles", "2000"));
            store = Fixtures.openStore(temp);
            long t0 = System.nanoTime();
            Fixtures.generated(n).saveTo(store);
            System.out.printf(Locale.ROOT, "filled a store with %d generated articles + the test story in %.1f s%n",
                    n, (System.nanoTime() - t0) / 1e9);
        }
        System.out.println("store: " + store.counts());
        try (ParleyServer server = ParleyServer.start(ServerConfig.defaults().withPort(0), store)) {
            List<String> quotes = new ArrayList<>(List.of("/api/quotes?limit=50", "/api/quotes?direct=true&limit=50",
                    "/api/quotes?text=the&limit=20"));
            List<String> stances = new ArrayList<>(List.of("/api/stances?limit=50", "/api/stances/matrix"));
            List<String> search = new ArrayList<>(List.of("/api/search?q=said&limit=20", "/api/search?q=" + Http.enc("\"the president\"") + "&limit=20",
                    "/api/search?q=minister*&scope=quotes&limit=20"));
            // Parameters taken from the data itself, so every store gets filtered queries that hit rows.
            for (StoredAttribution a : store.attributions(AttributionQuery.all(), Page.first(5)).items()) {
                a.speaker().ifPresent(s -> quotes.add("/api/quotes?speaker=" + Http.enc(s.id().value()) + "&limit=50"));
            }
            for (StoredStance s : store.stances(StanceQuery.all(), Page.first(5)).items()) {
                stances.add("/api/stances?issue=" + Http.enc(s.stance().issue()) + "&limit=50");
                s.holder().ifPresent(h -> stances.add("/api/stances?holder=" + Http.enc(h.id().value()) + "&limit=50"));
            }
            // The negotiation map of each issue, as of its latest statement and at the dates the map was read by hand.
            List<String> maps = new ArrayList<>();
            java.util.Set<String> issues = new java.util.TreeSet<>();
            for (StoredStance s : store.stances(StanceQuery.all(), Page.first(Page.MAX_LIMIT)).items()) issues.add(s.stance().issue());
            for (String issue : issues) {
                String path = "/api/issues/" + Http.enc(issue) + "/map";
                maps.add(path);
                for (String at : List.of("2021-12-31", "2022-02-28", "2022-04-30", "2024-12-31", "2025-10-31")) maps.add(path + "?at=" + at);
            }
            Map<String, List<String>> endpoints = new LinkedHashMap<>();
            endpoints.put("quotes", quotes);
            endpoints.put("stances", stances);
            endpoints.put("search", search);
            if (!maps.isEmpty()) endpoints.put("map", maps);
            System.out.printf(Locale.ROOT, "warm-up: the same load for %d s, not counted below%n", warmup);
            run(server.url(), endpoints, clients, warmup, true);
            System.out.printf(Locale.ROOT, "load: %d clients for %d s against %s (127.0.0.1 only)%n", clients, seconds, server.url());
            run(server.url(), endpoints, clients, seconds, true);
            paint(server.url());
        } finally {
            store.close();
        }
    }

    private static void run(String base, Map<String, List<String>> endpoints, int clients, int seconds, boolean print)
            throws InterruptedException {
        if (!base.startsWith("http://127.0.0.1:")) throw new IllegalStateException("load runs against 127.0.0.1 only, not " + base);
        Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        endpoints.keySet().forEach(k -> latencies.put(k, new ConcurrentLinkedQueue<>()));
        // Per path only when asked for: the clients share the CPU with the server, so they record no more than is printed.
        boolean perPath = Boolean.getBoolean("parley.load.paths");
        Map<String, ConcurrentLinkedQueue<Long>> byPath = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<String> names = new ArrayList<>(endpoints.keySet());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            threads.add(Thread.ofPlatform().name("load-" + c).start(() -> {
                int i = id;
                try (LoadConnection connection = new LoadConnection(base)) {
                    while (System.nanoTime() < end) {
                        String name = names.get(i % names.size());
                        List<String> paths = endpoints.get(name);
                        String path = paths.get((i / names.size()) % paths.size());
                        i++;
                        long t0 = System.nanoTime();
                        try {
                            if (connection.get(path) != 200) errors.incrementAndGet();
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        long took = System.nanoTime() - t0;
                        latencies.get(name).add(took);
                        if (perPath) byPath.computeIfAbsent(path, k -> new ConcurrentLinkedQueue<>()).add(took);
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        if (!print) return;
        for (String name : names) {
            long[] ns = latencies.get(name).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-8s requests=%6d  rps=%7.1f  p50=%6.1f ms  p99=%6.1f ms  max=%6.1f ms%n", name,
                    ns.length, ns.length / (double) seconds, pct(ns, 50), pct(ns, 99), ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6);
        }
        System.out.println("errors (non-200 or failed): " + errors.get());
        if (perPath) {
            for (List<String> paths : endpoints.values()) {
                for (String path : paths) {
                    long[] ns = byPath.getOrDefault(path, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue).sorted().toArray();
                    System.out.printf(Locale.ROOT, "  %-60s n=%6d  p50=%6.1f ms  p90=%6.1f ms  p99=%6.1f ms%n", path, ns.length,
                            pct(ns, 50), pct(ns, 90), pct(ns, 99));
                }
            }
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** First contentful paint of the Overview page in headless Chromium, five fresh loads. */
    private static void paint(String base) {
        try {
            Chrome.binaries();
        } catch (AssertionError | RuntimeException e) {
            System.out.println("paint: skipped (" + e.getMessage() + ")");
            return;
        }
        try (Chrome chrome = Chrome.start(1280, 900)) {
            double[] fcp = new double[5];
            double[] ready = new double[5];
            for (int i = 0; i < fcp.length; i++) {
                chrome.open("about:blank");
                chrome.open(base + "/?run=" + i + "#/");
                chrome.waitForPage();
                chrome.waitUntil("document.querySelector('.chart[data-ready]')", Duration.ofSeconds(30));
                fcp[i] = chrome.run("const p = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');"
                        + " return p ? p.startTime : -1;").asDouble();
                ready[i] = chrome.run("return performance.now();").asDouble();
            }
            Arrays.sort(fcp);
            Arrays.sort(ready);
            System.out.printf(Locale.ROOT, "paint: Overview first-contentful-paint median=%.0f ms (min %.0f, max %.0f); "
                    + "charts drawn by %.0f ms (median)%n", fcp[2], fcp[0], fcp[4], ready[2]);
            // Pictures of the pages over this store, to check by eye how they look with real data.
            Path shots = Path.of("target", "screenshots");
            chrome.screenshot(shots.resolve("load-overview.png"));
            chrome.run("document.querySelector('#top-speakers a').click();");
            chrome.waitUntil("location.hash.startsWith('#/person/')", Duration.ofSeconds(10));
            chrome.waitForPage();
            chrome.screenshot(shots.resolve("load-person.png"));
            chrome.open(base + "/#/issues");
            chrome.waitForPage();
            if (chrome.run("return !!document.querySelector('#view li a');").asBoolean()) {
                chrome.run("document.querySelector('#view li a').click();");
                chrome.waitUntil("location.hash.startsWith('#/issue/')", Duration.ofSeconds(10));
                chrome.waitForPage();
                chrome.screenshot(shots.resolve("load-issue.png"));
            }
            chrome.open(base + "/#/timeline");
            chrome.waitForPage();
            chrome.screenshot(shots.resolve("load-timeline.png"));
        } catch (IOException | InterruptedException e) {
            System.out.println("paint: failed: " + e);
        }
    }
}
