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
import org.parley.store.Store;
import org.parley.store.search.SearchLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley serve}: the web UI and REST API over the store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web UI and the REST API (/api, described at /openapi.json) over the store.",
                "Binds 127.0.0.1 unless --host says otherwise; binding elsewhere needs --token (or PARLEY_TOKEN),",
                "which POST /api/articles then requires as 'Authorization: Bearer <token>'."})
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

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for writes (default: $PARLEY_TOKEN). Required when --host is not loopback.")
    String token;

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

    @Option(names = "--open", description = "Open the UI in the default browser once the server is up.")
    boolean open;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.openOrCreate()) {
            ParleyServer server = start(store);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
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

    /** The server configuration the options describe; a bad combination is a {@link UserException}. */
    ServerConfig config() {
        String secret = token != null ? token : System.getenv("PARLEY_TOKEN");
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

    /** Starts the server over {@code store} with the pipeline's ingest, stance views, claims and conflicts. */
    ParleyServer start(Store store) {
        ServerConfig config = config();
        Map<String, String> issueNames = new HashMap<>();
        analysis.catalog().issues().forEach(i -> issueNames.put(i.id(), i.name()));
        try {
            return ParleyServer.start(config.withIngest(new ServeIngest(store, analysis)).withIssueNames(issueNames), store,
                    new PipelineStoryViews(), new PipelineOutletViews(), analysis.parties());
        } catch (IllegalArgumentException e) {
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
