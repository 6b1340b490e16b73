package org.parley.extract.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * An ordered list of named rules applied to each fact in turn. Immutable and thread-safe when its rules are.
 *
 * @param <C> the per-article context
 * @param <T> the fact
 */
public final class RuleSet<C, T> {
    private final List<Rule<C, T>> rules;
    private final BiFunction<T, String, T> record;

    /**
     * @param rules  in the order they apply
     * @param record adds a rule's name to a fact's provenance, after the rule changed it
     */
    public RuleSet(List<Rule<C, T>> rules, BiFunction<T, String, T> record) {
        this.rules = List.copyOf(rules);
        this.record = Objects.requireNonNull(record, "record is null");
        Set<String> seen = new HashSet<>();
        for (Rule<C, T> r : this.rules) {
            if (!seen.add(r.name())) throw new IllegalArgumentException("two rules are named " + r.name());
        }
    }

    public List<Rule<C, T>> rules() {
        return rules;
    }

    /** The names of the rules, in order. */
    public List<String> names() {
        return rules.stream().map(Rule::name).toList();
    }

    /** The same set with the named rules switched off (for ablation); unknown names are an error. */
    public RuleSet<C, T> without(Set<String> off) {
        Set<String> unknown = new HashSet<>(off);
        names().forEach(unknown::remove);
        if (!unknown.isEmpty()) throw new IllegalArgumentException("no rule named " + unknown + "; rules: " + names());
        return new RuleSet<>(rules.stream().filter(r -> !off.contains(r.name())).toList(), record);
    }

    /** Applies every rule in order to one fact; null when a rule dropped it. */
    public T apply(C context, T fact) {
        T current = fact;
        for (Rule<C, T> r : rules) {
            T next = r.apply().apply(context, current);
            if (next == null) return null;
            if (next != current) current = record.apply(next, r.name());
        }
        return current;
    }

    /** Applies the rules to every fact, keeping the ones no rule dropped. */
    public List<T> applyAll(C context, List<T> facts) {
        List<T> out = new ArrayList<>(facts.size());
        for (T f : facts) {
            T r = apply(context, f);
            if (r != null) out.add(r);
        }
        return out;
    }
}
