package org.parley.server.story;

import java.util.Objects;
import java.util.Optional;
import org.parley.store.StoredStance;

/**
 * A change of a holder's position on an issue between two statements.
 *
 * @param before   the earlier statement; empty for a change an article reports with nothing earlier on record
 * @param reported true when the later article itself says the position changed
 */
public record StanceShift(HolderKey holder, String issue, Optional<StoredStance> before, StoredStance after,
                          boolean reported) {
    public StanceShift {
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
    }
}
