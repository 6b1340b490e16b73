package org.parley.extract.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ArticleId;

/**
 * Reads a shared JSONL corpus ({@code id, title, text, source, published, url, story}) line by line, for
 * measurements and evaluations only; the product reader lives in parley-ingest. The corpus id becomes the
 * {@link ArticleId} so exact copies stay distinct articles, and the gold story goes to metadata {@code story}.
 */
final class CorpusArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusArticles() {
    }

    static List<Article> read(Path file) {
        List<Article> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode row = JSON.readTree(line);
                String text = row.path("text").asText("");
                if (text.isBlank()) continue;
                String id = row.path("id").asText();
                Optional<LocalDate> published = row.hasNonNull("published")
                        ? Optional.of(LocalDate.parse(row.get("published").asText())) : Optional.empty();
                Map<String, String> meta = row.hasNonNull("story") ? Map.of("story", row.get("story").asText()) : Map.of();
                out.add(new Article(new ArticleId(id), id, file.getFileName() + ":" + lineNo,
                        row.path("source").asText(""), row.path("title").asText(""), "", row.path("url").asText(""),
                        published, text, text, List.of(), meta));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file, e);
        }
        return out;
    }
}
