package org.parley.server.ops;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Javalin's request logger: called once every request is answered (API, static file, error), it counts the
 * request in {@link Metrics} and writes its {@link AccessLog} line, both under the route template.
 */
public final class RequestObserver implements RequestLogger {
    private final Metrics metrics;
    private final Optional<AccessLog> log;
    private final RouteNames names = new RouteNames();

    public RequestObserver(Metrics metrics, Optional<AccessLog> log) {
        this.metrics = metrics;
        this.log = log;
    }

    /** The registered route templates, for requests refused before Javalin matched them. */
    public void routes(List<String> templates) {
        names.use(templates);
    }

    @Override
    public void handle(Context ctx, Float millis) {
        String route = names.of(ctx);
        String method = ctx.method().name();
        int status = ctx.statusCode();
        double ms = millis == null ? 0 : millis;
        metrics.request(method, route, status, ms / 1000.0);
        log.ifPresent(l -> l.log(Instant.now(), method, route, status, ms, bytes(ctx), ctx.ip()));
    }

    /** The bytes of the body sent, as Jetty counted them; else Content-Length; else -1. */
    private static long bytes(Context ctx) {
        try {
            org.eclipse.jetty.server.Request base = org.eclipse.jetty.server.Request.getBaseRequest(ctx.req());
            if (base != null) return base.getResponse().getHttpOutput().getWritten();
        } catch (RuntimeException notJetty) {
            // fall back to the header below
        }
        String length = ctx.res().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
