package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import org.parley.model.Attribution;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.store.ArticleRef;
import org.parley.store.EntityRef;
import org.parley.store.StoredAttribution;

/**
 * The JSON the CLI writes: built field by field, so the format is what the README documents and does not move
 * when a record gains a field.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** {@code "condition": {"kind": "conditional", "text": …, "start": …, "end": …}}, or null when unconditional. */
    static void condition(ObjectNode n, org.parley.model.Stance s) {
        if (s.condition().isEmpty()) {
            n.putNull("condition");
            return;
        }
        org.parley.model.Condition c = s.condition().get();
        n.putObject("condition").put("kind", c.kind().label()).put("text", c.text())
                .put("start", c.span().start()).put("end", c.span().end());
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void line(PrintWriter out, ObjectNode node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + node, e);
        }
    }

    static void put(ObjectNode node, String field, Optional<?> value) {
        if (value.isPresent()) node.put(field, value.get().toString());
        else node.putNull(field);
    }

    static ObjectNode article(ArticleRef a) {
        ObjectNode n = object().put("id", a.id().value()).put("name", a.name()).put("outlet", a.outlet())
                .put("title", a.title());
        put(n, "date", a.date());
        return n;
    }

    /**
     * One quote in the export format: {@code article, start, end, text, direct, speaker, speaker_start,
     * speaker_end, cue, via}; plus, outside the export, the rules that made it, the kind, the outlet, the date and the
     * id; plus, when people reviewed it, its {@link #review}.
     */
    static ObjectNode quote(StoredAttribution q, boolean exportOnly) {
        Attribution a = q.attribution();
        ObjectNode n = object().put("article", q.article().name()).put("start", a.content().start())
                .put("end", a.content().end()).put("text", a.text()).put("direct", a.direct());
        if (a.speaker() instanceof Speaker.Known k) n.put("speaker", q.speaker().map(EntityRef::name).orElse(k.name()));
        else n.putNull("speaker");
        Optional<Span> mention = a.speaker().mentionInText();
        if (mention.isPresent()) n.put("speaker_start", mention.get().start()).put("speaker_end", mention.get().end());
        else n.putNull("speaker_start").putNull("speaker_end");
        if (a.cue().isPresent()) n.put("cue", a.cueText());
        else n.putNull("cue");
        if (a.via().isPresent()) n.put("via", a.via().get().name());
        else n.putNull("via");
        if (!exportOnly) {
            ArrayNode rules = n.putArray("rules");
            a.rules().forEach(rules::add);
            n.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT)).put("article_id", q.article().id().value())
                    .put("outlet", q.article().outlet());
            put(n, "date", q.article().date());
            q.speaker().ifPresent(s -> n.put("speaker_id", s.id().value()));
            n.put("id", q.id());
        }
        review(n, q.review());
        return n;
    }

    /**
     * {@code "review": {"status": "confirmed, corrected", "corrected": {"polarity": "oppose"}, "by", "at", "correction"}}
     * when people reviewed the fact; {@code corrected} holds the values extraction gave. Nothing when nobody did.
     */
    static void review(ObjectNode n, Optional<org.parley.store.Review> review) {
        if (review.isEmpty()) return;
        org.parley.store.Review r = review.get();
        ObjectNode rn = n.putObject("review").put("status", r.summary());
        ObjectNode corrected = rn.putObject("corrected");
        r.corrected().forEach(corrected::put);
        rn.put("by", r.by()).put("at", r.at().toString()).put("correction", r.latest());
    }

    static ObjectNode evidence(String article, Span span, String text) {
        return object().put("article", article).put("start", span.start()).put("end", span.end()).put("text", text);
    }
}
