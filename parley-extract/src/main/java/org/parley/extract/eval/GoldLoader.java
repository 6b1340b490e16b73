package org.parley.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.Span;

/** Reads a gold JSONL file of the evaluation format (one article a line, see {@code shared/eval/README.md}). */
public final class GoldLoader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldLoader() {
    }

    public static List<GoldArticle> load(Path file) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                line++;
                if (s.isBlank()) continue;
                try {
                    out.add(article(JSON.readTree(s), file + ":" + line));
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                    throw new IOException(file + " line " + line + ": not a gold article (" + e.getMessage()
                            + "); each line must be one JSON object with id, text and quotes", e);
                }
            }
        }
        return out;
    }

    static GoldArticle article(JsonNode n, String source) {
        String text = n.get("text").asText();
        List<GoldAttribution> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
            Span content = new Span(q.get("start").asInt(), q.get("end").asInt());
            if (content.end() > text.length()) {
                throw new IllegalArgumentException("quote " + content + " runs past the text (" + text.length() + " chars)");
            }
            List<Span> fragments = new ArrayList<>();
            for (JsonNode f : q.path("fragments")) fragments.add(new Span(f.get("start").asInt(), f.get("end").asInt()));
            quotes.add(new GoldAttribution(content, q.path("text").asText(""), textOrNull(q, "speaker"),
                    span(q, "speaker_start", "speaker_end"), textOrNull(q, "cue"), span(q, "cue_start", "cue_end"),
                    q.path("direct").asBoolean(false), q.path("type").asText("indirect"), fragments));
        }
        return new GoldArticle(n.get("id").asText(), n.path("publisher").asText(""), n.path("date").asText(""),
                n.path("title").asText(""), text, source, quotes);
    }

    private static String textOrNull(JsonNode q, String field) {
        JsonNode v = q.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Optional<Span> span(JsonNode q, String start, String end) {
        JsonNode s = q.get(start);
        JsonNode e = q.get(end);
        if (s == null || e == null || s.isNull() || e.isNull()) return Optional.empty();
        return Optional.of(new Span(s.asInt(), e.asInt()));
    }
}
