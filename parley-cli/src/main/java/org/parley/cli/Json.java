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
     * speaker_end, cue}; plus, outside the export, the kind, the outlet and the date.
     */
    static ObjectNode quote(StoredAttribution q, boolean exportOnly) {
        Attribution a = q.attribution();
        ObjectNode n = object().put("article", q.article().name()).put("start", a.content().start())
                .put("end", a.content().end()).put("text", a.text()).put("direct", a.direct());
        switch (a.speaker()) {
            case Speaker.Known k -> {
                n.put("speaker", q.speaker().map(EntityRef::name).orElse(k.name()));
                n.put("speaker_start", k.mention().start()).put("speaker_end", k.mention().end());
            }
            case Speaker.Unknown u -> n.putNull("speaker").putNull("speaker_start").putNull("speaker_end");
        }
        if (a.cue().isPresent()) n.put("cue", a.cueText());
        else n.putNull("cue");
        if (!exportOnly) {
            n.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT)).put("article_id", q.article().id().value())
                    .put("outlet", q.article().outlet());
            put(n, "date", q.article().date());
            q.speaker().ifPresent(s -> n.put("speaker_id", s.id().value()));
        }
        return n;
    }

    static ObjectNode evidence(String article, Span span, String text) {
        return object().put("article", article).put("start", span.start()).put("end", span.end()).put("text", text);
    }
}
