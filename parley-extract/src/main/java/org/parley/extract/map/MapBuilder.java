package org.parley.extract.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.parley.extract.stance.SourcedStance;
import org.parley.extract.stance.StanceAggregator;
import org.parley.extract.stance.StanceRow;
import org.parley.model.Condition;
import org.parley.model.Position;

/**
 * Builds the map of one issue from its statements. Pure and thread-safe.
 *
 * <ol>
 *   <li>Statements of other issues, without a date, or outside the window ({@code from} .. {@code at}/{@code to}) are
 *       left out; undated ones are counted as such.</li>
 *   <li>Each speaker's party comes from the {@link PartyResolver}.</li>
 *   <li>Statements below the minimum confidence are counted per party as "not counted" and weigh nothing.</li>
 *   <li>A party's position on a day is {@link StanceAggregator}'s overall stance over its counted statements up to
 *       that day, all its speakers together (confidence times recency, half-life 180 days, counted back from that
 *       day). Walking the days it spoke on, a new segment starts whenever that position changes: the segments are
 *       its lane, their boundaries its shifts, the last one its position at the map's date.</li>
 *   <li>Conditions, demands and red lines are the distinct {@code Stance.condition()}s of its counted statements; it
 *       is "conditional" when a statement of its current position states a condition or demand.</li>
 *   <li>Pairs of parties with at least {@link Overlaps#MIN_STATEMENTS} counted statements are classified by
 *       {@link Overlaps}: one statement is too little to negotiate from, and every pair of a dozen passing
 *       mentions would bury the few pairs that matter.</li>
 * </ol>
 */
public final class MapBuilder {
    static final Comparator<Statement> CHRONOLOGICAL = Comparator
            .<Statement, LocalDate>comparing(s -> s.date().orElse(LocalDate.MAX))
            .thenComparing(s -> s.source().article().value())
            .thenComparingInt(s -> s.stance().sentence())
            .thenComparingInt(s -> s.stance().evidence().start());
    private static final double HALF_LIFE_DAYS = 180;

    private final PartyResolver resolver;
    /** Every statement of a party is one holder to the aggregator: the party is what is weighed. */
    private final StanceAggregator aggregator = new StanceAggregator((article, holder) -> "party", HALF_LIFE_DAYS, 0); // statements below the map's own threshold are already left out

    public MapBuilder(PartyResolver resolver) {
        this.resolver = resolver;
    }

    public IssueMap build(String issue, String name, Collection<Statement> statements, MapOptions options) {
        int undated = 0;
        Map<String, Party> partyBySpeaker = new HashMap<>();
        Map<String, List<Statement>> byParty = new LinkedHashMap<>();
        Map<String, Party> parties = new HashMap<>();
        Optional<LocalDate> latest = Optional.empty();
        for (Statement s : statements) {
            if (!s.stance().issue().equals(issue)) continue;
            if (s.date().isEmpty()) {
                undated++;
                continue;
            }
            if (!options.inWindow(s.date().get())) continue;
            Party p = partyBySpeaker.computeIfAbsent(s.speaker().key() + "@" + s.date().get(),
                    k -> resolver.resolve(s.speaker(), s.date().get()));
            parties.putIfAbsent(p.key(), p);
            byParty.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(s);
            if (latest.isEmpty() || s.date().get().isAfter(latest.get())) latest = s.date();
        }
        LocalDate at = options.until().orElse(latest.orElse(null));
        List<PartyPosition> out = new ArrayList<>();
        for (Map.Entry<String, List<Statement>> e : byParty.entrySet()) {
            party(parties.get(e.getKey()), e.getValue(), options.minConfidence(), at, partyBySpeaker).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(PartyPosition::counted).reversed().thenComparing(p -> p.party().name()));
        return new IssueMap(issue, name, Optional.ofNullable(at), options, out,
                Overlaps.of(out.stream().filter(p -> p.counted() >= Overlaps.MIN_STATEMENTS).toList()), undated);
    }

    private Optional<PartyPosition> party(Party party, List<Statement> all, double minConfidence, LocalDate at,
                                          Map<String, Party> partyBySpeaker) {
        List<Statement> counted = all.stream().filter(s -> s.stance().confidence() >= minConfidence).sorted(CHRONOLOGICAL).toList();
        int notCounted = all.size() - counted.size();
        if (counted.isEmpty()) return Optional.empty();
        List<Segment> segments = segments(counted, at);
        Segment current = segments.get(segments.size() - 1);
        StanceRow overall = weigh(counted);
        List<Statement> ofPosition = counted.stream().filter(s -> s.position() == current.position()).toList();
        boolean conditional = ofPosition.stream().anyMatch(s -> s.stance().condition()
                .filter(c -> c.kind() != Condition.Kind.RED_LINE).isPresent());
        Optional<Statement> last = Optional.of(ofPosition.isEmpty() ? counted.get(counted.size() - 1) : ofPosition.get(ofPosition.size() - 1));
        return Optional.of(new PartyPosition(party, current.position(), conditional, overall.confidence(),
                members(all, partyBySpeaker), counted.size(), notCounted, conditions(counted), last, segments));
    }

    /** Walks the days the party spoke on; a segment ends the day before the weighed position changes. */
    private List<Segment> segments(List<Statement> counted, LocalDate at) {
        TreeSet<LocalDate> days = new TreeSet<>();
        counted.forEach(s -> days.add(s.date().get()));
        List<Segment> out = new ArrayList<>();
        LocalDate start = null;
        Position position = null;
        for (LocalDate day : days) {
            Position p = weigh(counted.stream().filter(s -> !s.date().get().isAfter(day)).toList()).overall();
            if (p == position) continue;
            if (position != null) out.add(segment(counted, start, day.minusDays(1), position));
            start = day;
            position = p;
        }
        LocalDate end = at == null || at.isBefore(days.last()) ? days.last() : at;
        out.add(segment(counted, start, end, position));
        return out;
    }

    private static Segment segment(List<Statement> counted, LocalDate from, LocalDate to, Position position) {
        return new Segment(from, to, position, counted.stream()
                .filter(s -> !s.date().get().isBefore(from) && !s.date().get().isAfter(to)).toList());
    }

    private StanceRow weigh(List<Statement> statements) {
        List<SourcedStance> sources = statements.stream().map(Statement::source).toList();
        return aggregator.aggregate(sources).get(0);
    }

    /** The party's speakers by name (a resolved and an unresolved "Zelenskyy" are one member), most statements first. */
    private static List<PartyPosition.Member> members(List<Statement> all, Map<String, Party> partyBySpeaker) {
        Map<String, Statement> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Statement s : all) {
            String name = s.speaker().name().strip().toLowerCase(Locale.ROOT);
            first.putIfAbsent(name, s);
            counts.merge(name, 1, Integer::sum);
        }
        return first.entrySet().stream()
                .map(e -> new PartyPosition.Member(e.getValue().speaker(),
                        partyBySpeaker.get(e.getValue().speaker().key() + "@" + e.getValue().date().get()).basis(), counts.get(e.getKey())))
                .sorted(Comparator.comparingInt(PartyPosition.Member::statements).reversed().thenComparing(m -> m.speaker().name()))
                .toList();
    }

    /** Distinct conditions (same kind and words, ignoring case and spacing), the latest stated first. */
    private static List<ConditionNote> conditions(List<Statement> counted) {
        Map<String, ConditionNote> notes = new LinkedHashMap<>();
        for (Statement s : counted) {
            if (s.stance().condition().isEmpty()) continue;
            Condition c = s.stance().condition().get();
            String key = c.kind() + "|" + c.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            LocalDate d = s.date().get();
            notes.merge(key, new ConditionNote(c.kind(), c.text().strip(), d, d, 1, s),
                    (old, now) -> new ConditionNote(old.kind(), old.text(), old.first(), now.last(), old.times() + 1, now.latest()));
        }
        return notes.values().stream().sorted(Comparator.comparing(ConditionNote::last).reversed()
                .thenComparing(ConditionNote::kind).thenComparing(ConditionNote::text)).toList();
    }
}
