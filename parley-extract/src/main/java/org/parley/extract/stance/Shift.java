package org.parley.extract.stance;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Position;

/**
 * A change of a holder's position on an issue.
 *
 * @param before   the earlier statement; empty for a change the article reports with nothing earlier on record
 * @param after    the later statement (for a reported change, the statement that reports it)
 * @param reported true when the article itself says the position changed ("has started to shift", "U-turn");
 *                 false when two dated statements disagree
 */
public record Shift(String holder, String issue, Optional<Position> from, Position to, Optional<SourcedStance> before,
                    SourcedStance after, boolean reported) {
    public Shift {
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
    }
}
