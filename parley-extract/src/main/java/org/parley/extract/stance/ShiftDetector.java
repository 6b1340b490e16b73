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
 *   <li>Statements are ordered by date (undated last), then article, then sentence.</li>
 *   <li>Two consecutive statements of at least {@code minConfidence} whose positions differ are a shift
 *       (support to oppose, oppose to mixed …); neutral statements (avoidance) are no position and are skipped.</li>
 *   <li>Every statement the article marks as a change ({@code shift=true}) is a reported shift, with the
 *       statement before it if there is one.</li>
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
            SourcedStance previous = null;
            for (SourcedStance s : sorted) {
                if (s.stance().shift()) {
                    out.add(new Shift(holder, s.stance().issue(), Optional.ofNullable(previous).map(p -> p.stance().position()),
                            s.stance().position(), Optional.ofNullable(previous), s, true));
                }
                if (s.stance().position() == Position.NEUTRAL || s.stance().confidence() < minConfidence) continue;
                if (previous != null && previous.stance().position() != s.stance().position() && !s.stance().shift()) {
                    out.add(new Shift(holder, s.stance().issue(), Optional.of(previous.stance().position()), s.stance().position(),
                            Optional.of(previous), s, false));
                }
                previous = s;
            }
        }
        return out;
    }
}
