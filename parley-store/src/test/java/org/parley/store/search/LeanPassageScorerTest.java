package org.parley.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {
    private static final String[] WORDS = {"said", "the", "president", "ceasefire", "talks", "minister"};

    @Test
    void passages_score_exactly_as_lucenes_scorer_scores_them() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        Random random = new Random(20261127);
        for (int round = 0; round < 2_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 600);
            int at = start;
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                at += 1 + random.nextInt(40);
                String word = WORDS[random.nextInt(WORDS.length)];
                // The frequency in the document belongs to the term; a passage sees the same one at each match.
                p.addMatch(at, at + word.length(), new BytesRef(word), 1 + Math.floorMod(word.hashCode() * (round + 1), 50));
            }
            int contentLength = p.getEndOffset() + random.nextInt(100_000);
            assertThat(lean.score(p, contentLength)).as("round %d: %s", round, p).isEqualTo(lucene.score(p, contentLength));
        }
    }

    @Test
    void a_passage_without_matches_scores_zero() {
        Passage p = new Passage();
        p.setStartOffset(10);
        p.setEndOffset(90);
        assertThat(new LeanPassageScorer().score(p, 1_000)).isZero().isEqualTo(new PassageScorer().score(p, 1_000));
    }
}
