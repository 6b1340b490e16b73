package org.parley.cli.watch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * A local HTTP server for the tests: serves feeds by path with an ETag (RSS) or a Last-Modified (Atom), answers 304
 * to a matching conditional GET as a real server does, and can be told to fail with a status for a while.
 */
public final class FeedServer implements AutoCloseable {
    public record Request(String path, String ifNoneMatch, String ifModifiedSince, int status) {
    }

    private record Feed(String body, String etag, String lastModified) {
    }

    private final HttpServer server;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Map<String, Integer> failing = new ConcurrentHashMap<>();
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private int version;

    public FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ims = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            Feed feed = feeds.get(path);
            Integer fail = failing.get(path);
            int status;
            byte[] body = new byte[0];
            if (fail != null) {
                status = fail;
                body = "<html><body>Internal Server Error</body></html>".getBytes(StandardCharsets.UTF_8);
            } else if (feed == null) {
                status = 404;
            } else if (feed.etag() != null && feed.etag().equals(inm)
                    || feed.etag() == null && feed.lastModified() != null && feed.lastModified().equals(ims)) {
                status = 304;
            } else {
                status = 200;
                body = feed.body().getBytes(StandardCharsets.UTF_8);
                if (feed.etag() != null) exchange.getResponseHeaders().set("ETag", feed.etag());
                if (feed.lastModified() != null) exchange.getResponseHeaders().set("Last-Modified", feed.lastModified());
                exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=utf-8");
            }
            requests.add(new Request(path, inm, ims, status));
            exchange.sendResponseHeaders(status, status == 304 || body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code body} at {@code path} with a new ETag. */
    public synchronized void withEtag(String path, String body) {
        feeds.put(path, new Feed(body, "\"v" + (++version) + "\"", null));
    }

    /** Serves {@code body} at {@code path} with a Last-Modified date and no ETag. */
    void withLastModified(String path, String body, String lastModified) {
        feeds.put(path, new Feed(body, null, lastModified));
    }

    void failWith(String path, int status) {
        failing.put(path, status);
    }

    void recover(String path) {
        failing.remove(path);
    }

    long count(String path) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.path().equals(path)).count();
        }
    }

    public Request last() {
        synchronized (requests) {
            return requests.get(requests.size() - 1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
