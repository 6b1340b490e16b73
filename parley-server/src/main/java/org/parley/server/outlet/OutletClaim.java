package org.parley.server.outlet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quote or reported claim carried by one or more articles.
 *
 * @param id                 stable for the same stored articles: {@code claim-<first source's article>@<start>}
 * @param speaker            the speaker most sources name, if any
 * @param independentOutlets outlets carrying it, near-duplicate (syndicated) articles counted once
 */
public record OutletClaim(String id, String text, Optional<String> speaker, boolean direct, List<OutletEvidence> sources,
                          int independentOutlets) {
    public OutletClaim {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(speaker, "speaker is null");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) throw new IllegalArgumentException("claim " + id + " has no source");
        if (independentOutlets < 1 || independentOutlets > sources.size()) {
            throw new IllegalArgumentException("claim %s: %d independent outlets for %d sources"
                    .formatted(id, independentOutlets, sources.size()));
        }
    }

    /** Carried by two or more independent outlets. */
    public boolean corroborated() {
        return independentOutlets >= 2;
    }
}
