package org.parley.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --from D --to D}: only what is dated in the window (either end may be left open). */
public final class DateWindow {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only what is dated on or after this date (map: a statement's date, else its article's; search: the article's).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only what is dated on or before this date (dated as for --from).")
    LocalDate to;

    /** The window's first day, empty when open. */
    Optional<LocalDate> from() {
        return Optional.ofNullable(from);
    }

    /** The window's last day, empty when open. */
    Optional<LocalDate> to() {
        return Optional.ofNullable(to);
    }
}
