package org.parley.server.api;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.parley.server.ArticleUpload;
import org.parley.server.IngestResult;

/**
 * {@code POST /api/articles}: one article as JSON {@code {"title","text","source","published","url"}}, or a file
 * in a multipart form field {@code file} (with optional fields title, source, published, url). The server's
 * ingest hook reads, analyses and stores it.
 */
public final class IngestRoutes {
    /**
     * Articles read and analysed at once. Each holds its body (up to the request limit, twice over as bytes and
     * text) and its analysis (bounded by the ingest's text limits); three 4.5 MB posts at once once ran the server
     * out of heap. Analysis is CPU-bound, so more at once would not finish sooner on a few cores anyway.
     */
    static final int MAX_CONCURRENT = 2;
    private static final long WAIT_SECONDS = 60;
    private IngestRoutes() {
    }

    /** The JSON form of a posted article. */
    public record ArticleJson(String title, String text, String source, String published, String url) {
    }

    public static void register(RouteTable routes, StoreView view, Optional<Function<ArticleUpload, IngestResult>> hook,
                                long maxRequestBytes) {
        Semaphore running = new Semaphore(MAX_CONCURRENT, true);
        routes.post("/api/articles", List.of(), ctx -> {
            Function<ArticleUpload, IngestResult> ingest = hook.orElseThrow(() -> new ApiException(503,
                    "this server was started without an ingest pipeline; add articles with 'parley ingest' instead"));
            // Taken before the body is read: what a waiting request holds is a thread, not its body.
            if (!running.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                ctx.header("Retry-After", "10");
                throw new ApiException(503, "the server is analysing %d articles already; try again in a few seconds"
                        .formatted(MAX_CONCURRENT));
            }
            IngestResult result;
            try {
                result = ingest.apply(upload(ctx, maxRequestBytes));
            } finally {
                running.release();
            }
            if (result.status() == IngestResult.Status.STORED) view.invalidate();
            ctx.status(switch (result.status()) {
                case STORED -> 201;
                case UNCHANGED -> 200;
                case FAILED -> 422;
            });
            ctx.json(new Dto.Ingested(result.status().name().toLowerCase(Locale.ROOT),
                    result.article().map(Object::toString).orElse(null),
                    result.problems().stream().map(Object::toString).toList()));
        });
    }

    static ArticleUpload upload(Context ctx, long maxRequestBytes) throws IOException {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            // Jackson reads the JSON literal null as a null object, which Javalin's Kotlin signature turns into a
            // NullPointerException (a 500): it is a body without the article, so say that.
            if (ctx.body().strip().equals("null")) throw ApiException.badRequest("the JSON article has no \"text\" field");
            ArticleJson j = ctx.bodyAsClass(ArticleJson.class);
            if (j == null || j.text() == null) throw ApiException.badRequest("the JSON article has no \"text\" field");
            return new ArticleUpload(j.title(), j.text(), j.source(), published(j.published()), j.url(), "");
        }
        if (type.startsWith("multipart/form-data")) {
            UploadedFile file = uploadedFile(ctx, maxRequestBytes);
            if (file == null) throw ApiException.badRequest("the form has no file field named 'file'");
            String text;
            try (InputStream in = file.content()) {
                text = utf8(in.readAllBytes(), file.filename());
            }
            return new ArticleUpload(ctx.formParam("title"), text,
                    Optional.ofNullable(ctx.formParam("source")).orElse(file.filename()),
                    published(ctx.formParam("published")), ctx.formParam("url"), file.filename());
        }
        throw new ApiException(415, "send the article as application/json or as a multipart/form-data file upload, not '"
                + (type.isEmpty() ? "no content type" : type) + "'");
    }

    private static UploadedFile uploadedFile(Context ctx, long maxRequestBytes) {
        try {
            return ctx.uploadedFile("file");
        } catch (IllegalStateException e) {
            // Jetty parses forms from the raw stream and stops at the configured size with this exception
            // ("Request exceeds maxRequestSize"): the body, not the server, is at fault.
            throw BodyLimit.tooLarge(maxRequestBytes);
        }
    }

    private static String utf8(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("file '%s' is not valid UTF-8; re-save it as UTF-8".formatted(name));
        }
    }

    private static Optional<LocalDate> published(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("published '%s' is not a date; use YYYY-MM-DD".formatted(value));
        }
    }
}
