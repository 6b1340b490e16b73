package org.parley.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte, for what {@code java.net.http} will not send: a forged {@code Host}, a chunked body
 * of any size. Reads the status line and what the server sends until it closes or {@code maxRead} bytes.
 */
final class RawHttp {
    record Response(int status, String text) {
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) then {@code body}, as given. */
    static Response send(String base, String head, Body body) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                body.writeTo(out);
                out.flush();
            } catch (IOException refusedMidway) {
                // the server answered and closed before the whole body was sent: read its answer
            }
            return read(socket.getInputStream());
        }
    }

    /** A chunked body of {@code chunks} chunks of {@code chunk} bytes each, then the last chunk. */
    static Body chunked(int chunks, byte[] chunk) {
        return out -> {
            for (int i = 0; i < chunks; i++) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        };
    }

    static Body none() {
        return out -> { };
    }

    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0 && got.size() < 1 << 20; ) got.write(buffer, 0, n);
        } catch (IOException reset) {
            // a reset after the answer: keep what was read
        }
        String text = got.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/1.")) throw new IOException("no HTTP answer: '" + text + "'");
        return new Response(Integer.parseInt(text.substring(9, 12)), text);
    }
}
