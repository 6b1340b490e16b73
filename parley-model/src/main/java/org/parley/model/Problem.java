package org.parley.model;

import java.util.Objects;

/**
 * Something wrong with one input, said so a user can act on it.
 *
 * @param source  the file (and line, record or byte) it is about
 * @param stage   the stage that found it: read, clean, annotate, quotes …
 * @param message what is wrong
 * @param hint    what to do about it, or the empty string
 */
public record Problem(String source, String stage, String message, String hint) {
    public Problem {
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(stage, "stage is null");
        Objects.requireNonNull(message, "message is null");
        hint = Objects.requireNonNullElse(hint, "");
    }

    /** {@code seeds/03.html [read]: not valid UTF-8 at byte 1874. Re-save it as UTF-8.} */
    @Override
    public String toString() {
        return source + " [" + stage + "]: " + message + (hint.isEmpty() ? "" : ". " + hint);
    }
}
