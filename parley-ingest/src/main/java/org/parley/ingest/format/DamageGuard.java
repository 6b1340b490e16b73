package org.parley.ingest.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Turns a read failure (a gzip stream cut short, a disk error) into the end of the stream and remembers it. Without
 * it, a buffered read that fails after filling part of its buffer throws those bytes away, and the records before
 * the damage would be lost; with it, the reader sees every good byte, then asks {@link #failure()} at the end.
 */
final class DamageGuard extends FilterInputStream {
    private IOException failure;
    private long delivered;

    DamageGuard(InputStream in) {
        super(in);
    }

    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Bytes passed on before the failure: the offset of the damage in the (decompressed) data. */
    long delivered() {
        return delivered;
    }

    @Override
    public int read() throws IOException {
        if (failure != null) return -1;
        try {
            int c = super.read();
            if (c >= 0) delivered++;
            return c;
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (failure != null) return -1;
        try {
            int n = super.read(b, off, len);
            if (n > 0) delivered += n;
            return n;
        } catch (IOException e) {
            failure = e;
            return -1;
        }
    }

    @Override
    public int available() throws IOException {
        if (failure != null) return 0;
        try {
            return super.available();
        } catch (IOException e) {
            failure = e;
            return 0;
        }
    }
}
