package org.parley.ingest.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.parley.ingest.IngestConfig;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;

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

    /** An open container: the buffered stream, and the guard that remembers where its data broke off. */
    record Opened(BufferedInputStream stream, DamageGuard guard) {
        /** The problem of data that broke off, with what the reader knows of where ({@code line 12}), if it did. */
        Optional<Outcome<Article>> damage(String where, String after) {
            return guard.failure().map(e -> {
                Problem p = Problems.io(where, e).problem();
                return Outcome.failed(new Problem(where, p.stage(), p.message() + " (%s, byte %d of the data)".formatted(after, guard.delivered()),
                        p.hint() + "; the records before were read"));
            });
        }
    }

    /**
     * Opens a streamed container, checking its first bytes: an empty input, or one that looks binary when
     * {@code text} says it should be text, is a problem before any record is read.
     */
    static Opened openStreamed(Input in, boolean text) {
        return openStreamed(in, text, false);
    }

    /**
     * Like {@link #openStreamed(Input, boolean)}; with {@code utf8Lines} (JSON Lines, split into lines as bytes), a
     * UTF-16 input is one problem that says so: each line would otherwise fail on its zero bytes ("CTRL-CHAR").
     */
    static Opened openStreamed(Input in, boolean text, boolean utf8Lines) {
        if (in.size().isPresent() && in.size().getAsLong() == 0) throw Problems.empty(in.source());
        BufferedInputStream is = null;
        try {
            InputStream raw = in.open();
            DamageGuard guard = new DamageGuard(raw);
            is = new BufferedInputStream(text ? guard : raw, 1 << 16);
            is.mark(Bytes.HEAD);
            byte[] head = is.readNBytes(Bytes.HEAD);
            is.reset();
            if (head.length == 0) {
                if (guard.failure().isPresent()) throw Problems.io(in.source(), guard.failure().get());
                throw Problems.empty(in.source());
            }
            Optional<Charset> utf16 = utf8Lines ? Bytes.utf16(head) : Optional.empty();
            if (utf16.isPresent()) {
                throw Problems.read(in.source(), "the file is %s text, and JSON Lines are read as UTF-8 (or --charset), "
                        .formatted(utf16.get().name()) + "line by line", "re-save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)");
            }
            Optional<String> binary = text ? Bytes.binary(head, 0, head.length) : Optional.empty();
            if (binary.isPresent()) throw Problems.binary(in.source(), binary.get());
            return new Opened(is, guard);
        } catch (IOException e) {
            closeQuietly(is);
            throw Problems.io(in.source(), e);
        } catch (RuntimeException e) {
            closeQuietly(is);
            throw e;
        }
    }

    /** Skips a UTF-8 byte-order mark at the start of the stream, if there is one. */
    static void skipBom(BufferedInputStream is) throws IOException {
        is.mark(3);
        byte[] head = is.readNBytes(3);
        is.reset();
        if (CharsetDetector.bom(head).filter(b -> b.charset().equals(StandardCharsets.UTF_8)).isPresent()) is.skipNBytes(3);
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
        Optional<CharsetDetector.Bom> bom = CharsetDetector.bom(b);
        int skip = bom.map(CharsetDetector.Bom::length).orElse(0);
        Charset cs = config.charset().orElse(bom.map(CharsetDetector.Bom::charset).orElse(StandardCharsets.UTF_8));
        try {
            return CharsetDetector.decode(b, skip, b.length - skip, cs);
        } catch (CharsetDetector.BadBytes e) {
            long at = e.offset() + skip;
            String hint = config.charset().isPresent()
                    ? "check the charset given with --charset; the file is not " + cs.name()
                    : "re-save it as UTF-8, or pass --charset windows-1252 (or the charset it was saved in)";
            throw Problems.read(source, "not valid " + cs.name() + " at byte " + at, hint);
        }
    }
}
