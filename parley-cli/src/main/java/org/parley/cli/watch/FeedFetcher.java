package org.parley.cli.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Fetches a feed with a conditional GET: the ETag and Last-Modified of the last answer go back as If-None-Match and
 * If-Modified-Since, so an unchanged feed costs a 304 and no parsing. Redirects are followed (the JDK stops after 5),
 * the connection and the whole answer have timeouts, and a body over the size limit is refused, not read.
 */
public final class FeedFetcher {
    /** The validators of the last answer, sent back on the next request. */
    public record Validators(Optional<String> etag, Optional<String> lastModified) {
        public static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
    }

    /** What one fetch found. */
    public sealed interface Fetched {
        record NotModified() implements Fetched {
        }

        record Body(byte[] bytes, Validators validators) implements Fetched {
        }
    }

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    /**
     * @param timeout  for connecting, and for the whole answer
     * @param maxBytes the largest feed read (the ingest file-size limit)
     */
    public FeedFetcher(Duration timeout, long maxBytes) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /**
     * @throws SourceException for an HTTP error, a timeout, a network failure or a body over the limit, in words
     */
    public Fetched fetch(URI url, Validators last) throws SourceException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET()
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
                .header("User-Agent", "parley-watch");
        last.etag().ifPresent(e -> request.header("If-None-Match", e));
        last.lastModified().ifPresent(m -> request.header("If-Modified-Since", m));
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new SourceException("no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new SourceException("cannot fetch: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 304) return new Fetched.NotModified();
            if (status >= 300) {
                throw new SourceException("HTTP " + status + (status >= 500 ? " (server error; will retry)" : status == 404
                        ? " (not found: check the URL)" : status == 401 || status == 403 ? " (access refused)" : ""));
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) throw tooBig(declared);
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) throw tooBig(-1);
            return new Fetched.Body(bytes, new Validators(response.headers().firstValue("ETag"),
                    response.headers().firstValue("Last-Modified")));
        } catch (IOException e) {
            throw new SourceException("answer cut short: " + e.getMessage());
        }
    }

    private SourceException tooBig(long declared) {
        String limit = maxBytes >= 1 << 20 ? (maxBytes >> 20) + " MB" : maxBytes + " bytes";
        return new SourceException("feed is %s, over the limit of %s; raise --max-file-size".formatted(
                declared < 0 ? "larger" : declared + " bytes", limit));
    }

    /** A source could not be read this time; the message says why, in words. */
    public static final class SourceException extends Exception {
        public SourceException(String message) {
            super(message);
        }
    }
}
