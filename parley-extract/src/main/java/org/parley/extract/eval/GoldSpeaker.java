package org.parley.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One hand-made speaker judgement (eval/speakers-gold.jsonl, documented in eval/speakers-gold.md):
 * <pre>{"article": "kremlin-67100", "text": "a verbatim snippet of the statement", "speaker": "Vladimir Putin",
 *  "via": null, "kind": "turn", "named_in_sentence": false, "split": "dev"}</pre>
 * {@code speaker} is null when the text does not let a reader know who said it; {@code via} names who relayed
 * someone else's words.
 */
public record GoldSpeaker(String article, String text, Optional<String> speaker, Optional<String> via, String kind,
                          boolean namedInSentence, String split, int line) {
    public GoldSpeaker {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(speaker, "speaker is null");
        Objects.requireNonNull(via, "via is null");
        kind = Objects.requireNonNullElse(kind, "");
        split = Objects.requireNonNullElse(split, "");
    }

    /** Reads a gold file; a bad line fails with the file, the line number and what is wrong. */
    public static List<GoldSpeaker> read(Path file) {
        List<GoldSpeaker> out = new ArrayList<>();
        for (GoldLines.Line l : GoldLines.read(file)) {
            JsonNode n = l.json();
            for (String field : List.of("article", "text")) {
                if (!n.path(field).isTextual() || n.path(field).asText().isBlank()) {
                    throw new IllegalArgumentException(l.where() + " has no \"" + field + "\"; every judgement needs article, text and speaker");
                }
            }
            if (!n.has("speaker")) throw new IllegalArgumentException(l.where() + " has no \"speaker\" (write null when nobody can be known)");
            out.add(new GoldSpeaker(n.path("article").asText(), n.path("text").asText(), nullable(n, "speaker"), nullable(n, "via"),
                    n.path("kind").asText(""), n.path("named_in_sentence").asBoolean(false), n.path("split").asText(""), l.number()));
        }
        return out;
    }

    private static Optional<String> nullable(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() && !v.asText().isBlank() ? Optional.of(v.asText()) : Optional.empty();
    }
}
