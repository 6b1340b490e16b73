package org.parley.ingest.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Problem;

/** What a reader found for one article, before cleaning: {@link ArticleMaker} turns it into an Article. */
public record Draft(String name, String source, String outlet, String title, String author, String url,
                    Optional<LocalDate> published, String originalText, Map<String, String> metadata,
                    List<Problem> warnings) {
    public Draft {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(source, "source is null");
        outlet = clean(outlet);
        title = clean(title);
        author = clean(author);
        url = clean(url);
        Objects.requireNonNull(published, "published is null");
        Objects.requireNonNull(originalText, "originalText is null");
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
