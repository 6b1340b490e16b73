package org.parley.ingest.format;

import java.util.List;
import java.util.Objects;
import org.parley.ingest.Cleaned;
import org.parley.ingest.Cleaner;
import org.parley.ingest.IngestConfig;
import org.parley.ingest.Mojibake;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;

/** Cleans a {@link Draft}, fills in what cleaning learns (byline author, headline) and builds the Article. */
public final class ArticleMaker {
    private final IngestConfig config;
    private final Cleaner cleaner;

    public ArticleMaker(IngestConfig config, Cleaner cleaner) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner is null");
    }

    public IngestConfig config() {
        return config;
    }

    public Outcome<Article> make(Draft d) {
        String original = d.originalText();
        if (original.isEmpty()) {
            return Outcome.failed(new Problem(d.source(), Problems.READ, "article has no text", "give the article's text, or remove the entry"));
        }
        if (original.isBlank()) {
            return Outcome.failed(new Problem(d.source(), Problems.READ, "article text is only white space", "give the article's text, or remove the entry"));
        }
        Cleaned cleaned = config.clean() ? cleaner.clean(original) : new Cleaned(original, List.of(), "");
        if (cleaned.text().isBlank()) {
            return Outcome.failed(new Problem(d.source(), Problems.CLEAN,
                    "nothing is left after cleaning: all %d removed line(s) look like page residue (%s)"
                            .formatted(cleaned.removals().size(), cleaned.removals().get(0).reason()),
                    "check that the input is an article and not a page of links or buttons; to keep such text, read it with IngestConfig.withClean(false)"));
        }
        String author = d.author().isEmpty() ? cleaned.author() : d.author();
        // a title carries no offsets, so its mojibake is repaired outright, without padding
        String title = d.title().isEmpty() ? TitleGuess.firstShortLine(cleaned.text())
                : config.clean() ? Mojibake.repaired(d.title()) : d.title();
        Article article = Article.of(d.name(), d.source(), d.outlet(), title, author, d.url(), d.published(), original,
                cleaned.text(), cleaned.removals(), d.metadata());
        return new Outcome.Done<>(article, d.warnings());
    }
}
