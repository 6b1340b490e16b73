package org.parley.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Identity of an article: the first 16 hex digits of the SHA-256 of its clean text with white space folded,
 * so the same story read twice, from a file or a feed, is the same article.
 */
public record ArticleId(String value) {
    public ArticleId {
        Objects.requireNonNull(value, "value is null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    public static ArticleId ofCleanText(String cleanText) {
        String folded = cleanText.strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return new ArticleId(HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
