package org.parley.extract.stance;

import java.util.Objects;
import org.parley.model.ArticleId;
import org.parley.model.Stance;

/** A stance with the article and outlet it was read from: what aggregation and shift detection work over. */
public record SourcedStance(ArticleId article, String outlet, Stance stance) {
    public SourcedStance {
        Objects.requireNonNull(article, "article is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        Objects.requireNonNull(stance, "stance is null");
    }
}
