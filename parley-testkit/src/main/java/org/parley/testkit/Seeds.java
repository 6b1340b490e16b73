package org.parley.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five seed articles in {@code ../shared/seeds}, read by file name (never copied into the project). */
public final class Seeds {
    private Seeds() {
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(Shared.seeds())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed whose file name starts with {@code prefix}, e.g. {@code "002"}. */
    public static Path file(String prefix) {
        return files().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no seed file starts with " + prefix + " in " + Shared.seeds()));
    }

    public static String text(String prefix) {
        try {
            return Files.readString(file(prefix), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
