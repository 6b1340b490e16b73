package org.parley.server.outlet;

import java.util.List;

/** What the stored articles say across outlets: claims several carry, and where they contradict each other. */
public record Outlets(List<OutletClaim> claims, List<OutletConflict> conflicts) {
    public Outlets {
        claims = List.copyOf(claims);
        conflicts = List.copyOf(conflicts);
    }
}
