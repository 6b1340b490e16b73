package org.parley.ingest.format;

import java.util.Locale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.parley.model.Problem;

/**
 * One JSON article record: {@code id, title, text, source, published, url} (and {@code author}); every other
 * field is kept in the metadata as a string. The text is taken exactly as given.
 */
final class JsonRecord {
    private static final Set<String> KNOWN = Set.of("id", "title", "text", "source", "published", "url", "author");

    private JsonRecord() {
    }

    /**
     * @param fallbackName the article's name when the record has no id
     */
    static Draft draft(JsonNode record, String fallbackName, String source) {
        if (!record.isObject()) {
            throw Problems.read(source, "record is a JSON " + record.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object",
                    "give one object per record with at least a \"text\" field");
        }
        JsonNode text = record.get("text");
        if (text == null || text.isNull()) {
            throw Problems.read(source, "record has no \"text\" field", "give the article's text in a \"text\" field");
        }
        if (!text.isTextual()) {
            throw Problems.read(source, "\"text\" is a JSON " + text.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string",
                    "give the article's text as a string");
        }
        List<Problem> warnings = new ArrayList<>();
        String published = string(record.get("published"));
        Optional<LocalDate> date = Dates.parse(published);
        if (!published.isEmpty() && date.isEmpty()) {
            warnings.add(new Problem(source, Problems.READ, "\"published\" is '" + published + "', not a date; left empty",
                    "write dates as YYYY-MM-DD or an ISO instant (2025-02-13T10:00:00Z)"));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        record.properties().forEach(e -> {
            if (!KNOWN.contains(e.getKey()) && !e.getValue().isNull()) {
                metadata.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        });
        String id = string(record.get("id"));
        return new Draft(id.isEmpty() ? fallbackName : id, source, string(record.get("source")), string(record.get("title")),
                string(record.get("author")), string(record.get("url")), date, text.asText(), metadata, warnings);
    }

    private static String string(JsonNode n) {
        if (n == null || n.isNull()) return "";
        return n.isValueNode() ? n.asText().strip() : n.toString();
    }
}
