package org.parley.extract.rule;

import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One named rule of an extractor: a shape of language and what it does to a fact. A rule returns the fact it was
 * given (the same instance) when it does not apply, so a {@link RuleSet} knows which rules changed what, records
 * their names as the fact's provenance, and can switch each one off by name.
 *
 * @param name        short, stable, kebab-case: it is stored with every fact the rule touched
 * @param description one line: what shape it reads and what it decides
 * @param example     a sentence it applies to, with the outcome
 * @param apply       (context, fact) -> the fact, changed or the same instance
 * @param <C>         the per-article context every rule of the set reads
 * @param <T>         the fact
 */
public record Rule<C, T>(String name, String description, String example, BiFunction<C, T, T> apply) {
    public Rule {
        Objects.requireNonNull(name, "name is null");
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("rule name '" + name + "' is not kebab-case");
        }
        Objects.requireNonNull(description, "description is null");
        Objects.requireNonNull(example, "example is null");
        Objects.requireNonNull(apply, "apply is null");
    }
}
