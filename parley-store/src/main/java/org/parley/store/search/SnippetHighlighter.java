package org.parley.store.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, made cheaper for a search that shows a page of hits:
 * <ul>
 *   <li>texts come from the documents the search already read, not read (decompressed) a second time;</li>
 *   <li>sentences are found by {@link SentenceBreaks}, one scan per text;</li>
 *   <li>a prefix or other multi-term query reads its offsets from the postings like any other query, instead of
 *       analysing each hit's whole text again;</li>
 *   <li>the query's weight is made once per search ({@link OneWeightOffsets}), not once per hit;</li>
 *   <li>passages are scored by {@link LeanPassageScorer} and formatted into {@link Snippet}s.</li>
 * </ul>
 * The snippets are the ones Lucene's highlighter makes with the same break iterator (checked by
 * {@code SnippetHighlighterTest}). One per search: not thread-safe.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private final IntFunction<Document> documents;

    private SnippetHighlighter(IntFunction<Document> documents, Builder builder) {
        super(builder);
        this.documents = documents;
    }

    /** A highlighter over {@code searcher} whose texts are the stored fields of {@code documents} (by doc id). */
    static SnippetHighlighter of(IndexSearcher searcher, Analyzer analyzer, IntFunction<Document> documents) {
        return new SnippetHighlighter(documents, settings(searcher, analyzer));
    }

    /** The settings we highlight with, given here so a test can build Lucene's own highlighter alike. */
    static Builder settings(IndexSearcher searcher, Analyzer analyzer) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(SentenceBreaks::new)
                .withFormatter(new SnippetFormatter())
                .withScorer(new LeanPassageScorer())
                .withMaxLength(2_000_000)
                .withMaxNoHighlightPassages(1);
    }

    /** For each of {@code docIds}, its {@link Snippet} of at most {@code passages} passages of {@code field}, or null. */
    Object[] highlight(String field, Query query, int[] docIds, int passages) throws IOException {
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {passages}).get(field);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            Document d = documents.apply(doc);
            if (d == null) throw new IllegalStateException("document " + doc + " was not read before highlighting");
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String value = d.get(fields[f]);
                // As Lucene's own loading: a missing field is empty, and text past the maximum length is not read.
                values[f] = value == null ? "" : value.length() > getMaxLength() ? value.substring(0, getMaxLength()) : value;
            }
            out.add(values);
        }
        return out;
    }

    /**
     * Lucene reads the offsets of a query with a prefix or another multi-term part by analysing each hit's whole
     * text again into a one-document index, which its classic highlighting needs. In weight-matches mode (the
     * default) the query's own matches over the postings give the same offsets, when the field indexes them.
     */
    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
        OffsetSource source = super.getOptimizedOffsetSource(components);
        boolean postingsHoldOffsets = getOffsetSource(components.field()) == OffsetSource.POSTINGS;
        return source == OffsetSource.ANALYSIS && postingsHoldOffsets && weightMatches(components) ? OffsetSource.POSTINGS : source;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        return source == OffsetSource.POSTINGS && weightMatches(components)
                ? new OneWeightOffsets(components, searcher) : super.getOffsetStrategy(source, components);
    }

    private static boolean weightMatches(UHComponents components) {
        return components.highlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
    }
}
