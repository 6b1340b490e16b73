package org.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article after reading and cleaning.
 *
 * <p>{@code text} has exactly the length of {@code originalText}: residue the cleaner removed is replaced by
 * spaces (line breaks kept), so every offset Parley reports into {@code text} is also an offset into the text as
 * it was given (the file, or a JSONL record's {@code text} field). {@link #cleanText()} folds the blanks away for
 * display; {@link #id()} hashes that folded text.
 *
 * @param name      what the user knows the article by: the file name, or the id of a JSONL record
 * @param source    where it was read: a path, a path plus record number or line, or a URL
 * @param outlet    the publisher when known, else the empty string
 * @param published the publication date from metadata, if any
 * @param metadata  fields of the input that have no place of their own, kept as given
 */
public record Article(ArticleId id, String name, String source, String outlet, String title, String author,
                      String url, Optional<LocalDate> published, String originalText, String text,
                      List<Removal> removed, Map<String, String> metadata) {
    public Article {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(source, "source is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        title = Objects.requireNonNullElse(title, "");
        author = Objects.requireNonNullElse(author, "");
        url = Objects.requireNonNullElse(url, "");
        Objects.requireNonNull(published, "published is null");
        Objects.requireNonNull(originalText, "originalText is null");
        Objects.requireNonNull(text, "text is null");
        if (text.isBlank()) {
            throw new IllegalArgumentException("article %s (%s) has no text".formatted(name, source));
        }
        if (text.length() != originalText.length()) {
            throw new IllegalArgumentException("article %s: clean text has %d chars, original %d; cleaning must blank, not cut"
                    .formatted(name, text.length(), originalText.length()));
        }
        removed = List.copyOf(removed);
        metadata = Map.copyOf(metadata);
    }

    /** The clean text for reading: blanked residue folded away, paragraphs kept. */
    public String cleanText() {
        return text.strip().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").replaceAll("(?m)^ +", "");
    }

    /** Builds an article whose id is the hash of its clean text. */
    public static Article of(String name, String source, String outlet, String title, String author, String url,
                             Optional<LocalDate> published, String originalText, String text,
                             List<Removal> removed, Map<String, String> metadata) {
        ArticleId id = ArticleId.ofCleanText(text);
        return new Article(id, name, source, outlet, title, author, url, published, originalText, text, removed, metadata);
    }
}
