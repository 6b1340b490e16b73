package org.parley.extract.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The map of one issue at one date: every party's position with its conditions and history, and how the parties'
 * positions relate.
 *
 * @param at        the date the positions hold on (the options' date, else the latest statement's)
 * @param parties   the parties with a counted statement, most statements first
 * @param overlaps  every pair of parties with a position (not neutral), irreconcilable first
 * @param undated   statements with no date of their own or of their article: not placed on the map
 */
public record IssueMap(String issue, String name, Optional<LocalDate> at, MapOptions options, List<PartyPosition> parties,
                       List<Overlap> overlaps, int undated) {
    public IssueMap {
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(options, "options is null");
        parties = List.copyOf(parties);
        overlaps = List.copyOf(overlaps);
    }

    public Optional<PartyPosition> party(String key) {
        return parties.stream().filter(p -> p.party().key().equals(key)).findFirst();
    }
}
