package org.parley.server.api;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.parley.store.StoreException;
import org.parley.store.search.SearchCostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place exceptions become HTTP answers: always {@code {"status": N, "message": "..."}}. Validation
 * failures are 400, unknown ids 404, oversized bodies 413; store failures 500 with the store's message.
 */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    /** Set on a request once this mapper wrote its answer, so Javalin's error stage leaves it alone. */
    private static final String ANSWERED = "parley.error.answered";

    private ErrorMapper() {
    }

    /** The JSON body of every error. */
    public record ApiError(int status, String message) {
    }

    public static void install(Javalin app) {
        app.exception(Exception.class, (e, ctx) -> answer(ctx, map(e)));
        // Unknown paths under /api answer JSON too; the UI's unknown paths keep Javalin's plain 404.
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api") && ctx.attribute(ANSWERED) == null) {
                answer(ctx, new ApiError(404, "no such endpoint: " + ctx.method() + " " + ctx.path() + "; see /openapi.json"));
            }
        });
        app.error(405, ctx -> {
            if (ctx.path().startsWith("/api") && ctx.attribute(ANSWERED) == null) {
                answer(ctx, new ApiError(405, ctx.method() + " is not allowed on " + ctx.path() + "; see /openapi.json"));
            }
        });
    }

    static ApiError map(Exception e) {
        // A refusal raised while a body is read (BodyLimit) reaches here wrapped by whoever was reading it.
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof ApiException a) return new ApiError(a.status(), a.getMessage());
        }
        return switch (e) {
            case ApiException a -> new ApiError(a.status(), a.getMessage());
            case HttpResponseException h -> new ApiError(h.getStatus(), h.getStatus() == 413
                    ? "the request body is larger than this server accepts" : h.getMessage());
            case JacksonException j -> new ApiError(400, "the request body is not the JSON expected: "
                    + j.getOriginalMessage());
            case SearchCostException c when c.busy() -> new ApiError(429, c.getMessage());
            case IllegalArgumentException i -> new ApiError(400, i.getMessage());
            case StoreException s -> {
                LOG.error("store failure", s);
                yield new ApiError(500, s.getMessage());
            }
            default -> {
                LOG.error("unexpected failure", e);
                yield new ApiError(500, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
            }
        };
    }

    static void answer(Context ctx, ApiError error) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(error.status());
        ctx.json(error);
    }
}
