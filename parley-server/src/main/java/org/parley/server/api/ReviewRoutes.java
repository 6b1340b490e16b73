package org.parley.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.parley.server.csv.ApiColumns;
import org.parley.store.Correction;
import org.parley.store.Correction.Action;
import org.parley.store.Paged;

/**
 * Review and correction over HTTP: {@code POST /api/stances/{id}/review} and {@code POST /api/quotes/{id}/review}
 * (body {@code {"action", "value", "note"}}), {@code GET /api/corrections} (the history) and
 * {@code DELETE /api/corrections/{id}} (undo: a new entry, the history keeps both).
 *
 * <p>Writes go through {@link Guard} like every write: the same-site and Host checks always, and the bearer token
 * when the server has one (it must when it is not on loopback). Who made a correction is recorded as {@code token}
 * when the server checked one, else {@code loopback}: a name in the body would be anyone's claim.
 */
public final class ReviewRoutes {
    private ReviewRoutes() {
    }

    /** @param tokenChecked whether writes carry the server's token (recorded as who made the correction) */
    public static void register(RouteTable routes, StoreView view, boolean tokenChecked) {
        String by = tokenChecked ? "token" : "loopback";
        routes.post("/api/stances/{id}/review", List.of(), ctx -> {
            long id = id(ctx, "stance");
            Dto.ReviewRequest r = body(ctx);
            answer(ctx, view, 201, () -> view.store().reviews().stance(id, action(r), value(r), note(r), by));
        });
        routes.post("/api/quotes/{id}/review", List.of(), ctx -> {
            long id = id(ctx, "quote");
            Dto.ReviewRequest r = body(ctx);
            answer(ctx, view, 201, () -> view.store().reviews().quote(id, action(r), value(r), note(r), by));
        });
        routes.listing("/api/corrections", List.of("limit", "cursor"), ApiColumns.CORRECTIONS, ctx -> {
            Paged<Correction> page = view.store().reviews().list(Params.page(ctx));
            ctx.json(new Dto.PageOf<>(page.items().stream().map(DtoMapper::correction).toList(), page.next().orElse(null)));
        });
        routes.delete("/api/corrections/{id}", List.of(), ctx -> {
            long id = id(ctx, "correction");
            answer(ctx, view, 200, () -> view.store().reviews().undo(id, "", by));
        });
    }

    private static void answer(Context ctx, StoreView view, int status, Supplier<Correction> write) {
        Correction made;
        try {
            made = write.get();
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        }
        // Listings must show the correction at once: they read the store until a snapshot made after it is loaded.
        view.invalidate();
        ctx.status(status);
        ctx.json(DtoMapper.correction(made));
    }

    private static long id(Context ctx, String what) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'%s' is not a %s id; ids are whole numbers".formatted(raw, what));
        }
    }

    private static Dto.ReviewRequest body(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "send the review as application/json: {\"action\": \"confirm\"}, or with a value, "
                    + "{\"action\": \"set-polarity\", \"value\": \"oppose\", \"note\": \"why\"}");
        }
        if (ctx.body().isBlank() || ctx.body().strip().equals("null")) throw ApiException.badRequest("the review has no \"action\"");
        Dto.ReviewRequest r = ctx.bodyAsClass(Dto.ReviewRequest.class);
        if (r == null || r.action() == null || r.action().isBlank()) throw ApiException.badRequest("the review has no \"action\"");
        return r;
    }

    private static Action action(Dto.ReviewRequest r) {
        Action a = Action.parse(r.action().strip());
        if (a == Action.UNDO) throw ApiException.badRequest("undo a correction with DELETE /api/corrections/{id}");
        return a;
    }

    private static Optional<String> value(Dto.ReviewRequest r) {
        return Optional.ofNullable(r.value()).filter(v -> !v.isBlank());
    }

    private static String note(Dto.ReviewRequest r) {
        return Optional.ofNullable(r.note()).orElse("");
    }
}
