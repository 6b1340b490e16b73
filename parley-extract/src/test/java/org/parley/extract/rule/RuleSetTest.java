package org.parley.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    /** A fact that keeps the names of the rules that changed it. */
    private record Fact(int value, List<String> rules) {
        Fact with(String rule) {
            List<String> r = new ArrayList<>(rules);
            r.add(rule);
            return new Fact(value, r);
        }
    }

    private static final RuleSet<Integer, Fact> RULES = new RuleSet<>(List.of(
            new Rule<>("add-context", "adds the context", "1 + 2 -> 3", (c, f) -> new Fact(f.value() + c, f.rules())),
            new Rule<>("drop-negative", "drops negative values", "-1 -> dropped", (c, f) -> f.value() < 0 ? null : f),
            new Rule<>("double-small", "doubles values under 10", "3 -> 6", (c, f) -> f.value() < 10 ? new Fact(f.value() * 2, f.rules()) : f)),
            Fact::with);

    @Test
    void only_the_rules_that_changed_a_fact_are_its_provenance() {
        Fact f = RULES.apply(2, new Fact(20, List.of()));
        assertThat(f.value()).isEqualTo(22);
        assertThat(f.rules()).containsExactly("add-context");
    }

    @Test
    void a_rule_may_drop_a_fact() {
        assertThat(RULES.applyAll(0, List.of(new Fact(-1, List.of()), new Fact(3, List.of())))).extracting(Fact::value).containsExactly(6);
    }

    @Test
    void rules_can_be_switched_off_by_name_for_ablation() {
        assertThat(RULES.without(Set.of("double-small")).apply(0, new Fact(3, List.of())).value()).isEqualTo(3);
        assertThatThrownBy(() -> RULES.without(Set.of("no-such-rule"))).hasMessageContaining("no-such-rule");
    }

    @Test
    void names_are_kebab_case_and_unique() {
        assertThatThrownBy(() -> new Rule<Integer, Fact>("Bad Name", "d", "e", (c, f) -> f)).hasMessageContaining("kebab-case");
        Rule<Integer, Fact> same = new Rule<>("same", "d", "e", (c, f) -> f);
        assertThatThrownBy(() -> new RuleSet<>(List.of(same, same), Fact::with)).hasMessageContaining("same");
    }
}
