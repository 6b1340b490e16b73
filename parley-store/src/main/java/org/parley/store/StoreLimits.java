package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.LocalEntity;

/**
 * The longest value each stored field may hold, checked by {@link Store#save} before anything of an article is
 * written: a value that a database column, a database index or the search index cannot hold must be refused while
 * nothing is committed, because the search index is written after the commit and rebuilt from the database at
 * every open (an outlet name of 40,000 characters once made every later open fail on Lucene's 32,766-byte limit).
 *
 * <p>The tightest destinations, and why each limit is what it is:
 * <ol>
 *   <li>a PostgreSQL B-tree entry holds at most 2,704 bytes, and the outlet, the source (with a 64-byte hash),
 *       local entity keys and entity ids are B-tree keys. A UTF-16 unit takes at most 3 bytes of UTF-8, so
 *       {@value #MAX_KEY_CHARS} characters fit;</li>
 *   <li>a Lucene keyword term holds at most 32,766 bytes: the outlet and entity ids are keyword terms;</li>
 *   <li>H2's longest {@code VARCHAR} holds 1,000,000 characters: the article text is stored twice (as given and
 *       cleaned), each in one.</li>
 * </ol>
 * Title, author, URL and name have generous limits of their own: a longer value is page residue, not metadata.
 */
public final class StoreLimits {
    /** Outlet, source, entity names and keys: B-tree keys in the database, keyword terms in the index. */
    public static final int MAX_KEY_CHARS = 800;
    public static final int MAX_NAME_CHARS = 2_000;
    public static final int MAX_TITLE_CHARS = 2_000;
    public static final int MAX_AUTHOR_CHARS = 2_000;
    public static final int MAX_URL_CHARS = 8_000;
    /** The article text, as given and cleaned: H2's longest VARCHAR. */
    public static final int MAX_TEXT_CHARS = 1_000_000;
    /** All metadata keys and values together. */
    public static final int MAX_METADATA_CHARS = 100_000;

    private StoreLimits() {
    }

    /** Every field of {@code analysis} over its limit, as "outlet has 40,000 characters (at most 800)"; empty when it fits. */
    public static List<String> violations(ArticleAnalysis analysis) {
        Article a = analysis.article();
        List<String> out = new ArrayList<>();
        check(out, "the outlet name", a.outlet(), MAX_KEY_CHARS);
        check(out, "the source", a.source(), MAX_KEY_CHARS);
        check(out, "the name", a.name(), MAX_NAME_CHARS);
        check(out, "the title", a.title(), MAX_TITLE_CHARS);
        check(out, "the author", a.author(), MAX_AUTHOR_CHARS);
        check(out, "the URL", a.url(), MAX_URL_CHARS);
        check(out, "the text", a.originalText(), MAX_TEXT_CHARS);
        long metadata = 0;
        for (Map.Entry<String, String> e : a.metadata().entrySet()) metadata += e.getKey().length() + e.getValue().length();
        if (metadata > MAX_METADATA_CHARS) out.add(over("the metadata", metadata, MAX_METADATA_CHARS));
        for (LocalEntity e : analysis.entities()) {
            check(out, "an entity key", e.key(), MAX_KEY_CHARS);
            check(out, "the entity name '" + head(e.name()) + "'", e.name(), MAX_KEY_CHARS);
            for (String alias : e.aliases()) check(out, "the entity alias '" + head(alias) + "'", alias, MAX_KEY_CHARS);
        }
        return out;
    }

    /**
     * Throws when a field of {@code analysis} is over its limit, naming each one.
     *
     * @throws AnalysisRejectedException naming every field over its limit and what to do
     */
    static void check(ArticleAnalysis analysis) {
        List<String> violations = violations(analysis);
        if (violations.isEmpty()) return;
        Article a = analysis.article();
        throw new AnalysisRejectedException("could not store article %s (%s); nothing of it was kept: %s"
                .formatted(a.name(), head(a.source()), String.join("; ", violations)),
                "shorten the field in the input (see \"Limits\" in the README); values that long are page residue", null);
    }

    private static void check(List<String> out, String what, String value, int max) {
        if (value.length() > max) out.add(over(what, value.length(), max));
    }

    private static String over(String what, long length, int max) {
        return String.format(Locale.ROOT, "%s has %,d characters (at most %,d)", what, length, max);
    }

    /** The start of a value too long to print whole. */
    static String head(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
