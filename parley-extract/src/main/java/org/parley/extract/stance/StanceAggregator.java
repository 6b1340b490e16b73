package org.parley.extract.stance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Position;

/**
 * One row per holder and issue over stances from many articles. Pure: no state between calls.
 *
 * <p>Each statement weighs its confidence times a recency factor {@code 0.5^(age / halfLife)}, age counted back
 * from the holder's latest dated statement on the issue (undated statements weigh half). The overall stance is
 * the heaviest position, except that support and opposition both weighing at least half of the other, and a
 * real share of the total, make it {@link Position#MIXED}: the evidence genuinely splits.
 */
public final class StanceAggregator {
    private final HolderKey key;
    private final double halfLifeDays;

    /**
     * The confidence a statement needs to count in an overall stance, a shift or a conflict unless the user asks
     * otherwise ({@code --min-confidence}): on the dev gold, statements at or above it had the right position 0.91 of
     * the time and those below 0.53 (see README, "Stance confidence").
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    private final double minConfidence;

    public StanceAggregator(HolderKey key, double halfLifeDays) {
        this(key, halfLifeDays, DEFAULT_MIN_CONFIDENCE);
    }

    /** @param minConfidence statements read with less confidence are left out, and a holder with no others gets no row */
    public StanceAggregator(HolderKey key, double halfLifeDays, double minConfidence) {
        if (halfLifeDays <= 0) throw new IllegalArgumentException("half-life must be positive, got " + halfLifeDays);
        if (minConfidence < 0 || minConfidence > 1) throw new IllegalArgumentException("minimum confidence must be in [0, 1], got " + minConfidence);
        this.key = key;
        this.halfLifeDays = halfLifeDays;
        this.minConfidence = minConfidence;
    }

    /** Name-keyed holders, half-life of 180 days. */
    public static StanceAggregator byName() {
        return new StanceAggregator(HolderKey.byName(), 180);
    }

    public List<StanceRow> aggregate(Collection<SourcedStance> stances) {
        Map<String, List<SourcedStance>> groups = new LinkedHashMap<>();
        for (SourcedStance s : stances) {
            if (s.stance().confidence() < minConfidence) continue;
            String holder = key.of(s.article(), s.stance().holder());
            groups.computeIfAbsent(holder + "\u0000" + s.stance().issue(), k -> new ArrayList<>()).add(s);
        }
        List<StanceRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<SourcedStance>> g : groups.entrySet()) {
            String holder = g.getKey().substring(0, g.getKey().indexOf('\u0000'));
            rows.add(row(holder, g.getValue()));
        }
        rows.sort(Comparator.comparing(StanceRow::issue).thenComparing(StanceRow::holder));
        return rows;
    }

    private StanceRow row(String holder, List<SourcedStance> group) {
        List<SourcedStance> sorted = new ArrayList<>(group);
        sorted.sort(ShiftDetector.CHRONOLOGICAL);
        Optional<LocalDate> first = sorted.stream().map(s -> s.stance().date()).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Optional<LocalDate> last = sorted.stream().map(s -> s.stance().date()).flatMap(Optional::stream).max(Comparator.naturalOrder());
        Map<Position, Double> weight = new EnumMap<>(Position.class);
        Map<Position, Integer> counts = new EnumMap<>(Position.class);
        Map<String, Integer> names = new HashMap<>();
        double total = 0;
        for (SourcedStance s : sorted) {
            double recency = s.stance().date().isEmpty() || last.isEmpty() ? 0.5
                    : Math.pow(0.5, ChronoUnit.DAYS.between(s.stance().date().get(), last.get()) / halfLifeDays);
            double w = s.stance().confidence() * recency;
            weight.merge(s.stance().position(), w, Double::sum);
            counts.merge(s.stance().position(), 1, Integer::sum);
            names.merge(s.stance().holder().name(), 1, Integer::sum);
            total += w;
        }
        double support = weight.getOrDefault(Position.SUPPORT, 0.0);
        double oppose = weight.getOrDefault(Position.OPPOSE, 0.0);
        Position overall;
        if (Math.min(support, oppose) >= 0.5 * Math.max(support, oppose) && Math.min(support, oppose) >= 0.2 * total && total > 0) {
            overall = Position.MIXED;
        } else {
            overall = weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Position.NEUTRAL);
        }
        double confidence = total == 0 ? 0 : Math.min(1, weight.getOrDefault(overall, 0.0) / total);
        if (overall == Position.MIXED) confidence = Math.min(1, (weight.getOrDefault(Position.MIXED, 0.0) + support + oppose) / total);
        String name = names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> e.getKey().length())).map(Map.Entry::getKey).orElse(holder);
        return new StanceRow(holder, name, sorted.get(0).stance().issue(), overall, confidence, counts, first, last, sorted);
    }
}
