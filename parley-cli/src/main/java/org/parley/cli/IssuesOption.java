package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.extract.issue.IssueCatalog;
import picocli.CommandLine.Option;

/** {@code --issues FILE}: the issues stances are read on. */
public final class IssuesOption {
    @Option(names = "--issues", paramLabel = "FILE",
            description = "Issues to read stances on, as JSON (see README, 'Issues'); default: $PARLEY_ISSUES, else the bundled general issues.")
    Path issues;

    public IssueCatalog catalog() {
        Path file = issues;
        String env = System.getenv("PARLEY_ISSUES");
        if (file == null && env != null && !env.isBlank()) file = Path.of(env);
        if (file == null) return IssueCatalog.bundled();
        if (!Files.isRegularFile(file)) throw new UserException("issues file " + file + " does not exist");
        try {
            return IssueCatalog.load(file);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
