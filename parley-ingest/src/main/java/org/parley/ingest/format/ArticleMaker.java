package org.parley.ingest.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.ingest.Cleaned;
import org.parley.ingest.Cleaner;
import org.parley.ingest.IngestConfig;
import org.parley.ingest.Mojibake;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.Removal;

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
        List<String> cut = new ArrayList<>();
        String original = withinLimit(d, cut);
        if (original.isEmpty()) {
            return Outcome.failed(new Problem(d.source(), Problems.READ, "article has no text", "give the article's text, or remove the entry"));
        }
        if (original.isBlank()) {
            return Outcome.failed(new Problem(d.source(), Problems.READ, "article text is only white space", "give the article's text, or remove the entry"));
        }
        Cleaned cleaned = blankOverlongWords(config.clean() ? cleaner.clean(original) : new Cleaned(original, List.of(), ""), cut);
        List<Problem> warnings = new ArrayList<>(d.warnings());
        if (!cut.isEmpty()) {
            // One line for all that was cut: a 1 MB word is both a text over the limit and a word over it.
            warnings.add(new Problem(d.source(), Problems.READ, String.join("; ", cut),
                    "split long files into articles; runs without spaces are binary data or markup, not words "
                            + "('parley show' lists them as removed)"));
        }
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
        return new Outcome.Done<>(article, warnings);
    }

    /** The text, cut at the limit when it is over it (said in {@code cut}). */
    private String withinLimit(Draft d, List<String> cut) {
        String text = d.originalText();
        int end = config.limits().cut(text);
        if (end == text.length()) return text;
        cut.add("the text has %,d characters; only the first %,d are analysed and stored (cut at a paragraph or word end)"
                .formatted(text.length(), end));
        return text.substring(0, end);
    }

    /** Blanks words over the limit, keeping them as removals (said in {@code cut}): the tokenizer slows on them. */
    private Cleaned blankOverlongWords(Cleaned cleaned, List<String> cut) {
        List<Removal> words = config.limits().overlongWords(cleaned.text());
        if (words.isEmpty()) return cleaned;
        char[] text = cleaned.text().toCharArray();
        for (Removal w : words) java.util.Arrays.fill(text, w.span().start(), w.span().end(), ' ');
        List<Removal> removals = new ArrayList<>(cleaned.removals());
        removals.addAll(words);
        removals.sort(Comparator.comparingInt(r -> r.span().start()));
        Removal first = words.getFirst();
        cut.add("%d word(s) over %,d characters are not analysed (the first, at offset %d, has %,d)"
                .formatted(words.size(), config.limits().maxWordChars(), first.span().start(), first.span().length()));
        return new Cleaned(new String(text), removals, cleaned.author());
    }
}
