package org.parley.server.ops;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.parley.server.api.ApiException;

/**
 * The read token: when one is configured, every request under {@code /api} and to {@code /metrics} must carry it
 * (or the write token) as {@code Authorization: Bearer ...}, or in the cookie a browser gets by opening any page of
 * the UI once with {@code ?token=...}: the UI's own requests then carry it without the UI knowing about tokens.
 * {@code /health}, the UI's files and the API description stay open (they hold no data). Installed after
 * {@link org.parley.server.api.Guard}, whose host, origin and write-token checks are unchanged.
 */
public final class ReadGuard {
    static final String COOKIE = "parley_token";

    private ReadGuard() {
    }

    public static void install(Javalin app, Optional<String> readToken, Optional<String> writeToken) {
        if (readToken.isEmpty()) return;
        String read = readToken.get();
        app.before(ctx -> {
            if (ctx.method() == HandlerType.OPTIONS) return; // CORS preflight: carries no credentials by design
            String path = ctx.path();
            boolean data = path.startsWith("/api") || path.equals("/metrics") || path.startsWith("/metrics/");
            if (!data) {
                String given = ctx.queryParam("token");
                if (given != null && ctx.method() == HandlerType.GET) login(ctx, given, read, writeToken);
                return;
            }
            // A write with a write token configured is Guard's business; without one, the read token covers it too.
            if (writes(ctx) && writeToken.isPresent()) return;
            if (matches(bearer(ctx), read, writeToken) || matches(ctx.cookie(COOKIE), read, writeToken)) return;
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "this server needs a token to read: send 'Authorization: Bearer <token>' with "
                    + "the read token given to 'parley serve' (PARLEY_READ_TOKEN or read-token-file), or open the web "
                    + "UI once as /?token=<token>");
        });
    }

    /** A page opened with the right {@code ?token=}: remember it in a cookie and show the page without it. */
    private static void login(Context ctx, String given, String read, Optional<String> writeToken) {
        if (!matches(given, read, writeToken)) throw new ApiException(401, "that token is not this server's read token");
        Cookie cookie = new Cookie(COOKIE, given);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setSecure(ctx.scheme().equals("https"));
        ctx.cookie(cookie);
        ctx.redirect(ctx.path());
        ctx.skipRemainingHandlers();
    }

    private static boolean writes(Context ctx) {
        HandlerType m = ctx.method();
        return m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE;
    }

    private static String bearer(Context ctx) {
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        return header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    private static boolean matches(String given, String read, Optional<String> write) {
        if (given == null) return false;
        byte[] g = given.getBytes(StandardCharsets.UTF_8);
        boolean ok = MessageDigest.isEqual(g, read.getBytes(StandardCharsets.UTF_8));
        return ok | write.map(w -> MessageDigest.isEqual(g, w.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
