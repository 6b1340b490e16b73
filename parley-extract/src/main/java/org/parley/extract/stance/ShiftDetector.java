package org.parley.extract.stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Position;

/**
 * Finds changes of position per holder and issue over stances from many articles. Pure.
 *
 * <ol>
 *   <li>Only dated statements of at least {@code minConfidence} count; neutral statements (avoidance) are no
 *       position.</li>
 *   <li>Each day's statements give that day's position: the one with most confidence behind it, if it has a clear
 *       majority of it; a day that splits says nothing sure and is passed over.</li>
 *   <li>Days in a row with one position make a run; runs of fewer than {@link #MIN_RUN_DAYS} days are dropped as
 *       unsure. Two neighbouring runs with different positions are a shift (support to oppose, oppose to mixed …),
 *       shown with the last statement of the one and the first of the other. Two readings of one day, or of one
 *       article, never make a shift.</li>
 *   <li>Every statement of at least {@code minConfidence} that the article marks as a change ({@code shift=true}) is a
 *       reported shift, with the latest statement dated before it if there is one.</li>
 * </ol>
 */
public final class ShiftDetector {
    /** Oldest first; undated after dated; then by article and sentence. */
    static final Comparator<SourcedStance> CHRONOLOGICAL = Comparator
            .<SourcedStance, LocalDate>comparing(s -> s.stance().date().orElse(LocalDate.MAX))
            .thenComparing(s -> s.article().value())
            .thenComparingInt(s -> s.stance().sentence());

    private final HolderKey key;
    private final double minConfidence;

    public ShiftDetector(HolderKey key, double minConfidence) {
        this.key = key;
        this.minConfidence = minConfidence;
    }

    public static ShiftDetector byName() {
        return new ShiftDetector(HolderKey.byName(), StanceAggregator.DEFAULT_MIN_CONFIDENCE);
    }

    public List<Shift> detect(Collection<SourcedStance> stances) {
        Map<String, List<SourcedStance>> groups = new LinkedHashMap<>();
        for (SourcedStance s : stances) {
            groups.computeIfAbsent(key.of(s.article(), s.stance().holder()) + "\u0000" + s.stance().issue(), k -> new ArrayList<>()).add(s);
        }
        List<Shift> out = new ArrayList<>();
        for (Map.Entry<String, List<SourcedStance>> g : groups.entrySet()) {
            String holder = g.getKey().substring(0, g.getKey().indexOf('\u0000'));
            List<SourcedStance> sorted = new ArrayList<>(g.getValue());
            sorted.sort(CHRONOLOGICAL);
            for (SourcedStance s : sorted) {
                if (s.stance().shift() && s.stance().confidence() >= minConfidence) {
                    SourcedStance before = lastBefore(sorted, s);
                    out.add(new Shift(holder, s.stance().issue(), Optional.ofNullable(before).map(p -> p.stance().position()),
                            s.stance().position(), Optional.ofNullable(before), s, true));
                }
            }
            List<List<SourcedStance>> runs = new ArrayList<>();
            for (List<SourcedStance> day : days(sorted)) {
                SourcedStance said = consensus(day);
                if (said == null) continue;
                List<SourcedStance> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && last.get(0).stance().position() == said.stance().position()) last.add(said);
                else runs.add(new ArrayList<>(List.of(said)));
            }
            runs.removeIf(r -> r.size() < MIN_RUN_DAYS);
            for (int i = 1; i < runs.size(); i++) {
                List<SourcedStance> a = runs.get(i - 1);
                List<SourcedStance> b = runs.get(i);
                if (a.get(0).stance().position() == b.get(0).stance().position()) continue;
                SourcedStance before = a.get(a.size() - 1);
                SourcedStance after = b.get(0);
                out.add(new Shift(holder, after.stance().issue(), Optional.of(before.stance().position()), after.stance().position(),
                        Optional.of(before), after, false));
            }
        }
        return out;
    }

    /** The latest confident statement dated before {@code s}, or null. */
    private SourcedStance lastBefore(List<SourcedStance> sorted, SourcedStance s) {
        SourcedStance before = null;
        for (SourcedStance p : sorted) {
            if (p == s) break;
            if (counts(p) && p.stance().date().isPresent() && s.stance().date().isPresent()
                    && p.stance().date().get().isBefore(s.stance().date().get())) before = p;
        }
        return before;
    }

    private boolean counts(SourcedStance s) {
        return s.stance().position() != Position.NEUTRAL && s.stance().confidence() >= minConfidence;
    }

    /** The confident, dated statements grouped by day, oldest first. Undated statements cannot be put in time. */
    private List<List<SourcedStance>> days(List<SourcedStance> sorted) {
        Map<java.time.LocalDate, List<SourcedStance>> byDay = new java.util.TreeMap<>();
        for (SourcedStance s : sorted) {
            if (counts(s) && s.stance().date().isPresent()) byDay.computeIfAbsent(s.stance().date().get(), d -> new ArrayList<>()).add(s);
        }
        return new ArrayList<>(byDay.values());
    }

    /**
     * What the holder said on one day: the position with most confidence behind it, and its surest statement. A day
     * whose statements split (the top position under {@link #DAY_MAJORITY} of the weight) says nothing sure, since one
     * holder rarely changes course within a day while a misread sentence often disagrees with the rest.
     */
    private static SourcedStance consensus(List<SourcedStance> day) {
        Map<Position, Double> weight = new java.util.EnumMap<>(Position.class);
        double total = 0;
        for (SourcedStance s : day) {
            weight.merge(s.stance().position(), s.stance().confidence(), Double::sum);
            total += s.stance().confidence();
        }
        Map.Entry<Position, Double> top = weight.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (top.getValue() < DAY_MAJORITY * total) return null;
        return day.stream().filter(s -> s.stance().position() == top.getKey())
                .max(Comparator.comparingDouble(s -> s.stance().confidence())).orElseThrow();
    }

    static final double DAY_MAJORITY = 0.65;
    /**
     * Days a position must be said on, one after another, before a change from it or to it counts: one misread
     * sentence then cannot make a shift (read by hand on the press corpus, 1 of 20 shifts between single days was real).
     */
    static final int MIN_RUN_DAYS = 2;
}
