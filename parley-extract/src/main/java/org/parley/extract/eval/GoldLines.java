package org.parley.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a hand-made gold file (JSON Lines; blank lines and {@code #} comments skipped), each parsed, with
 * where it stands for error messages. A line that is not JSON fails with the file and the line number.
 */
public final class GoldLines {
    /** One judgement's JSON, its line number, and "FILE line N" for messages. */
    public record Line(JsonNode json, int number, String where) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldLines() {
    }

    public static List<Line> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file, e);
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String where = file + " line " + (i + 1);
            try {
                out.add(new Line(JSON.readTree(line), i + 1, where));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + " is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }
}
