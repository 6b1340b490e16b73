package org.parley.cli.watch;

import org.parley.model.Article;
import org.parley.model.ArticleId;

/**
 * Where the watcher puts the articles it finds: analysed and stored by the same pipeline as {@code parley ingest}.
 * Behind this interface so the watcher is tested without the language models.
 */
public interface ArticleSink {
    /** Whether an article with this id (its cleaned text's hash) is stored already. */
    boolean contains(ArticleId id);

    /**
     * Analyses and stores one article, in one transaction: after it returns or throws, the article is stored whole or
     * not at all.
     *
     * @return true when stored, false when the store already had it
     * @throws org.parley.model.StageException when this one article could not be analysed or was refused by the store
     */
    boolean store(Article article);

    /** Called after a poll that stored at least one article: recompute what spans articles (entities, stories). */
    default void afterStored() {
    }
}
