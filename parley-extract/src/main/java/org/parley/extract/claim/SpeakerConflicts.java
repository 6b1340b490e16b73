package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.extract.story.DuplicateGroups;
import org.parley.extract.story.Shingles;

/**
 * SPEAKER conflicts: a direct quote of at least {@code minWords} words that articles attribute to two or more
 * different canonical speakers. Quotes are matched as {@link ClaimMatcher} matches them (wording only); sources
 * that name no speaker take no side. Sides are ordered by how many reports they have, most first.
 */
final class SpeakerConflicts {
    private SpeakerConflicts() {
    }

    static List<Conflict> find(List<ArticleFacts> articles, CanonicalNames names, ClaimMatcher matcher, int minWords) {
        List<ArticleFacts> directOnly = new ArrayList<>();
        Map<String, ArticleFacts> byId = new TreeMap<>();
        for (ArticleFacts f : articles) {
            byId.put(f.article().value(), f);
            directOnly.add(new ArticleFacts(f.article(), f.outlet(), f.published(), f.text(),
                    f.attributions().stream().filter(a -> a.direct()).toList(), List.of(), List.of()));
        }
        List<Conflict> out = new ArrayList<>();
        for (Claim claim : matcher.match(directOnly, DuplicateGroups.none(), names)) {
            if (Shingles.words(claim.text()).size() < minWords) continue;
            Sides sides = new Sides();
            Map<String, Integer> reports = new TreeMap<>();
            for (ClaimSource s : claim.sources()) {
                if (s.speaker().isEmpty()) continue;
                ArticleFacts f = Objects.requireNonNull(byId.get(s.article().value()));
                sides.add(s.speaker().get(), new ConflictEvidence(s.article(), s.outlet(), s.span(), s.text(), f.published()));
                reports.merge(s.speaker().get(), 1, Integer::sum);
            }
            if (reports.size() < 2) continue;
            out.add(new Conflict(ConflictKind.SPEAKER, claim.text(), sides.sorted(
                    Comparator.comparingInt((ConflictSide side) -> -side.evidence().size()).thenComparing(ConflictSide::value))));
        }
        out.sort(Comparator.comparing(Conflict::subject));
        return out;
    }
}
