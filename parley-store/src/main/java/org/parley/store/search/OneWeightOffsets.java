package org.parley.store.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The highlighter's offsets from the postings, with one query weight for all the hits of a search. Lucene's own
 * strategy builds a searcher, rewrites the query and creates its weight again for every hit, which looks every term
 * up in the term dictionary once per hit; here that happens once per search, and each hit only asks the weight for
 * its matches. A hit from a reader the searcher does not hold is left to Lucene's way.
 *
 * <p>One per search and field, used by one thread, as the highlighter uses it.
 */
final class OneWeightOffsets extends PostingsOffsetStrategy {
    private final IndexSearcher searcher;
    private Weight weight;

    OneWeightOffsets(UHComponents components, IndexSearcher searcher) {
        super(components);
        this.searcher = searcher;
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results) throws IOException {
        LeafReaderContext context = contextOf(leaf);
        if (context == null) {
            super.createOffsetsEnumsWeightMatcher(leaf, doc, results);
            return;
        }
        if (weight == null) {
            weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1.0f);
        }
        Matches matches = weight.matches(context, doc);
        if (matches == null) return;
        for (String field : matches) {
            if (!field.equals(getField()) && components.fieldMatcher().test(field)) {
                // Lucene reads another field's clauses against this field's terms; only its own way does that.
                super.createOffsetsEnumsWeightMatcher(leaf, doc, results);
                return;
            }
        }
        MatchesIterator iterator = matches.getMatches(getField());
        if (iterator != null) results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
    }

    private LeafReaderContext contextOf(LeafReader leaf) {
        for (LeafReaderContext context : searcher.getIndexReader().leaves()) {
            if (context.reader() == leaf) return context;
        }
        return null;
    }
}
