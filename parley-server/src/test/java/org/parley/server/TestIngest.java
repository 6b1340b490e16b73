package org.parley.server;

import java.util.Map;
import java.util.function.Function;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.DateEstimate;
import org.parley.model.Problem;
import org.parley.store.SaveResult;
import org.parley.store.Store;
import org.parley.testkit.Docs;

/**
 * An ingest hook for tests: reads the upload as plain text, annotates it with the testkit's rule tokenizer
 * (no models), extracts nothing, and saves it in the real store.
 */
final class TestIngest implements Function<ArticleUpload, IngestResult> {
    private final Store store;

    TestIngest(Store store) {
        this.store = store;
    }

    @Override
    public IngestResult apply(ArticleUpload u) {
        if (u.text().strip().length() < 10) {
            return IngestResult.failed(new Problem("upload", "read", "the article is too short to analyse", "send the whole text"));
        }
        String source = u.source().isEmpty() ? "upload" : u.source();
        Article a = Article.of(u.fileName().isEmpty() ? source : u.fileName(), source, u.source(), u.title(), "", u.url(),
                u.published(), u.text(), u.text(), java.util.List.of(), Map.of());
        DateEstimate date = u.published().isPresent() ? new DateEstimate(u.published(), false, "metadata") : DateEstimate.none();
        ArticleAnalysis analysis = new ArticleAnalysis(Docs.annotated(a), date, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of());
        return store.save(analysis, "test-ingest") == SaveResult.STORED
                ? IngestResult.stored(a.id(), java.util.List.of()) : IngestResult.unchanged(a.id());
    }
}
