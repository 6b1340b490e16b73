package org.parley.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.map.IssueMap;
import org.parley.extract.map.MapOptions;
import org.parley.extract.map.Statement;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.server.csv.ApiColumns;
import org.parley.server.map.IssueMaps;
import org.parley.server.map.MapJson;
import org.parley.server.map.MapStatements;
import org.parley.store.EntityQuery;
import org.parley.store.EntitySummary;
import org.parley.store.Page;
import org.parley.store.Paged;

/**
 * The negotiation map of an issue ({@code /api/issues/{id}/map}, its lanes and overlaps as tables) and what changed
 * since a date ({@code /api/changes}). The statements (stances with speakers, dates and evidence sentences) are
 * gathered once per snapshot; a map is then built per request, in a few milliseconds, for any date.
 */
public final class MapRoutes {
    private static final List<String> MAP_PARAMS = List.of("at", "from", "to", "min_confidence");
    private static final int KEPT = 256;

    private MapRoutes() {
    }

    public static void register(RouteTable routes, StoreView view, IssueMaps maps) {
        routes.listing("/api/issues/{id}/map", MAP_PARAMS, ApiColumns.MAP,
                ctx -> answer(ctx, view, () -> MapJson.map(map(ctx, view, maps))));
        routes.listing("/api/issues/{id}/map/lanes", MAP_PARAMS, ApiColumns.MAP_LANES,
                ctx -> answer(ctx, view, () -> MapJson.lanes(map(ctx, view, maps))));
        routes.listing("/api/issues/{id}/map/overlaps", MAP_PARAMS, ApiColumns.MAP_OVERLAPS,
                ctx -> answer(ctx, view, () -> MapJson.overlaps(map(ctx, view, maps))));
        routes.listing("/api/changes", List.of("since", "issue", "min_confidence"), ApiColumns.CHANGES, ctx -> {
            LocalDate since = Params.date(ctx, "since").orElseThrow(() -> ApiException.badRequest(
                    "give since=YYYY-MM-DD: the changes since that date are listed"));
            Optional<String> issue = Params.text(ctx, "issue");
            Map<String, List<Statement>> byIssue = statements(view);
            issue.ifPresent(i -> known(maps, byIssue, i));
            ctx.json(MapJson.changes(maps.changes(byIssue, issue, since, minConfidence(ctx))));
        });
    }

    /**
     * The JSON of a map request, kept per snapshot for the last {@link #KEPT} distinct requests: a map takes tens of
     * milliseconds to build and write (it carries every statement behind every lane segment), and readers ask for
     * the same few maps again and again. A new snapshot (the store changed) starts an empty cache.
     */
    private static void answer(Context ctx, StoreView view, java.util.function.Supplier<com.fasterxml.jackson.databind.node.ObjectNode> build) {
        Map<String, byte[]> kept = view.snapshot().derived("map-answers", s -> java.util.Collections.synchronizedMap(
                new java.util.LinkedHashMap<String, byte[]>(KEPT, 0.75f, true) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                        return size() > KEPT;
                    }
                }));
        StringBuilder key = new StringBuilder(ctx.path());
        for (String p : MAP_PARAMS) key.append('&').append(p).append('=').append(ctx.queryParam(p));
        byte[] json = kept.get(key.toString());
        if (json == null) {
            json = ctx.jsonMapper().toJsonString(build.get(), com.fasterxml.jackson.databind.node.ObjectNode.class)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            kept.put(key.toString(), json);
        }
        ctx.contentType("application/json").result(json);
    }

    private static IssueMap map(Context ctx, StoreView view, IssueMaps maps) {
        String issue = ctx.pathParam("id");
        Map<String, List<Statement>> byIssue = statements(view);
        known(maps, byIssue, issue);
        Params.DateRange range = Params.range(ctx);
        MapOptions options;
        try {
            options = new MapOptions(Params.date(ctx, "at"), range.from(), range.to(), minConfidence(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return maps.map(issue, byIssue.getOrDefault(issue, List.of()), options);
    }

    private static void known(IssueMaps maps, Map<String, List<Statement>> byIssue, String issue) {
        if (!maps.knows(issue, byIssue::containsKey)) {
            throw ApiException.notFound("no issue '%s': no issues file names it and no stance is on it; GET /api/issues lists them"
                    .formatted(issue));
        }
    }

    private static double minConfidence(Context ctx) {
        Optional<String> value = Params.text(ctx, "min_confidence");
        if (value.isEmpty()) return MapOptions.DEFAULT_MIN_CONFIDENCE;
        try {
            double d = Double.parseDouble(value.get());
            if (d >= 0 && d <= 1) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("min_confidence '%s' is not a number in [0, 1]; the default is %s"
                .formatted(value.get(), MapOptions.DEFAULT_MIN_CONFIDENCE));
    }

    /** Every stored stance as a map statement, by issue: once per snapshot. */
    private static Map<String, List<Statement>> statements(StoreView view) {
        return view.snapshot().derived("map-statements", s -> {
            Map<EntityId, Entity> entities = new HashMap<>();
            entities(view).forEach(e -> entities.put(e.entity().id(), e.entity()));
            return IssueMaps.byIssue(MapStatements.of(s.stances(), entities, view::text));
        });
    }

    private static List<EntitySummary> entities(StoreView view) {
        List<EntitySummary> out = new ArrayList<>();
        Page page = Page.first(Page.MAX_LIMIT);
        while (true) {
            Paged<EntitySummary> p = view.store().entities(EntityQuery.all(), page);
            out.addAll(p.items());
            if (p.next().isEmpty()) return out;
            page = Page.after(Page.MAX_LIMIT, p.next().get());
        }
    }
}
