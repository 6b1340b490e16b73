package org.parley.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, so a record's byte offset is known and a line longer than the limit is
 * skipped without being held in memory.
 */
final class LineReader {
    /** One line: its bytes without the break, its 1-based number and byte offset, or {@code tooLong} with no bytes. */
    record RawLine(int number, long offset, byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final int limit;
    private byte[] buf = new byte[8192];
    private int number;
    private long offset;

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    RawLine next() throws IOException {
        int len = 0;
        long start = offset;
        boolean tooLong = false;
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            offset++;
            if (c == '\n') break;
            if (tooLong) continue;
            if (len == limit) {
                tooLong = true;
                continue;
            }
            if (len == buf.length) buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, limit));
            buf[len++] = (byte) c;
        }
        if (!any) return null;
        number++;
        if (!tooLong && len > 0 && buf[len - 1] == '\r') len--;
        return new RawLine(number, start, tooLong ? new byte[0] : buf, tooLong ? 0 : len, tooLong);
    }
}
