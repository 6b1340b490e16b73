package org.parley.ingest;

import java.util.List;
import java.util.Objects;
import org.parley.model.Removal;

/**
 * A text after cleaning.
 *
 * @param text     the input with every removed stretch replaced by spaces (line breaks kept) and mojibake repaired in
 *                 place: same length as the input
 * @param removals what was blanked or repaired and why, in text order
 * @param author   the person named by a byline the cleaner removed, or the empty string
 */
public record Cleaned(String text, List<Removal> removals, String author) {
    public Cleaned {
        Objects.requireNonNull(text, "text is null");
        removals = List.copyOf(removals);
        author = Objects.requireNonNullElse(author, "");
    }
}
