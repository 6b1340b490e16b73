package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Position;

class StanceAggregatorTest {
    private static final LocalDate JAN = LocalDate.of(2025, 1, 10);
    private static final LocalDate FEB = LocalDate.of(2025, 2, 10);

    @Test
    void one_row_per_holder_and_issue_with_counts_dates_and_evidence() {
        SourcedStance a = Stances.of("a", "Donald Trump", Position.OPPOSE, JAN);
        SourcedStance b = Stances.of("b", "Trump", Position.OPPOSE, FEB);
        SourcedStance c = Stances.of("c", "Mark Rutte", Position.NEUTRAL, FEB);
        HolderKey bySurname = (article, h) -> HolderNames.words(h.name()).get(HolderNames.words(h.name()).size() - 1);

        List<StanceRow> rows = new StanceAggregator(bySurname, 180).aggregate(List.of(b, c, a));

        assertThat(rows).hasSize(2);
        StanceRow trump = rows.stream().filter(r -> r.holder().equals("trump")).findFirst().orElseThrow();
        assertThat(trump.overall()).isEqualTo(Position.OPPOSE);
        assertThat(trump.counts()).containsEntry(Position.OPPOSE, 2);
        assertThat(trump.first()).contains(JAN);
        assertThat(trump.last()).contains(FEB);
        assertThat(trump.evidence()).containsExactly(a, b);
    }

    @Test
    void evidence_that_genuinely_splits_is_mixed() {
        List<StanceRow> rows = StanceAggregator.byName().aggregate(List.of(
                Stances.of("a", "Smith", Position.SUPPORT, FEB), Stances.of("b", "Smith", Position.OPPOSE, FEB)));

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.overall()).isEqualTo(Position.MIXED));
    }

    @Test
    void recent_statements_outweigh_old_ones() {
        List<StanceRow> rows = new StanceAggregator(HolderKey.byName(), 30).aggregate(List.of(
                Stances.of("a", "Smith", Position.SUPPORT, LocalDate.of(2024, 1, 1)),
                Stances.of("b", "Smith", Position.SUPPORT, LocalDate.of(2024, 1, 2)),
                Stances.of("c", "Smith", Position.OPPOSE, FEB)));

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.overall()).isEqualTo(Position.OPPOSE));
    }
}
