package org.parley.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared data ({@code ../shared} beside the checkout: seeds, corpora, eval).
 *
 * <p>Tests that need it call {@link #require(String)}: on a user's bare clone, where the folder is absent, the test
 * is skipped with a message saying where it looked; under {@code CI=true} a missing fixture fails the test,
 * because in CI it means the test is broken, not that the data is optional.
 */
public final class Shared {
    private Shared() {
    }

    /** The shared folder: {@code -Dparley.shared}, {@code $PARLEY_SHARED}, else the nearest {@code shared/} above. */
    public static Optional<Path> root() {
        String explicit = System.getProperty("parley.shared", System.getenv("PARLEY_SHARED"));
        if (explicit != null && !explicit.isBlank()) {
            Path p = Paths.get(explicit);
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath().normalize()) : Optional.empty();
        }
        for (String start : new String[] {System.getenv("PARLEY_SOURCE_ROOT"), System.getProperty("user.dir")}) {
            if (start == null || start.isBlank()) continue;
            for (Path dir = Paths.get(start).toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("shared");
                if (Files.isDirectory(candidate.resolve("seeds"))) return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }

    /** A path inside the shared folder, or a skipped test (a failed one under CI=true) when it is not there. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Path found = root.map(r -> r.resolve(relative)).filter(Files::exists).orElse(null);
        if (found != null) return found;
        String message = "shared data '" + relative + "' not found (looked in "
                + root.map(Path::toString).orElse("every 'shared/' folder above the working directory")
                + "; set PARLEY_SHARED to the folder holding seeds/, corpora/ and eval/)";
        if (inCi()) {
            throw new AssertionError(message + ". CI=true, so a missing fixture is a broken test, not a skip.");
        }
        Assumptions.abort("skipped: " + message);
        throw new IllegalStateException("unreachable");
    }

    public static Path seeds() {
        return require("seeds");
    }

    public static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && ci.strip().toLowerCase(Locale.ROOT).equals("true");
    }
}
