package org.parley.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Safety on every request: security headers (a Content-Security-Policy without inline scripts, nosniff, no
 * framing), only the host names this server was started with ({@link Origins}: DNS rebinding), no writes from other
 * sites, the bearer token on write requests when one is configured, and the request size limit, checked from
 * Content-Length before any body is read and counted by {@link BodyLimit} while a body without one is read.
 */
public final class Guard {
    /** Inline styles stay allowed: the charting library positions its tooltips with style attributes. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private Guard() {
    }

    /** The servlet filter that counts request bodies; install it in Jetty's servlet context. */
    public static jakarta.servlet.Filter bodyLimit(long maxRequestBytes) {
        return new BodyLimit(maxRequestBytes);
    }

    /**
     * @param hostNames host names besides IP literals and {@code localhost} that this server answers to
     */
    public static void install(Javalin app, Optional<String> token, long maxRequestBytes, Set<String> hostNames) {
        Origins origins = new Origins(hostNames);
        app.before(ctx -> {
            HEADERS.forEach(ctx::header);
            if (ctx.path().startsWith("/api")) ctx.header("Cache-Control", "no-store");
            Optional<String> badHost = origins.refuseHost(ctx.header("Host"));
            if (badHost.isPresent()) throw new ApiException(421, badHost.get());
            if (!writes(ctx)) return;
            Optional<String> crossSite = Origins.refuseCrossSite(ctx.header("Sec-Fetch-Site"), ctx.header("Origin"),
                    ctx.header("Host"));
            if (crossSite.isPresent()) throw new ApiException(403, crossSite.get());
            if (token.isPresent() && !authorized(ctx, token.get())) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "this server needs a token for " + ctx.method() + " requests: send "
                        + "'Authorization: Bearer <token>' with the token given to 'parley serve --token' or PARLEY_TOKEN");
            }
            long length = ctx.contentLength();
            if (length > maxRequestBytes) {
                throw new ApiException(413, "the request body has %d bytes; this server accepts at most %d"
                        .formatted(length, maxRequestBytes));
            }
        });
    }

    private static boolean writes(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    private static boolean authorized(Context ctx, String token) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
    }
}
