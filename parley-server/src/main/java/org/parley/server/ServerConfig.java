package org.parley.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parley.store.search.SearchLimits;

/**
 * How {@link ParleyServer} listens.
 *
 * @param host            the address to bind; loopback unless the user asks otherwise
 * @param port            the port, 0 for any free one (see {@link ParleyServer#port()})
 * @param token           the bearer token write requests must carry; required when {@code host} is not loopback
 * @param maxRequestBytes the largest request body accepted (larger ones get 413)
 * @param ingest          turns a posted article into stored facts; without it POST /api/articles answers 503
 * @param hostNames       host names, besides IP literals, {@code localhost} and {@code host}, that requests may
 *                        name in their {@code Host} header (any other is refused: DNS rebinding)
 * @param search          what search syntax and time a query of {@code /api/search} may use
 * @param cors            origins (scheme://host[:port]) whose pages may call the API from a browser; none by default
 * @param issueNames      the name of each issue id (from the issues file), shown instead of the id where known
 */
public record ServerConfig(String host, int port, Optional<String> token, long maxRequestBytes,
                           Optional<Function<ArticleUpload, IngestResult>> ingest, Set<String> hostNames,
                           SearchLimits search, List<String> cors, Map<String, String> issueNames) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 5L * 1024 * 1024;

    public ServerConfig {
        Objects.requireNonNull(host, "host is null");
        if (host.isBlank()) throw new IllegalArgumentException("host is blank; use 127.0.0.1 to serve only this machine");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port %d is not in [0, 65535]".formatted(port));
        token = Objects.requireNonNull(token, "token is null").filter(t -> !t.isBlank());
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("max request size %d bytes is too small; give at least 1024".formatted(maxRequestBytes));
        }
        Objects.requireNonNull(ingest, "ingest is null");
        Set<String> names = new HashSet<>();
        for (String n : Objects.requireNonNull(hostNames, "hostNames is null")) names.add(n.strip().toLowerCase(Locale.ROOT));
        hostNames = Set.copyOf(names);
        Objects.requireNonNull(search, "search is null");
        cors = List.copyOf(cors);
        issueNames = Map.copyOf(issueNames);
        for (String origin : cors) {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException(("CORS origin '%s' is not scheme://host[:port] (e.g. http://localhost:8888, "
                        + "no path, no trailing slash)").formatted(origin));
            }
        }
        if (token.isEmpty() && !isLoopback(host)) {
            throw new IllegalArgumentException(("binding to %s lets other machines post articles; give a token "
                    + "(--token or the PARLEY_TOKEN environment variable), or bind 127.0.0.1").formatted(host));
        }
    }

    /** Without extra host names, with the server's default search limits. */
    public ServerConfig(String host, int port, Optional<String> token, long maxRequestBytes,
                        Optional<Function<ArticleUpload, IngestResult>> ingest) {
        this(host, port, token, maxRequestBytes, ingest, Set.of(), SearchLimits.server(), List.of(), Map.of());
    }

    /** With extra host names and search limits, no CORS origins and no issue names. */
    public ServerConfig(String host, int port, Optional<String> token, long maxRequestBytes,
                        Optional<Function<ArticleUpload, IngestResult>> ingest, Set<String> hostNames, SearchLimits search) {
        this(host, port, token, maxRequestBytes, ingest, hostNames, search, List.of(), Map.of());
    }

    /** Loopback, the default port, no token, 5 MiB requests, no ingest. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Optional.empty(), DEFAULT_MAX_REQUEST_BYTES, Optional.empty());
    }

    public ServerConfig withHostNames(Set<String> names) {
        return new ServerConfig(host, port, token, maxRequestBytes, ingest, names, search, cors, issueNames);
    }

    public ServerConfig withSearch(SearchLimits limits) {
        return new ServerConfig(host, port, token, maxRequestBytes, ingest, hostNames, limits, cors, issueNames);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, token, maxRequestBytes, ingest, hostNames, search, cors, issueNames);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, token, maxRequestBytes, ingest, hostNames, search, cors, issueNames);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, Optional.ofNullable(t), maxRequestBytes, ingest, hostNames, search, cors, issueNames);
    }

    public ServerConfig withMaxRequestBytes(long bytes) {
        return new ServerConfig(host, port, token, bytes, ingest, hostNames, search, cors, issueNames);
    }

    public ServerConfig withIngest(Function<ArticleUpload, IngestResult> hook) {
        return new ServerConfig(host, port, token, maxRequestBytes, Optional.of(hook), hostNames, search, cors, issueNames);
    }

    /** Lets pages from these origins call the API (CORS), e.g. a notebook at http://localhost:8888. */
    public ServerConfig withCors(List<String> origins) {
        return new ServerConfig(host, port, token, maxRequestBytes, ingest, hostNames, search, origins, issueNames);
    }

    public ServerConfig withIssueNames(Map<String, String> names) {
        return new ServerConfig(host, port, token, maxRequestBytes, ingest, hostNames, search, cors, names);
    }

    /** Whether {@code host} names this machine only: localhost, 127.0.0.0/8 or ::1. */
    public static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")) return true;
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
