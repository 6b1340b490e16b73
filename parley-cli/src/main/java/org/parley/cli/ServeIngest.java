package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.extract.ArticleAnalyzer;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.StageException;
import org.parley.server.ArticleUpload;
import org.parley.server.IngestResult;
import org.parley.store.AnalysisRejectedException;
import org.parley.store.SaveResult;
import org.parley.store.Store;

/**
 * The server's ingest hook: the same reader, analyzer and store as {@code parley ingest}. A JSON upload is read as
 * a JSON article record; a file upload by its content. The language models load on the first upload, so serving
 * starts fast; entities are re-resolved after each stored upload.
 */
final class ServeIngest implements Function<ArticleUpload, IngestResult> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;
    private final AnalysisOptions options;
    private final ArticleReader reader = new ArticleReader(IngestConfig.defaults());
    private ArticleAnalyzer analyzer;

    ServeIngest(Store store, AnalysisOptions options) {
        this.store = store;
        this.options = options;
    }

    synchronized ArticleAnalyzer analyzer() {
        if (analyzer == null) analyzer = options.analyzer(options.catalog());
        return analyzer;
    }

    @Override
    public IngestResult apply(ArticleUpload upload) {
        boolean json = upload.fileName().isEmpty();
        String name = json ? "upload.json" : upload.fileName();
        byte[] bytes = json ? record(upload) : upload.text().getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        Optional<ArticleId> first = Optional.empty();
        boolean stored = false;
        boolean known = false;
        try (Stream<Outcome<Article>> articles = reader.read(name, new ByteArrayInputStream(bytes))) {
            for (Outcome<Article> outcome : (Iterable<Outcome<Article>>) articles::iterator) {
                switch (outcome) {
                    case Outcome.Failed<Article> f -> problems.add(f.problem());
                    case Outcome.Done<Article> d -> {
                        problems.addAll(d.warnings());
                        Article article = d.value();
                        if (first.isEmpty()) first = Optional.of(article.id());
                        if (store.contains(article.id())) {
                            known = true;
                            continue;
                        }
                        try {
                            ArticleAnalyzer a = analyzer();
                            ArticleAnalysis analysis = a.process(article);
                            problems.addAll(analysis.warnings());
                            stored |= store.save(analysis, a.version()) == SaveResult.STORED;
                        } catch (StageException e) {
                            problems.add(e.problem());
                        } catch (AnalysisRejectedException e) {
                            problems.add(new Problem(article.source(), "store", e.getMessage(), e.hint()));
                        }
                    }
                }
            }
        }
        if (stored) {
            synchronized (ServeIngest.class) {
                Resolution.refresh(store);
                Stories.refresh(store);
            }
        }
        if (first.isEmpty()) {
            return new IngestResult(IngestResult.Status.FAILED, Optional.empty(), problems.isEmpty()
                    ? List.of(new Problem(name, "read", "no article found in the upload", "send a text, HTML, JSON or feed file"))
                    : problems);
        }
        if (stored) return new IngestResult(IngestResult.Status.STORED, first, problems);
        if (known) return new IngestResult(IngestResult.Status.UNCHANGED, first, problems);
        return new IngestResult(IngestResult.Status.FAILED, first, problems.isEmpty()
                ? List.of(new Problem(name, "analyze", "the article could not be stored", "")) : problems);
    }

    private static byte[] record(ArticleUpload u) {
        ObjectNode o = JSON.createObjectNode().put("title", u.title()).put("text", u.text()).put("url", u.url());
        if (!u.source().isEmpty()) o.put("source", u.source());
        u.published().ifPresent(d -> o.put("published", d.toString()));
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }
}
