package org.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.parley.server.csv.CsvTable;

/**
 * A listing answered as CSV when asked for with {@code ?format=csv} or {@code Accept: text/csv}: the handler answers
 * as usual, and its JSON page becomes one CSV row per item, in the listing's {@link CsvTable} columns. The page's
 * cursor and total travel in the {@code X-Next-Cursor} and {@code X-Total-Count} headers, so paging works the same.
 */
final class CsvListing {
    static final String PARAM = "format";
    static final String NEXT_CURSOR = "X-Next-Cursor";
    static final String TOTAL = "X-Total-Count";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CsvListing() {
    }

    /** {@code handler}, answering in CSV when the request asks for it. */
    static Handler wrap(String path, CsvTable columns, Handler handler) {
        String file = path.substring(path.lastIndexOf('/') + 1) + ".csv";
        return ctx -> {
            boolean csv = wantsCsv(ctx);
            handler.handle(ctx);
            if (csv && ctx.status().getCode() == 200) answer(ctx, columns, file);
        };
    }

    static boolean wantsCsv(Context ctx) {
        Optional<String> format = Params.text(ctx, PARAM).map(s -> s.toLowerCase(Locale.ROOT));
        if (format.isPresent()) {
            return switch (format.get()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ApiException.badRequest("format '%s' is not json or csv".formatted(format.get()));
            };
        }
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv");
    }

    private static void answer(Context ctx, CsvTable columns, String file) {
        JsonNode page;
        try (InputStream in = ctx.resultInputStream()) {
            if (in == null) throw new IllegalStateException(ctx.path() + " gave no answer to turn into CSV");
            page = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JSON answer of " + ctx.path(), e);
        }
        StringWriter out = new StringWriter();
        try (CsvTable.Writer csv = columns.writer(out)) {
            for (JsonNode item : page.path("items")) csv.row(item);
        }
        if (page.hasNonNull("next_cursor")) ctx.header(NEXT_CURSOR, page.get("next_cursor").asText());
        if (page.hasNonNull("total")) ctx.header(TOTAL, page.get("total").asText());
        ctx.header("Content-Disposition", "inline; filename=\"" + file + "\"");
        ctx.contentType("text/csv; charset=utf-8; header=present").result(out.toString());
    }
}
