package org.parley.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Bounded reading and the binary check. */
public final class Bytes {
    /** How much of an input the sniffer and the binary check look at. */
    public static final int HEAD = 8192;
    private static final double MAX_CONTROL_RATIO = 0.05;

    private Bytes() {
    }

    /** Reads the whole stream, failing as soon as it holds more than {@code limit} bytes. */
    public static byte[] readAtMost(InputStream in, long limit, String source, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit + 1, 1 << 16));
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf, 0, (int) Math.min(buf.length, limit + 1 - total))) > 0) {
            out.write(buf, 0, n);
            total += n;
            if (total > limit) {
                throw Problems.read(source, "%s is over the %s limit".formatted(what, Problems.bytes(limit)),
                        "split it, or raise the limit (--max-file-size / IngestConfig.maxFileBytes)");
            }
        }
        return out.toByteArray();
    }

    /** UTF-16 by its byte order mark, or by the zero bytes ASCII characters get in it ("{" is 7B 00 in UTF-16LE). */
    public static Optional<Charset> utf16(byte[] b) {
        Optional<CharsetDetector.Bom> bom = CharsetDetector.bom(b);
        if (bom.isPresent()) {
            return bom.get().charset().name().startsWith("UTF-16") ? Optional.of(bom.get().charset()) : Optional.empty();
        }
        if (b.length < 4) return Optional.empty();
        if (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) return Optional.of(StandardCharsets.UTF_16LE);
        if (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) return Optional.of(StandardCharsets.UTF_16BE);
        return Optional.empty();
    }

    /** Why the bytes look binary (a NUL byte, many control characters), or empty when they look like text. */
    public static Optional<String> binary(byte[] b, int from, int len) {
        int end = Math.min(from + len, b.length);
        if (CharsetDetector.bom(b).filter(bom -> bom.charset().name().startsWith("UTF-16")).isPresent()) return Optional.empty();
        int control = 0;
        for (int i = from; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return Optional.of("NUL byte at byte " + i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) control++;
        }
        int scanned = end - from;
        if (scanned > 0 && control > 2 && control > scanned * MAX_CONTROL_RATIO) {
            return Optional.of(String.format(Locale.ROOT, "%d control characters in the first %d bytes", control, scanned));
        }
        return Optional.empty();
    }
}
