package org.parley.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parley.extract.map.PartyOverrides;
import org.parley.model.ParleyVersion;
import org.parley.server.api.ArticleRoutes;
import org.parley.server.api.DtoMapper;
import org.parley.server.api.EntityRoutes;
import org.parley.server.api.ErrorMapper;
import org.parley.server.api.Guard;
import org.parley.server.api.IngestRoutes;
import org.parley.server.api.MapRoutes;
import org.parley.server.api.OverviewRoutes;
import org.parley.server.api.QuoteRoutes;
import org.parley.server.api.ReviewRoutes;
import org.parley.server.api.RouteTable;
import org.parley.server.api.SearchRoutes;
import org.parley.server.api.StanceRoutes;
import org.parley.server.api.StoreView;
import org.parley.server.api.StoryRoutes;
import org.parley.server.api.TimelineRoutes;
import org.parley.server.map.IssueMaps;
import org.parley.server.ops.AccessLog;
import org.parley.server.ops.Metrics;
import org.parley.server.ops.OpsConfig;
import org.parley.server.ops.OpsRoutes;
import org.parley.server.ops.ReadGuard;
import org.parley.server.ops.RequestObserver;
import org.parley.server.outlet.OutletViews;
import org.parley.server.outlet.SimpleOutletViews;
import org.parley.server.story.SimpleStoryViews;
import org.parley.server.story.StoryViews;
import org.parley.store.Store;

/**
 * The REST API under {@code /api}, its OpenAPI document at {@code /openapi.json}, and the web UI, in one process.
 * The UI is static files from the classpath ({@code /web}) plus the charting library's WebJar: nothing is fetched
 * from elsewhere, so it works offline.
 */
public final class ParleyServer implements AutoCloseable {
    private final Javalin app;
    private final RouteTable routes;
    private final ServerConfig config;
    private final StoreView view;

    private ParleyServer(Javalin app, RouteTable routes, ServerConfig config, StoreView view) {
        this.app = app;
        this.routes = routes;
        this.config = config;
        this.view = view;
    }

    /**
     * Says that articles were stored by something else in this process (a watcher following feeds): listings stop
     * answering from the snapshot taken before them, as after an upload through the API.
     */
    public void storedElsewhere() {
        view.invalidate();
    }

    /** Starts a server over {@code store} with the default cross-article views. */
    public static ParleyServer start(ServerConfig config, Store store) {
        return start(config, store, new SimpleStoryViews());
    }

    /** Starts a server over {@code store} with the default claims and conflicts across outlets. */
    public static ParleyServer start(ServerConfig config, Store store, StoryViews views) {
        return start(config, store, views, new SimpleOutletViews());
    }

    /**
     * Starts a server over {@code store}; it does not close the store when stopped.
     *
     * @param views   stances per holder, shifts and the timeline
     * @param outlets claims carried by several outlets and contradictions between them
     */
    public static ParleyServer start(ServerConfig config, Store store, StoryViews views, OutletViews outlets) {
        return start(config, OpsConfig.defaults(), store, views, outlets, PartyOverrides.none());
    }

    /**
     * Starts a server over {@code store}; it does not close the store when stopped.
     *
     * @param parties the issues file's party groupings for the negotiation map ({@link PartyOverrides})
     */
    public static ParleyServer start(ServerConfig config, Store store, StoryViews views, OutletViews outlets, PartyOverrides parties) {
        return start(config, OpsConfig.defaults(), store, views, outlets, parties);
    }

    /**
     * Starts a server over {@code store} that runs as a service as {@code ops} says (read token, access log);
     * {@code /health} and {@code /metrics} are always there.
     */
    public static ParleyServer start(ServerConfig config, OpsConfig ops, Store store, StoryViews views, OutletViews outlets) {
        return start(config, ops, store, views, outlets, PartyOverrides.none());
    }

    /** The server with everything: ops settings and the map's party groupings. */
    public static ParleyServer start(ServerConfig config, OpsConfig ops, Store store, StoryViews views, OutletViews outlets,
                                     PartyOverrides parties) {
        Objects.requireNonNull(config, "config is null");
        Objects.requireNonNull(ops, "ops is null");
        Objects.requireNonNull(store, "store is null");
        Objects.requireNonNull(views, "views is null");
        Objects.requireNonNull(outlets, "outlets is null");
        Metrics metrics = new Metrics();
        Optional<AccessLog> accessLog = ops.accessLog().map(AccessLog::open);
        RequestObserver observer = new RequestObserver(metrics, accessLog);
        ServerConfig counted = config.ingest().map(hook -> config.withIngest(counting(hook, metrics))).orElse(config);
        Javalin app = Javalin.create(c -> {
            c.requestLogger.http(observer);
            c.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(mapper(), false));
            c.http.maxRequestSize = config.maxRequestBytes();
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxRequestBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxFileSize(config.maxRequestBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxRequestBytes()), SizeUnit.BYTES);
            c.router.ignoreTrailingSlashes = true;
            c.jetty.modifyServletContextHandler(h -> h.addFilter(new org.eclipse.jetty.servlet.FilterHolder(
                    Guard.bodyLimit(config.maxRequestBytes())), "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.headers = Guard.HEADERS;
            });
            c.staticFiles.enableWebjars();
            if (!config.cors().isEmpty()) {
                // Pages from these origins (a notebook, a dashboard) may read the API and, with the token, write.
                c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.path = "/api/*";
                    rule.allowHost(config.cors().get(0), config.cors().subList(1, config.cors().size()).toArray(String[]::new));
                    rule.exposeHeader("ETag");
                    rule.exposeHeader("X-Next-Cursor");
                    rule.exposeHeader("X-Total-Count");
                }));
            }
        });
        Guard.install(app, config.token(), config.maxRequestBytes(), hostNames(config));
        ReadGuard.install(app, ops.readToken(), config.token());
        ErrorMapper.install(app);
        StoreView view = new StoreView(store, views);
        view.fresh(); // starts loading the first snapshot now, in the background, rather than at the first request
        DtoMapper mapper = new DtoMapper(view::text);
        RouteTable table = new RouteTable(app);
        OverviewRoutes.register(table, view, config.issueNames());
        ArticleRoutes.register(table, view);
        IngestRoutes.register(table, view, counted.ingest(), config.maxRequestBytes());
        EntityRoutes.register(table, view);
        QuoteRoutes.register(table, view);
        StanceRoutes.register(table, view, mapper, config.issueNames());
        ReviewRoutes.register(table, view, config.token().isPresent());
        TimelineRoutes.register(table, view, mapper);
        SearchRoutes.register(table, view, config.search());
        StoryRoutes.register(table, view, outlets);
        MapRoutes.register(table, view, new IssueMaps(parties, config.issueNames()));
        byte[] openapi = openapi();
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        byte[] docs = resource("/web/docs.html");
        app.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(docs));
        OpsRoutes.register(app, store, metrics);
        List<String> templates = new java.util.ArrayList<>(OpsRoutes.PATHS);
        table.routes().forEach(r -> templates.add(r.path()));
        templates.addAll(List.of("/openapi.json", "/docs"));
        observer.routes(templates);
        app.events(e -> e.serverStopped(() -> accessLog.ifPresent(AccessLog::close)));
        listen(app, config);
        return new ParleyServer(app, table, config, view);
    }

    /**
     * Starts listening, or says why not in one sentence: Javalin reports a host name that does not resolve as "Port
     * already in use", with its stack.
     *
     * @throws IllegalArgumentException when the host names no address of this machine, or the port is taken
     */
    private static void listen(Javalin app, ServerConfig config) {
        try {
            java.net.InetAddress.getByName(config.host());
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(("cannot listen on '%s': no such host name. Give an address of this "
                    + "machine, e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)").formatted(config.host()), e);
        }
        try {
            app.start(config.host(), config.port());
        } catch (io.javalin.util.JavalinBindException e) {
            throw new IllegalArgumentException(("cannot listen on %s port %d: it is in use or not an address of this "
                    + "machine. Stop what uses it, or pick another with --port").formatted(config.host(), config.port()), e);
        }
    }

    /** The ingest hook, counting each article's outcome in {@code metrics}. */
    private static Function<ArticleUpload, IngestResult> counting(Function<ArticleUpload, IngestResult> hook, Metrics metrics) {
        return upload -> {
            try {
                IngestResult result = hook.apply(upload);
                metrics.ingest(result.status());
                return result;
            } catch (RuntimeException | Error e) {
                metrics.ingestError();
                throw e;
            }
        };
    }

    /** The names a request's Host may give: the bound host and those configured (IP literals and localhost always). */
    private static java.util.Set<String> hostNames(ServerConfig config) {
        java.util.Set<String> names = new java.util.HashSet<>(config.hostNames());
        names.add(config.host().strip().toLowerCase(java.util.Locale.ROOT));
        return names;
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    }

    /** The OpenAPI document with this build's version ({@link ParleyVersion}), so API and CLI report the same one. */
    private static byte[] openapi() {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode doc = (ObjectNode) json.readTree(resource("/org/parley/server/openapi.json"));
            ((ObjectNode) doc.path("info")).put("version", ParleyVersion.get());
            return json.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.json is not valid JSON", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ParleyServer.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the classpath; rebuild parley-server");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    /** The port the server listens on: the one configured, or the one chosen for port 0. */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port} as a browser on this machine reaches it. */
    public String url() {
        String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
    }

    /** The CSV columns of each listing, by path. */
    public java.util.Map<String, org.parley.server.csv.CsvTable> csvColumns() {
        return routes.csvColumns();
    }

    /** Every route of the documented API with the query parameters it accepts: /api, /health and /metrics. */
    public List<RouteTable.Route> routes() {
        List<RouteTable.Route> all = new java.util.ArrayList<>(routes.routes());
        OpsRoutes.PATHS.forEach(p -> all.add(new RouteTable.Route("GET", p, List.of())));
        return List.copyOf(all);
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
