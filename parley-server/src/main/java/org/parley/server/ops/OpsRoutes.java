package org.parley.server.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.util.List;
import org.parley.model.ParleyVersion;
import org.parley.store.Store;
import org.parley.store.StoreCounts;
import org.parley.store.StoreException;
import org.parley.store.StoreStatus;

/**
 * {@code GET /health}: 200 when the database answers a query and the search index can be read, else 503 with what
 * failed (for a load balancer or an orchestrator; always open). {@code GET /metrics}: {@link Metrics} in the
 * Prometheus text format (behind the read token when there is one).
 */
public final class OpsRoutes {
    /** The paths these routes answer, for {@link RouteNames}. */
    public static final List<String> PATHS = List.of("/health", "/metrics");
    /** The longest a health check waits for the database: load balancers give up after a few seconds. */
    static final java.time.Duration PROBE_TIMEOUT = java.time.Duration.ofSeconds(3);
    static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    private OpsRoutes() {
    }

    public static void register(Javalin app, Store store, Metrics metrics) {
        ObjectMapper json = new ObjectMapper();
        app.get("/health", ctx -> {
            StoreStatus status = store.status(PROBE_TIMEOUT);
            ObjectNode body = json.createObjectNode();
            body.put("status", status.healthy() ? "up" : "down");
            body.put("database", status.databaseProblem().isEmpty() ? "up" : "down");
            body.put("index", status.indexProblem().isEmpty() ? "up" : "down");
            body.put("version", ParleyVersion.get());
            var problems = body.putArray("problems");
            status.databaseProblem().ifPresent(problems::add);
            status.indexProblem().ifPresent(problems::add);
            ctx.header("Cache-Control", "no-store");
            ctx.status(status.healthy() ? 200 : 503).contentType("application/json").result(json.writeValueAsBytes(body));
        });
        app.get("/metrics", ctx -> {
            StoreStatus status = store.status(PROBE_TIMEOUT);
            StoreCounts counts = null;
            if (status.databaseProblem().isEmpty()) {
                try {
                    counts = store.counts();
                } catch (StoreException e) {
                    counts = null; // went down between the two questions: parley_store_up says so at the next scrape
                }
            }
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(PROMETHEUS).result(metrics.render(status, counts));
        });
    }
}
