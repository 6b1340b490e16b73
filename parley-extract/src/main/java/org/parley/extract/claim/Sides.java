package org.parley.extract.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects evidence per version of a disputed fact, in a stable order. */
final class Sides {
    private static final Comparator<ConflictEvidence> ORDER = Comparator
            .comparing((ConflictEvidence e) -> e.date().orElse(LocalDate.MAX))
            .thenComparing(e -> e.article().value()).thenComparing(ConflictEvidence::span);

    private final Map<String, List<ConflictEvidence>> byValue = new TreeMap<>();

    void add(String value, ConflictEvidence evidence) {
        List<ConflictEvidence> list = byValue.computeIfAbsent(value, k -> new ArrayList<>());
        if (!list.contains(evidence)) list.add(evidence);
    }

    /** Sides by value (alphabetical), each side's evidence by date, article and span. */
    List<ConflictSide> sorted() {
        return sorted(Comparator.comparing(ConflictSide::value));
    }

    List<ConflictSide> sorted(Comparator<ConflictSide> order) {
        List<ConflictSide> out = new ArrayList<>();
        byValue.forEach((value, evidence) -> out.add(new ConflictSide(value, evidence.stream().sorted(ORDER).toList())));
        out.sort(order);
        return out;
    }
}
