package org.parley.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.server.csv.CsvTable;

/**
 * Registers the API's routes with Javalin and remembers each with the query parameters it accepts, so a request
 * with an unknown parameter (a typo that would silently drop a filter) gets a 400, and tests can check that
 * /openapi.json describes every route and parameter.
 */
public final class RouteTable {
    /** One route: method, path in Javalin/OpenAPI form ({@code /api/articles/{id}}), accepted query parameters. */
    public record Route(String method, String path, List<String> query) {
        public Route {
            query = List.copyOf(query);
        }
    }

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, CsvTable> csv = new LinkedHashMap<>();

    public RouteTable(Javalin app) {
        this.app = app;
    }

    public void get(String path, List<String> query, Handler handler) {
        add(HandlerType.GET, path, query, handler);
    }

    /**
     * A GET listing: its JSON page of {@code items}, or the same rows as CSV in {@code columns} when the request asks
     * with {@code ?format=csv} or {@code Accept: text/csv} ({@link CsvListing}); either with an ETag
     * ({@link Revalidation}).
     */
    public void listing(String path, List<String> query, CsvTable columns, Handler handler) {
        List<String> all = new ArrayList<>(query);
        all.add(CsvListing.PARAM);
        add(HandlerType.GET, path, all, Revalidation.wrap(CsvListing.wrap(path, columns, handler)));
        csv.put(path, columns);
    }

    public void post(String path, List<String> query, Handler handler) {
        add(HandlerType.POST, path, query, handler);
    }

    public void delete(String path, List<String> query, Handler handler) {
        add(HandlerType.DELETE, path, query, handler);
    }

    private void add(HandlerType method, String path, List<String> query, Handler handler) {
        Set<String> known = new TreeSet<>(query);
        routes.add(new Route(method.name(), path, query));
        app.addHttpHandler(method, path, ctx -> {
            checkParameters(ctx, known);
            handler.handle(ctx);
        });
    }

    private static void checkParameters(Context ctx, Set<String> known) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("unknown parameter '%s' for %s; this endpoint takes: %s"
                        .formatted(name, ctx.path(), known.isEmpty() ? "none" : String.join(", ", known)));
            }
        }
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The CSV columns of each listing, by path. */
    public Map<String, CsvTable> csvColumns() {
        return Map.copyOf(csv);
    }
}
