package org.parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateEstimate;
import org.parley.model.Granularity;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.When;
import org.parley.testkit.Docs;

class DateEstimatorTest {
    private static final DateEstimator ESTIMATOR = new DateEstimator();

    /** A hand-made article with time mentions at the given surfaces, normalised to the given TIMEX values. */
    static AnnotatedArticle withTimes(String text, LocalDate published, String... surfaceValue) {
        AnnotatedArticle doc = Docs.annotated(Docs.article("t.txt", text, published));
        List<TimeMention> times = new ArrayList<>();
        for (String sv : surfaceValue) {
            String surface = sv.substring(0, sv.indexOf('='));
            int at = text.indexOf(surface);
            int sentence = doc.sentences().stream().filter(s -> s.span().start() <= at && at < s.span().end()).findFirst().orElseThrow().index();
            times.add(new TimeMention(new Span(at, at + surface.length()), surface, sv.substring(sv.indexOf('=') + 1), "DATE", sentence));
        }
        return new AnnotatedArticle(doc.article(), doc.sentences(), doc.tokens(), doc.mentions(), times, "testkit");
    }

    @Test
    void metadata_date_is_not_an_estimate() {
        DateEstimate d = ESTIMATOR.estimate(withTimes("Talks began on May 2, 2021.", LocalDate.of(2022, 1, 5), "May 2, 2021=2021-05-02"));

        assertThat(d).isEqualTo(new DateEstimate(Optional.of(LocalDate.of(2022, 1, 5)), false, "metadata"));
    }

    @Test
    void undated_article_takes_the_latest_past_date_and_skips_scheduled_future_ones() {
        DateEstimate d = ESTIMATOR.estimate(withTimes("The talks on March 3, 2025 went well. The next round will be held on April 9, 2025.",
                null, "March 3, 2025=2025-03-03", "April 9, 2025=2025-04-09"));

        assertThat(d.date()).contains(LocalDate.of(2025, 3, 3));
        assertThat(d.estimated()).isTrue();
        assertThat(d.basis()).contains("latest explicit date 2025-03-03");
    }

    @Test
    void president_elect_and_a_day_without_year_are_the_basis_of_the_estimate() {
        String text = "Rutte met President-elect Donald Trump. The two-day summit, starting December 3, brought ministers together. "
                + "The memorandum of 1994 failed, and Moscow violated it in 2014 and again in 2022.";
        DateEstimate d = ESTIMATOR.estimate(withTimes(text, null, "December 3=XXXX-12-03", "1994=1994", "2014=2014", "2022=2022"));

        assertThat(d.estimated()).isTrue();
        assertThat(d.date()).contains(LocalDate.of(2022, 12, 3));
        assertThat(d.basis()).contains("'December 3' in the latest year mentioned, 2022, at the earliest")
                .contains("President-elect' (written between an election and the inauguration)");
    }

    @Test
    void nothing_datable_is_none_but_keeps_role_words() {
        assertThat(ESTIMATOR.estimate(withTimes("Nothing happened.", null))).isEqualTo(DateEstimate.none());
        DateEstimate d = ESTIMATOR.estimate(withTimes("The President-elect spoke.", null));
        assertThat(d.date()).isEmpty();
        assertThat(d.basis()).contains("President-elect");
    }

    @Test
    void relative_values_resolve_against_the_anchor() {
        Optional<LocalDate> friday = Optional.of(LocalDate.of(2025, 2, 14));

        assertThat(TimexValues.when("XXXX-WXX-4", friday)).contains(new When(LocalDate.of(2025, 2, 13), Granularity.DAY, "2025-02-13"));
        assertThat(TimexValues.when("2025-W07", friday).map(When::granularity)).contains(Granularity.WEEK);
        assertThat(TimexValues.when("XXXX-12-03", Optional.of(LocalDate.of(2025, 1, 10))).map(When::date))
                .as("December 3 seen in January is last December").contains(LocalDate.of(2024, 12, 3));
        assertThat(TimexValues.fromWords("last week", friday)).contains(new When(LocalDate.of(2025, 2, 3), Granularity.WEEK, "2025-02-03"));
        assertThat(TimexValues.when("2020-W53", Optional.empty()).map(When::date)).as("ISO week 53 edge").contains(LocalDate.of(2020, 12, 28));
        assertThat(TimexValues.when("P3M", friday)).isEmpty();
    }

    @Test
    void a_date_the_article_looks_back_on_or_a_year_alone_is_not_before_and_leaves_the_date_open() {
        DateEstimate war = ESTIMATOR.estimate(withTimes("The war erupted on February 24, 2022, and the fighting goes on.", null,
                "February 24, 2022=2022-02-24"));
        DateEstimate year = ESTIMATOR.estimate(withTimes("Prices have risen since the invasion in 2022.", null, "2022=2022"));

        assertThat(war.date()).isEmpty();
        assertThat(war.basis()).contains("not before 2022-02-24 (latest explicit date, in a past-tense clause");
        assertThat(year.date()).isEmpty();
        assertThat(year.basis()).contains("not before 2022 (latest year mentioned)");
    }
}
