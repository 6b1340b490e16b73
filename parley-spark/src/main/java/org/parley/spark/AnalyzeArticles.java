package org.parley.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.parley.extract.ArticleAnalyzer;
import org.parley.model.Article;
import org.parley.model.Problem;
import org.parley.model.StageException;

/**
 * Analyses the articles of a partition with the executor's shared {@link ArticleAnalyzer}, one
 * {@link Schemas#ANALYSED} row per article. The input is sorted by id then source, so an article read twice (the
 * same text from two files) is analysed once, as the first by source. A {@link StageException}, or any other
 * failure on one article, becomes an error row and the partition goes on.
 */
public final class AnalyzeArticles implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final AnalysisConfig config;

    public AnalyzeArticles(AnalysisConfig config) {
        this.config = config;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        ArticleAnalyzer analyzer = Pipelines.get(config).analyzer();
        return new Iterator<>() {
            private String lastId;
            private Row next;

            @Override
            public boolean hasNext() {
                while (next == null && articles.hasNext()) {
                    Row in = articles.next();
                    String id = in.getString(0);
                    if (id.equals(lastId)) continue;
                    lastId = id;
                    next = analyse(analyzer, in);
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    /** The analysis of one article as a row, or an error row naming the article. */
    public static Row analyse(ArticleAnalyzer analyzer, Row in) {
        String source = in.getString(2);
        try {
            Article article = ArticleRows.fromRow(in);
            return AnalysisRows.toRow(analyzer.process(article), Duplicates.signature(article));
        } catch (StageException e) {
            return AnalysisRows.failed(e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            return AnalysisRows.failed(new Problem(source, "analyze", e.toString(),
                    "the other articles were analysed; report this as a Parley bug, with the article"));
        }
    }
}
