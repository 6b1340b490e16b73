package org.parley.extract.story;

import java.util.Objects;
import org.parley.model.ArticleId;

/**
 * The MinHash signature of one article, as {@link MinHasher} made it.
 *
 * <p>The array is not copied (10,000 articles x 128 ints is the memory that matters here): callers must not
 * change it. Equality is that of the array reference, as for any record holding an array.
 */
public record Signature(ArticleId article, int[] values) {
    public Signature {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(values, "values is null");
    }
}
