package org.parley.store.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring, the same scores, without its allocation: {@link PassageScorer#score} makes a
 * {@code BytesRefHash} (a 32 KB block) for every candidate passage of every hit, which made the highlighter of a
 * 20-hit search allocate megabytes and was most of what a search server allocated under load (so most of its GC
 * pauses). A passage holds few matches, so the distinct terms are found by a scan instead, kept in first-seen order
 * so the sum is taken in the same order as Lucene's.
 */
final class LeanPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int n = 0;
        for (int i = 0; i < matches; i++) {
            int id = 0;
            while (id < n && !distinct[id].equals(terms[i])) id++;
            if (id == n) {
                distinct[n] = terms[i];
                inDoc[n] = freqsInDoc[i];
                n++;
            }
            inPassage[id]++;
        }
        double score = 0;
        for (int id = 0; id < n; id++) score += tf(inPassage[id], passage.getLength()) * weight(contentLength, inDoc[id]);
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
