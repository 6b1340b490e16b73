package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.Position;

class ShiftDetectorTest {
    @Test
    void a_position_said_on_two_days_then_another_said_on_two_days_is_a_shift_with_both_ends() {
        SourcedStance first = Stances.of("a", "Smith", Position.SUPPORT, LocalDate.of(2025, 1, 5));
        SourcedStance before = Stances.of("b", "Smith", Position.SUPPORT, LocalDate.of(2025, 1, 9));
        SourcedStance neutral = Stances.of("c", "Smith", Position.NEUTRAL, LocalDate.of(2025, 1, 20));
        SourcedStance after = Stances.of("d", "Smith", Position.OPPOSE, LocalDate.of(2025, 2, 1));
        SourcedStance again = Stances.of("e", "Smith", Position.OPPOSE, LocalDate.of(2025, 2, 8));

        List<Shift> shifts = ShiftDetector.byName().detect(List.of(again, after, neutral, before, first));

        assertThat(shifts).singleElement().isEqualTo(new Shift("smith", "membership", Optional.of(Position.SUPPORT), Position.OPPOSE,
                Optional.of(before), after, false));
    }

    @Test
    void one_day_against_the_rest_is_a_misreading_more_often_than_a_shift() {
        assertThat(ShiftDetector.byName().detect(List.of(Stances.of("a", "Smith", Position.SUPPORT, LocalDate.of(2025, 1, 5)),
                Stances.of("b", "Smith", Position.SUPPORT, LocalDate.of(2025, 1, 9)),
                Stances.of("c", "Smith", Position.OPPOSE, LocalDate.of(2025, 2, 1))))).isEmpty();
    }

    @Test
    void an_unchanged_position_is_no_shift() {
        assertThat(ShiftDetector.byName().detect(List.of(Stances.of("a", "Smith", Position.OPPOSE, LocalDate.of(2025, 1, 5)),
                Stances.of("b", "Smith", Position.OPPOSE, LocalDate.of(2025, 2, 5))))).isEmpty();
    }

    @Test
    void a_change_the_article_reports_is_a_shift_even_alone() {
        SourcedStance reported = Stances.of("a", "AP", "Trump", "aid", Position.MIXED, LocalDate.of(2025, 10, 20), 0.6, true, 4);

        assertThat(ShiftDetector.byName().detect(List.of(reported))).singleElement().satisfies(s -> {
            assertThat(s.reported()).isTrue();
            assertThat(s.before()).isEmpty();
            assertThat(s.after()).isEqualTo(reported);
        });
    }

    @Test
    void two_readings_of_one_day_are_no_shift_and_a_split_day_says_nothing() {
        SourcedStance earlier = Stances.of("a", "AP", "Trump", "aid", Position.SUPPORT, LocalDate.of(2025, 10, 20), 0.6, false, 5);
        SourcedStance later = Stances.of("a", "AP", "Trump", "aid", Position.OPPOSE, LocalDate.of(2025, 10, 20), 0.6, false, 6);
        assertThat(ShiftDetector.byName().detect(List.of(later, earlier))).as("one article, one day").isEmpty();

        SourcedStance nextWeek = Stances.of("b", "AP", "Trump", "aid", Position.OPPOSE, LocalDate.of(2025, 10, 27), 0.6, false, 1);
        assertThat(ShiftDetector.byName().detect(List.of(later, earlier, nextWeek)))
                .as("the split day is passed over, so nothing before the opposition is sure").isEmpty();

        SourcedStance weekBefore = Stances.of("c", "AP", "Trump", "aid", Position.SUPPORT, LocalDate.of(2025, 10, 13), 0.7, false, 1);
        SourcedStance twoWeeksBefore = Stances.of("d", "AP", "Trump", "aid", Position.SUPPORT, LocalDate.of(2025, 10, 6), 0.7, false, 1);
        SourcedStance twoWeeksAfter = Stances.of("e", "AP", "Trump", "aid", Position.OPPOSE, LocalDate.of(2025, 11, 3), 0.7, false, 1);
        assertThat(ShiftDetector.byName().detect(List.of(later, earlier, nextWeek, weekBefore, twoWeeksBefore, twoWeeksAfter)))
                .singleElement().satisfies(s -> {
                    assertThat(s.from()).contains(Position.SUPPORT);
                    assertThat(s.before().orElseThrow().article().value()).isEqualTo("c");
                    assertThat(s.after().article().value()).isEqualTo("b");
                });
    }
}
