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

    /**
     * {@code seeds/03.html [read]: not valid UTF-8 at byte 1874. Re-save it as UTF-8.} Always one line: control
     * characters (a file name may hold a line break) are written as escapes, so no input can forge a line of its own.
     */
    @Override
    public String toString() {
        return oneLine(source) + " [" + oneLine(stage) + "]: " + oneLine(message) + (hint.isEmpty() ? "" : ". " + oneLine(hint));
    }

    /** {@code a\nb} (a backslash and an n) for a, line break, b: every control character as an escape. */
    static String oneLine(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) plain = !Character.isISOControl(s.charAt(i));
        if (plain) return s;
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }
}
