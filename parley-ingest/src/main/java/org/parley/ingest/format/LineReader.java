package org.parley.ingest.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, so a record's byte offset is known and a line longer than the limit is
 * skipped without being held in memory. Reads in blocks: a byte-at-a-time loop over a buffered stream costs a
 * lock per byte.
 */
final class LineReader {
    /**
     * One line: its bytes without the break, its 1-based number and byte offset, or {@code tooLong} with no bytes;
     * {@code terminated} is false for a last line without a line break.
     */
    record RawLine(int number, long offset, byte[] bytes, int length, boolean tooLong, boolean terminated) {
    }

    private final InputStream in;
    private final int limit;
    private final byte[] block = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[8192];
    private int number;
    private long offset;

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** How many lines were read. */
    int lines() {
        return number;
    }

    /** Bytes read so far, up to the end of the last line. */
    long offset() {
        return offset;
    }

    /** The next line, or null at the end of the stream. */
    RawLine next() throws IOException {
        int len = 0;
        long start = offset;
        boolean tooLong = false;
        boolean any = false;
        boolean terminated = false;
        while (true) {
            if (pos == end) {
                end = in.read(block, 0, block.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    break;
                }
            }
            any = true;
            int nl = pos;
            while (nl < end && block[nl] != '\n') nl++;
            int chunk = nl - pos;
            if (!tooLong) {
                if ((long) len + chunk > limit) {
                    tooLong = true;
                } else {
                    if (len + chunk > line.length) line = Arrays.copyOf(line, (int) Math.min(limit, Math.max((long) line.length * 2, len + chunk)));
                    System.arraycopy(block, pos, line, len, chunk);
                    len += chunk;
                }
            }
            offset += chunk;
            pos = nl;
            if (nl < end) {
                pos++;
                offset++;
                terminated = true;
                break;
            }
        }
        if (!any) return null;
        number++;
        if (!tooLong && len > 0 && line[len - 1] == '\r') len--;
        return new RawLine(number, start, tooLong ? new byte[0] : line, tooLong ? 0 : len, tooLong, terminated);
    }
}
