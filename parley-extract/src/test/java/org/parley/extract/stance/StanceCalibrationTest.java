package org.parley.extract.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StanceCalibrationTest {
    private static final String TABLE = "# rule\tstatements\tright\n*\t100\t80\nturn-speaker\t40\t20\nreadout-principal\t20\t20\n";

    @Test
    void a_rule_that_was_often_wrong_lowers_the_confidence_and_one_always_right_raises_it() {
        StanceCalibration c = StanceCalibration.parse("table", TABLE);

        double base = c.confidence(List.of());
        assertThat(base).isBetween(0.78, 0.81);
        assertThat(c.confidence(List.of("turn-speaker"))).isLessThan(0.6);
        assertThat(c.confidence(List.of("readout-principal"))).isGreaterThan(0.85).isLessThanOrEqualTo(0.95);
        assertThat(c.confidence(List.of("a-rule-never-judged"))).isEqualTo(base);
    }

    @Test
    void the_table_written_from_judged_statements_reads_back() {
        String written = StanceCalibration.table(List.of(Map.entry(List.of("turn-speaker", "negation"), false),
                Map.entry(List.of("turn-speaker"), true), Map.entry(List.of("readout-principal"), true)), "from a test");

        assertThat(written).contains("# from a test", "*\t3\t2", "turn-speaker\t2\t1", "negation\t1\t0");
        StanceCalibration c = StanceCalibration.parse("written", written);
        assertThat(c.confidence(List.of("negation"))).isLessThan(c.confidence(List.of("readout-principal")));
    }

    @Test
    void a_bad_line_names_its_source_and_number() {
        assertThatThrownBy(() -> StanceCalibration.parse("cal.tsv", "*\t10\t5\nnegation\tten\t1\n"))
                .hasMessageContaining("cal.tsv line 2").hasMessageContaining("rule<TAB>statements<TAB>right");
        assertThatThrownBy(() -> StanceCalibration.parse("cal.tsv", "negation\t10\t5\n")).hasMessageContaining("no '*' row");
    }

    @Test
    void the_bundled_table_loads() {
        assertThat(StanceCalibration.bundled().confidence(List.of("term-exact"))).isBetween(0.05, 0.95);
    }
}
