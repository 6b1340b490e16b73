package org.parley.extract.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The same quote, or the same reported claim, as carried by one or more articles.
 *
 * @param id                 {@code "claim-" + article id + "@" + span start} of its first source: stable for the
 *                           same input
 * @param text               the representative wording (a direct quote when there is one)
 * @param speaker            the canonical speaker most sources name, if any
 * @param direct             true when at least one source quotes it in quotation marks
 * @param sources            sorted by article id and span
 * @param independentOutlets outlets carrying it, where near-duplicate articles (syndicated copies) count once
 */
public record Claim(String id, String text, Optional<String> speaker, boolean direct, List<ClaimSource> sources,
                    int independentOutlets) {
    public Claim {
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
}
