package org.parley.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.nlp.internal.RelativeDates.Tense;

class RelativeDatesTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 2, 14);

    @Test
    void bare_weekday_in_a_past_report_is_the_latest_one_up_to_the_publication_day() {
        assertThat(RelativeDates.resolve("Thursday", FRIDAY, Tense.PAST)).hasValue("2025-02-13");
        assertThat(RelativeDates.resolve("Friday", FRIDAY, Tense.UNKNOWN)).hasValue("2025-02-14");
        assertThat(RelativeDates.resolve("Saturday", FRIDAY, Tense.PAST)).hasValue("2025-02-08");
    }

    @Test
    void bare_weekday_with_a_future_verb_is_the_next_one() {
        assertThat(RelativeDates.resolve("on Thursday", FRIDAY, Tense.FUTURE)).hasValue("2025-02-20");
        assertThat(RelativeDates.resolve("Saturday", FRIDAY, Tense.FUTURE)).hasValue("2025-02-15");
    }

    @Test
    void modified_weekdays_and_parts_of_day() {
        assertThat(RelativeDates.resolve("last Monday", FRIDAY, Tense.FUTURE)).hasValue("2025-02-10");
        assertThat(RelativeDates.resolve("next Monday", FRIDAY, Tense.PAST)).hasValue("2025-02-17");
        assertThat(RelativeDates.resolve("this Sunday", FRIDAY, Tense.PAST)).hasValue("2025-02-16");
        assertThat(RelativeDates.resolve("Thursday  evening", FRIDAY, Tense.PAST)).hasValue("2025-02-13TEV");
    }

    @Test
    void weeks_are_iso_weeks_across_the_year_boundary() {
        LocalDate lateDecember = LocalDate.of(2024, 12, 30);

        assertThat(RelativeDates.resolve("next week", lateDecember, Tense.UNKNOWN)).hasValue("2025-W02");
        assertThat(RelativeDates.resolve("this week", lateDecember, Tense.UNKNOWN)).hasValue("2025-W01");
        assertThat(RelativeDates.resolve("last week", LocalDate.of(2021, 1, 3), Tense.UNKNOWN)).hasValue("2020-W52");
    }

    @Test
    void months_years_and_adjacent_days() {
        assertThat(RelativeDates.resolve("last month", LocalDate.of(2025, 1, 10), Tense.PAST)).hasValue("2024-12");
        assertThat(RelativeDates.resolve("next year", FRIDAY, Tense.PAST)).hasValue("2026");
        assertThat(RelativeDates.resolve("Yesterday", LocalDate.of(2025, 3, 1), Tense.PAST)).hasValue("2025-02-28");
        assertThat(RelativeDates.resolve("tomorrow", FRIDAY, Tense.PAST)).hasValue("2025-02-15");
    }

    @Test
    void other_expressions_are_left_to_sutime() {
        assertThat(RelativeDates.resolve("February 24, 2022", FRIDAY, Tense.PAST)).isEmpty();
        assertThat(RelativeDates.resolve("the past three weeks", FRIDAY, Tense.PAST)).isEmpty();
    }
}
