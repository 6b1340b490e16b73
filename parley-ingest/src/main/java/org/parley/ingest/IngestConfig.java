package org.parley.ingest;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How the {@link ArticleReader} reads.
 *
 * @param maxFileBytes   largest single-document file (text, HTML, one JSON document) read; a larger one is a
 *                       problem, checked before reading
 * @param maxRecordBytes largest record inside a streamed container (a JSONL line, a feed item, a WARC record);
 *                       the container itself may be of any size
 * @param charset        decode text with this charset instead of detecting it (the CLI's {@code --charset})
 * @param clean          run the {@link Cleaner}; false keeps the text as read
 * @param limits         how much text of one article is analysed ({@link TextLimits})
 */
public record IngestConfig(long maxFileBytes, long maxRecordBytes, Optional<Charset> charset, boolean clean,
                           TextLimits limits) {
    public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;
    public static final long DEFAULT_MAX_RECORD_BYTES = 16L << 20;

    public IngestConfig {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
        if (maxRecordBytes <= 0) throw new IllegalArgumentException("maxRecordBytes must be positive, got " + maxRecordBytes);
        if (maxRecordBytes > Integer.MAX_VALUE - 16 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("size limits must stay below 2 GiB (one Java array), got %d and %d"
                    .formatted(maxFileBytes, maxRecordBytes));
        }
        Objects.requireNonNull(charset, "charset is null");
        Objects.requireNonNull(limits, "limits is null");
    }

    /** With the default {@link TextLimits}. */
    public IngestConfig(long maxFileBytes, long maxRecordBytes, Optional<Charset> charset, boolean clean) {
        this(maxFileBytes, maxRecordBytes, charset, clean, TextLimits.defaults());
    }

    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RECORD_BYTES, Optional.empty(), true);
    }

    public IngestConfig withMaxFileBytes(long bytes) {
        return new IngestConfig(bytes, maxRecordBytes, charset, clean, limits);
    }

    public IngestConfig withMaxRecordBytes(long bytes) {
        return new IngestConfig(maxFileBytes, bytes, charset, clean, limits);
    }

    public IngestConfig withCharset(Charset cs) {
        return new IngestConfig(maxFileBytes, maxRecordBytes, Optional.of(cs), clean, limits);
    }

    public IngestConfig withClean(boolean on) {
        return new IngestConfig(maxFileBytes, maxRecordBytes, charset, on, limits);
    }

    public IngestConfig withLimits(TextLimits l) {
        return new IngestConfig(maxFileBytes, maxRecordBytes, charset, clean, l);
    }
}
