package org.parley.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Safety on every request: security headers (a Content-Security-Policy without inline scripts, nosniff, no
 * framing), the bearer token on write requests when one is configured, and the request size limit checked from
 * Content-Length before any body is read (Javalin enforces it again while reading bodies without one).
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

    public static void install(Javalin app, Optional<String> token, long maxRequestBytes) {
        app.before(ctx -> {
            HEADERS.forEach(ctx::header);
            if (ctx.path().startsWith("/api")) ctx.header("Cache-Control", "no-store");
            if (!writes(ctx)) return;
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
