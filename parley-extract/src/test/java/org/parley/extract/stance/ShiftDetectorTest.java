package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Position;

class ShiftDetectorTest {
    @Test
    void consecutive_dated_statements_that_differ_are_a_shift_with_both_ends() {
        SourcedStance before = Stances.of("a", "Smith", Position.SUPPORT, LocalDate.of(2025, 1, 5));
        SourcedStance neutral = Stances.of("b", "Smith", Position.NEUTRAL, LocalDate.of(2025, 1, 20));
        SourcedStance after = Stances.of("c", "Smith", Position.OPPOSE, LocalDate.of(2025, 2, 1));

        List<Shift> shifts = ShiftDetector.byName().detect(List.of(after, neutral, before));

        assertThat(shifts).singleElement().isEqualTo(new Shift("smith", "membership", Optional.of(Position.SUPPORT), Position.OPPOSE,
                Optional.of(before), after, false));
    }

    @Test
    void an_unchanged_position_is_no_shift() {
        assertThat(ShiftDetector.byName().detect(List.of(Stances.of("a", "Smith", Position.OPPOSE, LocalDate.of(2025, 1, 5)),
                Stances.of("b", "Smith", Position.OPPOSE, LocalDate.of(2025, 2, 5))))).isEmpty();
    }

    @Test
    void a_change_the_article_reports_is_a_shift_even_alone() {
        SourcedStance reported = Stances.of("a", "AP", "Trump", "aid", Position.MIXED, LocalDate.of(2025, 10, 20), 0.3, true, 4);

        assertThat(ShiftDetector.byName().detect(List.of(reported))).singleElement().satisfies(s -> {
            assertThat(s.reported()).isTrue();
            assertThat(s.before()).isEmpty();
            assertThat(s.after()).isEqualTo(reported);
        });
    }

    @Test
    void within_one_article_statements_are_ordered_by_sentence() {
        SourcedStance earlier = Stances.of("a", "AP", "Trump", "aid", Position.SUPPORT, LocalDate.of(2025, 10, 20), 0.6, false, 5);
        SourcedStance later = Stances.of("a", "AP", "Trump", "aid", Position.OPPOSE, LocalDate.of(2025, 10, 20), 0.6, false, 6);

        assertThat(ShiftDetector.byName().detect(List.of(later, earlier))).singleElement()
                .satisfies(s -> assertThat(s.from()).contains(Position.SUPPORT));
    }
}
