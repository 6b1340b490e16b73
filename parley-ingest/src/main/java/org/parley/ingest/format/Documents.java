package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parley.ingest.IngestConfig;

/** Loading of single-document inputs (text, HTML, one JSON document): size limit first, then empty and binary checks. */
final class Documents {
    private static final int BINARY_SCAN = 1 << 16;

    private Documents() {
    }

    static byte[] load(Input in, IngestConfig config) {
        if (in.size().isPresent()) {
            long size = in.size().getAsLong();
            if (size == 0) throw Problems.empty(in.source());
            if (size > config.maxFileBytes()) throw Problems.tooLarge(in.source(), size, config.maxFileBytes(), "file");
        }
        byte[] b;
        try (InputStream is = in.open()) {
            b = Bytes.readAtMost(is, config.maxFileBytes(), in.source(), "input");
        } catch (IOException e) {
            throw Problems.io(in.source(), e);
        }
        if (b.length == 0) throw Problems.empty(in.source());
        Optional<String> binary = Bytes.binary(b, 0, BINARY_SCAN);
        if (binary.isPresent()) throw Problems.binary(in.source(), binary.get());
        return b;
    }

    /**
     * Opens a streamed container, checking its first bytes: an empty input, or one that looks binary when
     * {@code text} says it should be text, is a problem before any record is read.
     */
    static BufferedInputStream openStreamed(Input in, boolean text) {
        if (in.size().isPresent() && in.size().getAsLong() == 0) throw Problems.empty(in.source());
        BufferedInputStream is = null;
        try {
            is = new BufferedInputStream(in.open(), 1 << 16);
            is.mark(Bytes.HEAD);
            byte[] head = is.readNBytes(Bytes.HEAD);
            is.reset();
            if (head.length == 0) throw Problems.empty(in.source());
            Optional<String> binary = text ? Bytes.binary(head, 0, head.length) : Optional.empty();
            if (binary.isPresent()) throw Problems.binary(in.source(), binary.get());
            return is;
        } catch (IOException e) {
            closeQuietly(is);
            throw Problems.io(in.source(), e);
        } catch (RuntimeException e) {
            closeQuietly(is);
            throw e;
        }
    }

    static void closeQuietly(InputStream is) {
        if (is == null) return;
        try {
            is.close();
        } catch (IOException e) {
            // nothing was written; a failed close of an input changes nothing
        }
    }

    /**
     * Decodes a plain text: the configured charset, else the byte-order mark, else UTF-8. Text has no
     * declaration to fall back on, so bad bytes are a problem that says how to fix them.
     */
    static String decodeText(byte[] b, String source, IngestConfig config) {
        Optional<Charsets.Bom> bom = Charsets.bom(b);
        int skip = bom.map(Charsets.Bom::length).orElse(0);
        Charset cs = config.charset().orElse(bom.map(Charsets.Bom::charset).orElse(StandardCharsets.UTF_8));
        try {
            return Charsets.decode(b, skip, b.length - skip, cs);
        } catch (Charsets.BadBytes e) {
            long at = e.offset() + skip;
            String hint = config.charset().isPresent()
                    ? "check the charset given with --charset; the file is not " + cs.name()
                    : "re-save it as UTF-8, or pass --charset windows-1252 (or the charset it was saved in)";
            throw Problems.read(source, "not valid " + cs.name() + " at byte " + at, hint);
        }
    }
}
