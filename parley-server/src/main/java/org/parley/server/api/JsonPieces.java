package org.parley.server.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The JSON of each item of a snapshot's list, written once on first use and kept with the snapshot, and pages
 * answered by joining those pieces: a listing then costs no serialisation per request. The page has the shape
 * Jackson gives {@link Dto.PageOf}: {@code {"items":[…],"next_cursor":"…"}}, the cursor left out on the last page.
 */
final class JsonPieces {
    private static final byte[] START = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
    private final AtomicReferenceArray<byte[]> pieces;
    private final Type type;

    JsonPieces(int size, Type type) {
        this.pieces = new AtomicReferenceArray<>(size);
        this.type = type;
    }

    /** The JSON of the item at {@code position}; {@code item} makes its DTO the first time. */
    byte[] at(int position, IntFunction<Object> item, JsonMapper json) {
        byte[] piece = pieces.get(position);
        if (piece == null) {
            // Two requests may both write it; they write the same bytes, and either copy will do.
            piece = json.toJsonString(item.apply(position), type).getBytes(StandardCharsets.UTF_8);
            pieces.set(position, piece);
        }
        return piece;
    }

    /** The JSON of each of {@code items}, for a list computed once per snapshot. */
    static List<byte[]> each(List<?> items, Type type, JsonMapper json) {
        return items.stream().map(item -> json.toJsonString(item, type).getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** {@code s} as a JSON string (Javalin's mapper passes strings through as they are, taking them for JSON). */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) b.append("\\u%04x".formatted((int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** Answers {@code ctx} with the page of these items and cursor ({@code null} on the last page). */
    static void answer(Context ctx, List<byte[]> items, String next) {
        byte[] tail = (next == null ? "]}" : "],\"next_cursor\":" + quoted(next) + "}").getBytes(StandardCharsets.UTF_8);
        int size = START.length + Math.max(0, items.size() - 1) + tail.length;
        for (byte[] item : items) size += item.length;
        // One array of the exact size: a matrix answer is half a megabyte, so no growing and copying.
        byte[] out = new byte[size];
        System.arraycopy(START, 0, out, 0, START.length);
        int at = START.length;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out[at++] = ',';
            byte[] item = items.get(i);
            System.arraycopy(item, 0, out, at, item.length);
            at += item.length;
        }
        System.arraycopy(tail, 0, out, at, tail.length);
        ctx.contentType(ContentType.APPLICATION_JSON).result(out);
    }
}
