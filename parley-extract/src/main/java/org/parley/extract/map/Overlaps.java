package org.parley.extract.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.model.Condition;
import org.parley.model.Position;

/**
 * Classifies every pair of parties that hold a position (neutral parties hold none) by {@link Overlap.Kind}:
 * <ul>
 *   <li>the same position on both sides: {@code AGREE}, or {@code UNDER_CONDITIONS} when either states terms;</li>
 *   <li>support against opposition: {@code UNDER_CONDITIONS} when either states terms (a condition or a demand can
 *       be met), else {@code IRRECONCILABLE};</li>
 *   <li>a mixed position on either side: {@code OPEN}.</li>
 * </ul>
 * Red lines never make a pair compatible: they are listed with the party, not traded here.
 */
final class Overlaps {
    /** Parties with fewer counted statements are left out of the pairs. */
    static final int MIN_STATEMENTS = 2;
    private Overlaps() {
    }

    static List<Overlap> of(List<PartyPosition> parties) {
        List<Overlap> out = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                PartyPosition a = parties.get(i);
                PartyPosition b = parties.get(j);
                if (a.position() == Position.NEUTRAL || b.position() == Position.NEUTRAL) continue;
                out.add(pair(a, b));
            }
        }
        out.sort(Comparator.comparing(Overlap::kind).reversed());
        return out;
    }

    static Overlap pair(PartyPosition a, PartyPosition b) {
        List<ConditionNote> terms = new ArrayList<>(terms(a));
        terms.addAll(terms(b));
        String both = a.party().name() + ": " + a.label() + "; " + b.party().name() + ": " + b.label();
        if (a.position() == Position.MIXED || b.position() == Position.MIXED) {
            return new Overlap(a.party(), b.party(), Overlap.Kind.OPEN, both + ": a mixed position neither matches nor clashes", terms);
        }
        boolean withTerms = a.conditional() || b.conditional();
        if (a.position() == b.position()) {
            return new Overlap(a.party(), b.party(), withTerms ? Overlap.Kind.UNDER_CONDITIONS : Overlap.Kind.AGREE,
                    both + (withTerms ? ": the same outcome, on the terms stated" : ": the same outcome, on no stated terms"), terms);
        }
        return withTerms
                ? new Overlap(a.party(), b.party(), Overlap.Kind.UNDER_CONDITIONS, both + ": opposite, but terms are stated that could bridge them", terms)
                : new Overlap(a.party(), b.party(), Overlap.Kind.IRRECONCILABLE, both + ": opposite, and neither states terms", terms);
    }

    /** The conditions and demands behind a party's current position. */
    private static List<ConditionNote> terms(PartyPosition p) {
        return p.conditions().stream().filter(c -> c.kind() != Condition.Kind.RED_LINE && c.latest().position() == p.position()).toList();
    }
}
