package org.parley.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the data files under {@code org/parley/extract}: one entry a line, {@code #} starts a comment. */
public final class Lexicon {
    private Lexicon() {
    }

    /** The non-blank, non-comment lines of a class-path resource, stripped. */
    public static List<String> lines(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is missing from the class path next to "
                    + anchor.getName() + "; rebuild parley-extract");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
        return out;
    }
}
