package org.parley.cli;

import java.awt.Desktop;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.server.ParleyServer;
import org.parley.server.ServerConfig;
import org.parley.server.ops.OpsConfig;
import org.parley.store.Store;
import org.parley.store.search.SearchLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley serve}: the web UI and REST API over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web UI and the REST API (/api, described at /openapi.json) over the store, with",
                "/health and /metrics (Prometheus) for running it as a service.",
                "Binds 127.0.0.1 unless --host says otherwise; binding elsewhere needs a write token (PARLEY_TOKEN or",
                "PARLEY_TOKEN_FILE), which POST /api/articles then requires as 'Authorization: Bearer <token>'.",
                "Every option may instead come from the environment (PARLEY_PORT for --port) or a --config file",
                "(port=8080); the command line wins over the environment, which wins over the file."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file of settings (key=value, keys as the long options: port=8080, "
                    + "access-log=-, token-file=/run/secrets/parley); default: $PARLEY_CONFIG.")
    java.nio.file.Path config;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for writes. Better from the environment ($PARLEY_TOKEN, or $PARLEY_TOKEN_FILE "
                    + "naming a file) or the config file (token-file=), as the command line shows it to 'ps'. "
                    + "Required when --host is not loopback.")
    String token;

    @Option(names = "--read-token", paramLabel = "TOKEN",
            description = "Bearer token every GET under /api and /metrics must then carry (the write token works too); "
                    + "/health stays open. Better from $PARLEY_READ_TOKEN, $PARLEY_READ_TOKEN_FILE or read-token-file=.")
    String readToken;

    @Option(names = "--access-log", paramLabel = "FILE|-",
            description = "Write one line per request (time, method, route, status, ms, bytes, remote address) to "
                    + "FILE, or - for standard error (default: no access log).")
    java.nio.file.Path accessLog;

    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "5",
            description = "Largest request body accepted, in MB (default: ${DEFAULT-VALUE}).")
    long maxRequestMb;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
            description = "Let pages from ORIGIN (scheme://host[:port], e.g. http://localhost:8888 for Jupyter) call the API from a browser; repeatable.")
    List<String> cors = new ArrayList<>();

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "A host name this server is reached by, besides IP addresses, localhost and --host "
                    + "(repeatable). Requests naming any other host are refused, so a web page cannot reach the server "
                    + "through a DNS name it controls.")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--search-patterns", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run regular expressions, ranges, wildcard patterns and fuzzy terms in /api/search "
                    + "(default: on; --no-search-patterns turns them off for readers you do not know). "
                    + "Words, phrases and prefix* always run.")
    boolean searchPatterns;

    @Option(names = "--search-time-limit-ms", paramLabel = "MS", defaultValue = "2000",
            description = "Stop a search after this many milliseconds (default: ${DEFAULT-VALUE}).")
    long searchTimeLimitMs;

    @Option(names = "--watch", paramLabel = "URL|FOLDER",
            description = "Follow this RSS/Atom feed or folder while serving, as 'parley watch' does (repeatable): new "
                    + "articles appear in the API and search as they are stored.")
    List<String> watch = new ArrayList<>();

    @Option(names = "--watch-every", paramLabel = "DURATION", defaultValue = "5m",
            description = "Time between polls of the --watch sources: 30s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    String watchEvery;

    @Option(names = "--open", description = "Open the UI in the default browser once the server is up.")
    boolean open;

    @Spec
    CommandSpec spec;

    /** The upload hook, whose language models the --watch sources share. */
    private ServeIngest ingest;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        storeOptions.settings = settings();
        ServeWatch watching = ServeWatch.of(watch, watchEvery, storeOptions.config());
        try (Store store = storeOptions.openOrCreate()) {
            ParleyServer server = start(store);
            watching.start(store, ingest, server, out, spec.commandLine().getErr());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                watching.stop();   // the article being stored is finished first
                server.stop();
                stopped.countDown();
            }, "parley-serve-stop"));
            out.println("parley: serving " + server.url() + "/ (API: " + server.url() + "/openapi.json); Ctrl-C stops");
            out.flush();
            if (open) browse(server.url() + "/", out);
            stopped.await();
            return 0;
        }
    }

    /** Where options not on the command line come from: set by {@link Main} for {@code serve}. */
    Settings settings() {
        return spec != null && spec.defaultValueProvider() instanceof Settings s ? s : Settings.environment();
    }

    /** The server configuration the options describe; a bad combination is a {@link UserException}. */
    ServerConfig config() {
        String secret = fromCommandLine(token, "--token", "token").or(() -> settings().secret("token")).orElse(null);
        try {
            if (searchTimeLimitMs < 1) {
                throw new IllegalArgumentException("--search-time-limit-ms is %d; give at least 1".formatted(searchTimeLimitMs));
            }
            return new ServerConfig(host, port, Optional.ofNullable(secret), maxRequestMb << 20, Optional.empty(),
                    java.util.Set.copyOf(allowHosts), new SearchLimits(searchPatterns, Duration.ofMillis(searchTimeLimitMs))).withCors(cors);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** How it runs as a service: the read token and the access log. */
    OpsConfig ops() {
        String read = fromCommandLine(readToken, "--read-token", "read-token").or(() -> settings().secret("read-token")).orElse(null);
        try {
            return OpsConfig.defaults().withReadToken(read).withAccessLog(accessLog);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** A secret typed on the command line works, with a warning naming the safe ways to give it. */
    private Optional<String> fromCommandLine(String value, String option, String key) {
        if (value == null) return Optional.empty();
        java.io.PrintWriter err = spec != null ? spec.commandLine().getErr() : new java.io.PrintWriter(System.err, true);
        err.printf("parley: warning: %s on the command line is visible to every user of this machine (ps); "
                + "give it in %s, or %s naming a file, or %s-file= in the --config file%n", option,
                Settings.envName(key), Settings.envName(key) + "_FILE", key);
        err.flush();
        return Optional.of(value);
    }

    /** Starts the server over {@code store} with the pipeline's ingest, stance views, claims and conflicts. */
    ParleyServer start(Store store) {
        ServerConfig config = config();
        OpsConfig ops = ops();
        Map<String, String> issueNames = new HashMap<>();
        analysis.catalog().issues().forEach(i -> issueNames.put(i.id(), i.name()));
        ingest = new ServeIngest(store, analysis);
        try {
            return ParleyServer.start(config.withIngest(ingest).withIssueNames(issueNames), ops,
                    store, new PipelineStoryViews(), new PipelineOutletViews(), analysis.parties());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    private static void browse(String url, PrintWriter out) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // fall through to the hint below
        }
        out.println("parley: could not open a browser here; open " + url + " yourself");
    }
}
