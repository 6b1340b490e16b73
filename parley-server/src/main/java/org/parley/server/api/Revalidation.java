package org.parley.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * ETag and If-None-Match on a listing: the tag is a hash of the answer's bytes, so a client that has a page asks
 * again and gets 304 with no body while the store has not changed what that page holds. Listings are sent with
 * {@code Cache-Control: no-cache} (keep, but ask before reuse) in place of {@code no-store}, and {@code Vary: Accept}
 * since the same URL answers JSON or CSV. A handler that keeps its answers may tag them itself, once, with
 * {@link #hash} of the bytes it answers ({@link MapAnswers}); the answer is then neither read nor hashed again.
 */
final class Revalidation {
    private Revalidation() {
    }

    static Handler wrap(Handler handler) {
        return ctx -> {
            handler.handle(ctx);
            if (ctx.status() != HttpStatus.OK) return;
            String tagged = ctx.res().getHeader("ETag");
            if (tagged != null) {
                // The handler tagged a kept answer when it made it: no need to read and hash it again.
                ctx.header("Cache-Control", "no-cache").header("Vary", "Accept");
                if (matches(ctx.header("If-None-Match"), tagged)) ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
                return;
            }
            byte[] body;
            try (InputStream in = ctx.resultInputStream()) {
                if (in == null) return;
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the answer of " + ctx.path(), e);
            }
            String etag = "\"" + hash(body) + "\"";
            ctx.header("ETag", etag).header("Cache-Control", "no-cache").header("Vary", "Accept");
            if (matches(ctx.header("If-None-Match"), etag)) {
                ctx.status(HttpStatus.NOT_MODIFIED).result(new byte[0]);
            } else {
                ctx.result(body);
            }
        };
    }

    /** RFC 9110: a list of tags or {@code *}; weak tags compare by their opaque part. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) return true;
        }
        return false;
    }

    /** The tag of an answer: the first 16 bytes of its SHA-256, in hex. */
    static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
