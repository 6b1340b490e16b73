package org.parley.extract.map;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.extract.stance.SourcedStance;
import org.parley.model.Position;
import org.parley.model.Stance;

/**
 * One stance as the map uses it: the stance, who made it, when, and the words it was read from.
 *
 * @param id          the stored stance's id (0 when not stored), so a client can ask for it
 * @param date        the statement's date, else its article's date; empty when neither is known (not placed on the map)
 * @param articleName the article's name (file name or JSONL id)
 * @param articleDate the article's date, when known
 * @param text        the evidence sentence, or "" when the caller did not read it
 */
public record Statement(long id, SourcedStance source, Speaker speaker, Optional<LocalDate> date, String articleName,
                        String title, Optional<LocalDate> articleDate, String text) {
    public Statement {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(speaker, "speaker is null");
        Objects.requireNonNull(date, "date is null");
        articleName = Objects.requireNonNullElse(articleName, source.article().value());
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(articleDate, "articleDate is null");
        text = Objects.requireNonNullElse(text, "");
    }

    public Stance stance() {
        return source.stance();
    }

    public Position position() {
        return source.stance().position();
    }
}
