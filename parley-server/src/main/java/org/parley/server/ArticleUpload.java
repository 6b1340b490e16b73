package org.parley.server;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article posted to {@code POST /api/articles}: as JSON fields, or as an uploaded file.
 *
 * @param source    the publisher, as the {@code "source"} field of Parley's JSONL input (the pipeline reads it as
 *                  the outlet); empty when not given
 * @param fileName  the uploaded file's name (its extension tells the reader the format), or empty for JSON
 * @param text      the text as posted: plain text for JSON, the file's content (decoded as UTF-8) for uploads
 */
public record ArticleUpload(String title, String text, String source, Optional<LocalDate> published, String url,
                            String fileName) {
    public ArticleUpload {
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(text, "text is null");
        if (text.isBlank()) throw new IllegalArgumentException("the article has no text; send a non-empty \"text\" field or file");
        source = Objects.requireNonNullElse(source, "").strip();
        Objects.requireNonNull(published, "published is null");
        url = Objects.requireNonNullElse(url, "");
        fileName = Objects.requireNonNullElse(fileName, "");
    }
}
