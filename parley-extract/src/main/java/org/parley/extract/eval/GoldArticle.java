package org.parley.extract.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Article;

/** One article of a gold file: its text as given (gold offsets point into it) and its attributions. */
public record GoldArticle(String id, String publisher, String date, String title, String text, String source,
                          List<GoldAttribution> attributions) {
    public GoldArticle {
        Objects.requireNonNull(id, "id is null");
        publisher = Objects.requireNonNullElse(publisher, "");
        date = Objects.requireNonNullElse(date, "");
        title = Objects.requireNonNullElse(title, "");
        Objects.requireNonNull(text, "text is null");
        source = Objects.requireNonNullElse(source, "");
        attributions = List.copyOf(attributions);
    }

    /** The article for the pipeline: text kept exactly as given, so predicted and gold offsets agree. */
    public Article toArticle() {
        Optional<LocalDate> published;
        try {
            published = date.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            published = Optional.empty();
        }
        return Article.of(id, source, publisher, title, "", "", published, text, text, List.of(), Map.of());
    }
}
