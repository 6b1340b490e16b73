package org.parley.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.extract.map.IssueMap;
import org.parley.extract.map.MapOptions;
import org.parley.extract.map.Statement;
import org.parley.server.csv.ApiColumns;
import org.parley.server.map.IssueMaps;
import org.parley.server.map.MapJson;

/**
 * The negotiation map of an issue ({@code /api/issues/{id}/map}, its lanes and overlaps as tables) and what changed
 * since a date ({@code /api/changes}). The statements (stances with speakers, dates and evidence sentences) are
 * gathered once per state of the store and maps are kept as JSON ({@link MapAnswers}): a correction or an article
 * stored through this server shows in the next answer.
 */
public final class MapRoutes {
    private static final List<String> MAP_PARAMS = List.of("at", "from", "to", "min_confidence");

    private MapRoutes() {
    }

    public static void register(RouteTable routes, StoreView view, IssueMaps maps) {
        MapAnswers answers = new MapAnswers(view);
        routes.listing("/api/issues/{id}/map", MAP_PARAMS, ApiColumns.MAP,
                ctx -> answer(ctx, answers, maps, "map", MapJson::map));
        routes.listing("/api/issues/{id}/map/lanes", MAP_PARAMS, ApiColumns.MAP_LANES,
                ctx -> answer(ctx, answers, maps, "lanes", MapJson::lanes));
        routes.listing("/api/issues/{id}/map/overlaps", MAP_PARAMS, ApiColumns.MAP_OVERLAPS,
                ctx -> answer(ctx, answers, maps, "overlaps", MapJson::overlaps));
        routes.listing("/api/changes", List.of("since", "issue", "min_confidence"), ApiColumns.CHANGES, ctx -> {
            LocalDate since = Params.date(ctx, "since").orElseThrow(() -> ApiException.badRequest(
                    "give since=YYYY-MM-DD: the changes since that date are listed"));
            Optional<String> issue = Params.text(ctx, "issue");
            Map<String, List<Statement>> byIssue = answers.source().byIssue();
            issue.ifPresent(i -> known(maps, byIssue, i));
            ctx.json(MapJson.changes(maps.changes(byIssue, issue, since, minConfidence(ctx))));
        });
    }

    /**
     * A map request's JSON: the request is checked and its options parsed first, then the answer is the one kept
     * for the same issue and options at the store's current state ({@link MapAnswers}), or built and kept. The
     * JSON answer carries its ETag from when it was built; a CSV answer is made from the JSON and tagged as it goes.
     */
    private static void answer(Context ctx, MapAnswers answers, IssueMaps maps, String kind, Function<IssueMap, ObjectNode> json) {
        String issue = ctx.pathParam("id");
        MapAnswers.Source source = answers.source();
        known(maps, source.byIssue(), issue);
        MapOptions options = options(ctx);
        MapAnswers.Answer answer = source.answer(new MapAnswers.Key(kind, issue, options), () -> {
            IssueMap map = maps.map(issue, source.byIssue().getOrDefault(issue, List.of()), options);
            return ctx.jsonMapper().toJsonString(json.apply(map), ObjectNode.class).getBytes(StandardCharsets.UTF_8);
        });
        if (!CsvListing.wantsCsv(ctx)) ctx.header("ETag", answer.etag());
        ctx.contentType("application/json").result(answer.json());
    }

    private static MapOptions options(Context ctx) {
        Params.DateRange range = Params.range(ctx);
        try {
            return new MapOptions(Params.date(ctx, "at"), range.from(), range.to(), minConfidence(ctx));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
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
}
