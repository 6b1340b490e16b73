package org.parley.extract.stance;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.extract.eval.GoldLines;
import org.parley.model.Position;

/**
 * One hand-made stance judgement of a gold file (JSON Lines, one judgement a line):
 * <pre>{"article": "kremlin-67838", "holder": "Vladimir Putin", "issue": "ukraine-nato-membership",
 *  "stance": "oppose", "evidence": "We are categorically opposed to Ukraine joining NATO"}</pre>
 * {@code holder} is the name as written or canonical; {@code stance} is support, oppose, mixed or neutral;
 * {@code condition}, when not null, is {@code {"type": "conditional|demand|red-line", "text": …}} (only its type is scored).
 */
public record GoldStance(String article, String holder, String issue, Position stance, String evidence, int line,
                         Optional<String> condition) {
    public GoldStance(String article, String holder, String issue, Position stance, String evidence, int line) {
        this(article, holder, issue, stance, evidence, line, Optional.empty());
    }

    public GoldStance {
        condition = Objects.requireNonNullElse(condition, Optional.empty());
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(stance, "stance is null");
        evidence = Objects.requireNonNullElse(evidence, "");
    }

    /** Reads a gold file; a bad line fails with the file, the line number and what is wrong. */
    public static List<GoldStance> read(Path file) {
        List<GoldStance> out = new ArrayList<>();
        for (GoldLines.Line l : GoldLines.read(file)) {
            JsonNode n = l.json();
            for (String field : List.of("article", "holder", "issue", "stance")) {
                if (!n.path(field).isTextual() || n.path(field).asText().isBlank()) {
                    throw new IllegalArgumentException(l.where() + " has no \"" + field + "\"; every judgement needs article, holder, issue and stance");
                }
            }
            Position p;
            try {
                p = Position.parse(n.path("stance").asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(l.where() + ": stance '" + n.path("stance").asText()
                        + "' is not one of support, oppose, mixed, neutral", e);
            }
            JsonNode c = n.path("condition");
            Optional<String> kind = c.isObject() && c.path("type").isTextual() ? Optional.of(c.path("type").asText()) : Optional.empty();
            out.add(new GoldStance(n.path("article").asText(), n.path("holder").asText(), n.path("issue").asText(), p,
                    n.path("evidence").asText(""), l.number(), kind));
        }
        return out;
    }
}
