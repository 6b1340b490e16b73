package org.parley.extract.issue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated data file on the class path (lexicons, word families, cue lists): its non-blank lines that
 * do not start with {@code #}, split at tabs, with their line numbers so errors can point at them.
 */
public record DataFile(String resource, List<Line> lines) {
    /** One data line: its 1-based number in the file and its tab-separated fields, stripped. */
    public record Line(int number, List<String> fields) {
        public Line {
            fields = List.copyOf(fields);
        }

        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    public DataFile {
        lines = List.copyOf(lines);
    }

    /** Reads {@code resource} (an absolute class-path name such as {@code /org/parley/extract/stance/cues.tsv}). */
    public static DataFile read(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("data file " + resource + " is missing from the class path; "
                        + "it ships in parley-extract's resources, so the jar is incomplete or the name is wrong");
            }
            List<Line> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                List<String> fields = new ArrayList<>();
                for (String f : raw.split("\t")) if (!f.isBlank()) fields.add(f.strip());
                lines.add(new Line(number, fields));
            }
            return new DataFile(resource, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** An error about one line, saying where it is. */
    public IllegalStateException error(Line line, String message) {
        return new IllegalStateException(resource + " line " + line.number() + ": " + message);
    }
}
