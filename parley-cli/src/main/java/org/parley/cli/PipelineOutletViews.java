package org.parley.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.extract.claim.Claim;
import org.parley.extract.claim.ClaimConfig;
import org.parley.extract.claim.ClaimMatcher;
import org.parley.extract.claim.ClaimSource;
import org.parley.extract.claim.Conflict;
import org.parley.extract.claim.ConflictEvidence;
import org.parley.extract.claim.ConflictKind;
import org.parley.extract.claim.ConflictSide;
import org.parley.extract.claim.ContradictionFinder;
import org.parley.server.outlet.OutletClaim;
import org.parley.server.outlet.OutletConflict;
import org.parley.server.outlet.OutletEvidence;
import org.parley.server.outlet.OutletViews;
import org.parley.server.outlet.Outlets;
import org.parley.store.ArticleRef;
import org.parley.store.Store;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredStance;

/**
 * The server's claims and conflicts computed as {@code parley claims} and {@code parley conflicts} compute them:
 * {@link ClaimMatcher} (exact, trimmed and lightly edited quotes; syndicated copies counted once through the
 * stored MinHash signatures) and {@link ContradictionFinder} (stance, speaker and date conflicts), over facts
 * read from the store with canonical names from entity resolution. The snapshot's rows are not used: the
 * pipeline needs article texts and local entities, which {@link AcrossOutlets} reads with them.
 */
final class PipelineOutletViews implements OutletViews {
    @Override
    public Outlets compute(Store store, List<StoredAttribution> quotes, List<StoredStance> stances) {
        AcrossOutlets data = AcrossOutlets.load(store, true);
        List<Claim> claims = new ClaimMatcher(ClaimConfig.defaults()).match(data.facts, Signing.groups(store), data.names);
        List<Conflict> conflicts = ContradictionFinder.defaults().find(data.facts, data.names);
        List<OutletClaim> outClaims = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            List<OutletEvidence> sources = new ArrayList<>();
            for (ClaimSource s : c.sources()) {
                Optional<LocalDate> date = data.ref(s.article()).flatMap(ArticleRef::date);
                sources.add(new OutletEvidence(s.article(), s.outlet(), s.span(), s.text(), s.speaker(), s.direct(), date));
            }
            outClaims.add(new OutletClaim(c.id(), c.text(), c.speaker(), c.direct(), sources, c.independentOutlets()));
        }
        List<OutletConflict> outConflicts = new ArrayList<>(conflicts.size());
        for (Conflict c : conflicts) {
            List<OutletConflict.Side> sides = new ArrayList<>();
            for (ConflictSide side : c.sides()) {
                List<OutletEvidence> evidence = new ArrayList<>();
                // A speaker conflict's sides are the speakers; a stance conflict names its holder in the subject.
                Optional<String> speaker = c.kind() == ConflictKind.SPEAKER ? Optional.of(side.value()) : Optional.empty();
                for (ConflictEvidence e : side.evidence()) {
                    evidence.add(new OutletEvidence(e.article(), e.outlet(), e.span(), e.text(), speaker, false, e.date()));
                }
                sides.add(new OutletConflict.Side(side.value(), evidence));
            }
            outConflicts.add(new OutletConflict(kind(c), c.subject(), sides));
        }
        return new Outlets(outClaims, outConflicts);
    }

    private static OutletConflict.Kind kind(Conflict c) {
        return switch (c.kind()) {
            case STANCE -> OutletConflict.Kind.STANCE;
            case SPEAKER -> OutletConflict.Kind.SPEAKER;
            case DATE -> OutletConflict.Kind.DATE;
        };
    }
}
