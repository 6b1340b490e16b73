package org.parley.model;

import java.util.List;
import java.util.Objects;

/** The result of one stage on one input: a value with warnings, or a problem that stopped it. */
public sealed interface Outcome<T> {
    record Done<T>(T value, List<Problem> warnings) implements Outcome<T> {
        public Done {
            Objects.requireNonNull(value, "value is null");
            warnings = List.copyOf(warnings);
        }
    }

    record Failed<T>(Problem problem) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(problem, "problem is null");
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value, List.of());
    }

    static <T> Outcome<T> failed(Problem problem) {
        return new Failed<>(problem);
    }
}
