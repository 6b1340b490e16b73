package org.parley.cli;

import java.util.Objects;
import java.util.function.Supplier;
import org.parley.cli.watch.ArticleSink;
import org.parley.extract.ArticleAnalyzer;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.StageException;
import org.parley.store.AnalysisRejectedException;
import org.parley.store.SaveResult;
import org.parley.store.Store;

/**
 * The watcher's way into the store: the same analyzer and {@code Store.save} as {@code parley ingest} and the
 * server's upload, and the same refresh of entities and stories after new articles.
 */
final class WatchSink implements ArticleSink {
    private final Store store;
    private final Supplier<ArticleAnalyzer> analyzer;
    private final Runnable afterRefresh;

    /**
     * @param analyzer     the pipeline, loaded once (and lazily under {@code serve})
     * @param afterRefresh what else must learn of new articles (the server's listings), or nothing
     */
    WatchSink(Store store, Supplier<ArticleAnalyzer> analyzer, Runnable afterRefresh) {
        this.store = Objects.requireNonNull(store, "store is null");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer is null");
        this.afterRefresh = Objects.requireNonNull(afterRefresh, "afterRefresh is null");
    }

    @Override
    public boolean contains(ArticleId id) {
        return store.contains(id);
    }

    @Override
    public boolean store(Article article) {
        ArticleAnalyzer a = analyzer.get();
        ArticleAnalysis analysis;
        try {
            analysis = a.process(article);
        } catch (StageException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // as in parley ingest: a bug of ours on one article is reported and the watch goes on
            throw new StageException("analyze", article.source(), "internal error: " + e,
                    "this is a bug in Parley; please report it with this feed item or file");
        }
        try {
            return store.save(analysis, a.version()) == SaveResult.STORED;
        } catch (AnalysisRejectedException e) {
            throw new StageException("store", article.source(), e.getMessage(), e.hint());
        }
    }

    @Override
    public void afterStored() {
        synchronized (ServeIngest.class) {
            Resolution.refresh(store);
            Stories.refresh(store);
        }
        afterRefresh.run();
    }
}
