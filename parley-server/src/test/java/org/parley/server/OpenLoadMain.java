package org.parley.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load client for a running {@code parley serve} on 127.0.0.1: each endpoint is sent requests at a
 * constant rate whatever the server's answers, and latency is measured from the moment a request was <em>scheduled</em>,
 * so a server that falls behind shows its queue in the numbers instead of slowing the client down (coordinated
 * omission). Meanwhile, closed-loop, {@code --hostile N} clients send costly search patterns back to back and one
 * client posts articles from a JSONL file one after another (ingest through the API).
 *
 * <pre>
 * java -cp ... org.parley.server.OpenLoadMain --port 8080 [--rate 20] [--seconds 60] [--warmup 20] [--hostile 5]
 *     [--ingest FILE.jsonl]
 * </pre>
 * {@code --rate} is requests per second per endpoint (quotes, stances, search, map). Only 127.0.0.1 is ever targeted.
 */
public final class OpenLoadMain {
    private static final Map<String, String> ENDPOINTS = Map.of(
            "quotes", "/api/quotes?limit=20",
            "stances", "/api/stances?limit=20",
            "search", "/api/search?q=" + Http.enc("minister") + "&limit=10",
            "map", "/api/stances/matrix");
    private static final List<String> HOSTILE = List.of("/[a-z]{1,1000}/", "[a TO zzzz]", "*ab*cd*", "/.*e.*o.*/", "minister~2");

    private OpenLoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opts.put(args[i], args[i + 1]);
        String base = "http://127.0.0.1:" + Integer.parseInt(opts.getOrDefault("--port", "8080"));
        double rate = Double.parseDouble(opts.getOrDefault("--rate", "20"));
        int seconds = Integer.parseInt(opts.getOrDefault("--seconds", "60"));
        int warmup = Integer.parseInt(opts.getOrDefault("--warmup", "20"));
        int hostile = Integer.parseInt(opts.getOrDefault("--hostile", "5"));
        Path ingest = opts.containsKey("--ingest") ? Path.of(opts.get("--ingest")) : null;

        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, AtomicLong> hostileStatus = new ConcurrentHashMap<>();
        AtomicLong ingested = new AtomicLong();
        AtomicLong ingestErrors = new AtomicLong();
        List<Thread> background = new ArrayList<>();
        for (int i = 0; i < hostile; i++) {
            int first = i;
            background.add(Thread.ofVirtual().start(() -> {
                try (LoadConnection c = new LoadConnection(base)) {
                    for (int k = first; running.get(); k++) {
                        int status = c.get("/api/search?q=" + Http.enc(HOSTILE.get(k % HOSTILE.size())));
                        hostileStatus.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                } catch (Exception e) {
                    hostileStatus.computeIfAbsent(-1, s -> new AtomicLong()).incrementAndGet();
                }
            }));
        }
        if (ingest != null) {
            List<String> lines = Files.readAllLines(ingest);
            background.add(Thread.ofVirtual().start(() -> {
                HttpClient client = HttpClient.newHttpClient();
                for (int k = 0; running.get() && !lines.isEmpty(); k++) {
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(lines.get(k % lines.size()))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() < 300) ingested.incrementAndGet();
                        else ingestErrors.incrementAndGet();
                    } catch (Exception e) {
                        ingestErrors.incrementAndGet();
                    }
                }
            }));
        }

        if (warmup > 0) {
            Map<String, Result> warm = run(base, rate, warmup);
            print("warm-up " + warmup + " s", warm);
        }
        Map<String, Result> measured = run(base, rate, seconds);
        running.set(false);
        for (Thread t : background) t.join(30_000);
        print("measured " + seconds + " s", measured);
        System.out.printf(Locale.ROOT, "hostile search clients (%d, back to back): answers by status %s%n", hostile, hostileStatus);
        if (ingest != null) System.out.printf(Locale.ROOT, "ingest through the API: %d articles answered 2xx, %d errors%n", ingested.get(), ingestErrors.get());
    }

    private record Result(List<Long> nanos, long errors, long sent) {
    }

    /** Sends every endpoint {@code rate} requests a second for {@code seconds}, each on schedule. */
    private static Map<String, Result> run(String base, double rate, int seconds) throws InterruptedException {
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime() + 50_000_000L;
        long end = start + seconds * 1_000_000_000L;
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<LoadConnection> pool = new ConcurrentLinkedQueue<>();
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Thread> schedulers = new ArrayList<>();
            for (Map.Entry<String, String> e : ENDPOINTS.entrySet()) {
                List<Long> list = Collections.synchronizedList(new ArrayList<>());
                latencies.put(e.getKey(), list);
                AtomicLong failed = errors.computeIfAbsent(e.getKey(), k -> new AtomicLong());
                AtomicLong count = sent.computeIfAbsent(e.getKey(), k -> new AtomicLong());
                schedulers.add(Thread.ofPlatform().start(() -> {
                    for (long due = start; due < end; due += interval) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) LockSupport.parkNanos(wait);
                        long scheduled = due;
                        count.incrementAndGet();
                        requests.submit(() -> {
                            LoadConnection c = pool.poll();
                            if (c == null) c = new LoadConnection(base);
                            try {
                                int status = c.get(e.getValue());
                                if (status != 200) failed.incrementAndGet();
                                pool.add(c);
                            } catch (Exception ex) {
                                failed.incrementAndGet();
                                c.close();
                            }
                            list.add(System.nanoTime() - scheduled);
                        });
                    }
                }));
            }
            for (Thread t : schedulers) t.join();
        }
        for (LoadConnection c : pool) c.close();
        Map<String, Result> out = new LinkedHashMap<>();
        for (String k : ENDPOINTS.keySet()) out.put(k, new Result(latencies.get(k), errors.get(k).get(), sent.get(k).get()));
        return out;
    }

    private static void print(String what, Map<String, Result> results) {
        System.out.println(what + " (latency from the scheduled send time):");
        for (Map.Entry<String, Result> e : results.entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue().nanos());
            Collections.sort(sorted);
            System.out.printf(Locale.ROOT, "  %-8s %6d sent, %d errors, p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms%n", e.getKey(),
                    e.getValue().sent(), e.getValue().errors(), pct(sorted, 0.50), pct(sorted, 0.99),
                    sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
        }
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return 0;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
