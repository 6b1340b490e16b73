package org.parley.extract.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryEvalTest {
    // gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}
    private final Map<Integer, String> gold = Map.of(1, "A", 2, "A", 3, "A", 4, "B", 5, "B");
    private final Map<Integer, String> predicted = Map.of(1, "X", 2, "X", 3, "Y", 4, "Y", 5, "Y");

    @Test
    void bcubed_matches_the_hand_computed_example() {
        // precision per item: 1, 1, 1/3, 2/3, 2/3; recall per item: 2/3, 2/3, 1/3, 1, 1; both average 11/15
        StoryEval.Scores s = StoryEval.bcubed(predicted, gold);

        assertThat(s.precision()).isCloseTo(11.0 / 15, offset(1e-12));
        assertThat(s.recall()).isCloseTo(11.0 / 15, offset(1e-12));
        assertThat(s.f1()).isCloseTo(11.0 / 15, offset(1e-12));
    }

    @Test
    void pairwise_matches_the_hand_computed_example() {
        // predicted pairs 1-2, 3-4, 3-5, 4-5; gold pairs 1-2, 1-3, 2-3, 4-5; right: 1-2 and 4-5
        StoryEval.Scores s = StoryEval.pairwise(predicted, gold);

        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
    }

    @Test
    void all_singletons_have_perfect_bcubed_precision_and_low_recall() {
        Map<Integer, String> singletons = Map.of(1, "1", 2, "2", 3, "3", 4, "4", 5, "5");

        StoryEval.Scores s = StoryEval.bcubed(singletons, gold);

        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo((1.0 / 3 * 3 + 0.5 * 2) / 5, offset(1e-12));
    }

    @Test
    void scoring_different_items_is_refused() {
        assertThatThrownBy(() -> StoryEval.bcubed(Map.of(1, "X"), gold)).hasMessageContaining("different items");
    }
}
