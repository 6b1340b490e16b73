package org.parley.server.ops;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.parley.server.IngestResult;
import org.parley.store.StoreCounts;
import org.parley.store.StoreStatus;

/**
 * The server's counters, written out in the Prometheus text exposition format (version 0.0.4). Requests are counted
 * by method, route template and status, and timed in a histogram by method and route; ingests by outcome. Labels
 * take only bounded values (route templates from {@link RouteNames}, a fixed set of methods), so a client that sends
 * random paths cannot grow the output.
 */
public final class Metrics {
    /** Upper bounds of the latency histogram's buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private record RequestKey(String method, String route, int status) {
    }

    private record RouteKey(String method, String route) {
    }

    /** One histogram: a count per bucket (not cumulative; summed when written), the total and the sum. */
    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    private final Map<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<RouteKey, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> ingests = new ConcurrentHashMap<>();
    private final long started = System.currentTimeMillis();

    /** Counts one answered request. */
    public void request(String method, String route, int status, double seconds) {
        String m = METHODS.contains(method) ? method : "OTHER";
        requests.computeIfAbsent(new RequestKey(m, route, status), k -> new LongAdder()).increment();
        latency.computeIfAbsent(new RouteKey(m, route), k -> new Histogram()).observe(seconds);
    }

    /** Counts one article posted for ingest, by what became of it. */
    public void ingest(IngestResult.Status outcome) {
        ingests.computeIfAbsent(outcome.name().toLowerCase(Locale.ROOT), k -> new LongAdder()).increment();
    }

    /** Counts one article whose ingest threw instead of answering (a bug or a store failure). */
    public void ingestError() {
        ingests.computeIfAbsent("error", k -> new LongAdder()).increment();
    }

    /**
     * Everything in the text format.
     *
     * @param counts what the store holds, or null when it could not be counted (the store is down)
     */
    public String render(StoreStatus status, StoreCounts counts) {
        StringBuilder out = new StringBuilder(4096);
        header(out, "parley_http_requests_total", "counter", "HTTP requests answered, by method, route template and status.");
        new TreeMap<String, Long>(requests.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> labels("method", e.getKey().method(), "route", e.getKey().route(), "status", String.valueOf(e.getKey().status())),
                e -> e.getValue().sum()))).forEach((l, v) -> sample(out, "parley_http_requests_total" + l, v));
        header(out, "parley_http_request_duration_seconds", "histogram", "Time from a request's arrival to its answer, by method and route template.");
        new TreeMap<String, Histogram>(latency.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().method() + "\u0000" + e.getKey().route(), Map.Entry::getValue))).forEach((k, h) -> {
            String[] mr = k.split("\u0000", 2);
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.buckets[i].sum();
                sample(out, "parley_http_request_duration_seconds_bucket"
                        + labels("method", mr[0], "route", mr[1], "le", number(BUCKETS[i])), cumulative);
            }
            String l = labels("method", mr[0], "route", mr[1]);
            // count before sum: a scrape between the two increments never shows more in +Inf than in count
            long count = h.count.sum();
            sample(out, "parley_http_request_duration_seconds_bucket" + labels("method", mr[0], "route", mr[1], "le", "+Inf"), count);
            out.append("parley_http_request_duration_seconds_sum").append(l).append(' ').append(number(h.sum.sum())).append('\n');
            sample(out, "parley_http_request_duration_seconds_count" + l, count);
        });
        header(out, "parley_ingest_articles_total", "counter",
                "Articles posted to POST /api/articles, by outcome: stored, unchanged, failed (refused with a reason), error (the server failed).");
        for (String outcome : new String[] {"stored", "unchanged", "failed", "error"}) {
            LongAdder n = ingests.get(outcome);
            sample(out, "parley_ingest_articles_total" + labels("outcome", outcome), n == null ? 0 : n.sum());
        }
        StoreMetrics.render(out, status, counts);
        header(out, "parley_jvm_heap_used_bytes", "gauge", "Java heap in use.");
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        sample(out, "parley_jvm_heap_used_bytes", heap.getUsed());
        header(out, "parley_jvm_heap_max_bytes", "gauge", "The most Java heap this process may use.");
        sample(out, "parley_jvm_heap_max_bytes", heap.getMax());
        header(out, "parley_start_time_seconds", "gauge", "When the server started, in seconds since the epoch.");
        out.append("parley_start_time_seconds ").append(number(started / 1000.0)).append('\n');
        return out.toString();
    }

    static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    static void sample(StringBuilder out, String nameAndLabels, long value) {
        out.append(nameAndLabels).append(' ').append(value).append('\n');
    }

    /** {@code {a="1",b="2"}} with values escaped as the format asks (backslash, quote, line feed). */
    static String labels(String... pairs) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) b.append(',');
            b.append(pairs[i]).append("=\"")
                    .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        }
        return b.append('}').toString();
    }

    static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
