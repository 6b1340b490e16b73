package org.parley.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.extract.quote.Utterances;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.model.Article;
import org.parley.testkit.Docs;

/** Switching a rule off shows what it is worth: here the readout's "The President" needs office-is-principal. */
class SpeakerAblationTest {
    @Test
    void a_rule_the_judgement_needs_gains_it_and_the_others_gain_nothing() {
        String text = "The President noted that Ukraine needs air defence.";
        Article article = Article.of("readout-1", "readout-1", "President of Ukraine (president.gov.ua)", "President held a meeting",
                "", "", Optional.of(LocalDate.of(2022, 3, 1)), text, text, List.of(), Map.of());
        GoldSpeaker gold = new GoldSpeaker("readout-1", "Ukraine needs air defence", Optional.of("Volodymyr Zelenskyy"),
                Optional.empty(), "readout", false, "dev", 1);

        SpeakerAblation.Table table = new SpeakerAblation(new StanceExtractor(List.of(), StanceLexicon.bundled()))
                .run(List.of(gold), Map.of("readout-1", article), a -> Docs.annotated(a, "GOVERNMENT:Ukraine"));

        assertThat(table.baseline()).containsEntry("dev", 1);
        assertThat(table.rows()).hasSize(Utterances.RULES.rules().size());
        assertThat(table.rows()).filteredOn(r -> r.rule().equals("office-is-principal"))
                .singleElement().satisfies(r -> assertThat(r.gain()).containsEntry("dev", 1));
        assertThat(table.rows()).filteredOn(r -> !r.rule().equals("office-is-principal"))
                .allSatisfy(r -> assertThat(r.gain()).containsEntry("dev", 0));
        assertThat(table.format()).contains("office-is-principal").contains("+1");
    }
}
