package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.extract.issue.IssueCatalog;
import org.parley.extract.map.PartyOverrides;
import picocli.CommandLine.Option;

/** {@code --issues FILE}: the issues stances are read on. */
public final class IssuesOption {
    @Option(names = "--issues", paramLabel = "FILE",
            description = "Issues to read stances on, as JSON (see README, 'Issues'); default: $PARLEY_ISSUES, else the bundled general issues.")
    Path issues;

    public IssueCatalog catalog() {
        Path file = file();
        if (file == null) return IssueCatalog.bundled();
        if (!Files.isRegularFile(file)) throw new UserException("issues file " + file + " does not exist");
        try {
            return IssueCatalog.load(file);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** Whether an issues file was given ({@code --issues} or $PARLEY_ISSUES) rather than the bundled issues taken. */
    public boolean given() {
        return file() != null;
    }

    /** The issues file given ({@code --issues}, else $PARLEY_ISSUES), or null for the bundled issues. */
    private Path file() {
        String env = System.getenv("PARLEY_ISSUES");
        return issues == null && env != null && !env.isBlank() ? Path.of(env) : issues;
    }

    /** The party groupings of the issues file's {@code "parties"} object, for the negotiation map (none when bundled). */
    public PartyOverrides parties() {
        Path file = file();
        if (file == null) return PartyOverrides.none();
        if (!Files.isRegularFile(file)) throw new UserException("issues file " + file + " does not exist");
        try {
            return PartyOverrides.load(file);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
