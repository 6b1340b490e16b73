package org.parley.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.DateEstimate;
import org.parley.model.DocumentStructure;
import org.parley.store.ArticleQuery;
import org.parley.store.ArticleRef;
import org.parley.store.ArticleSummary;
import org.parley.store.Page;

/** The article table: one row per article, with its texts, removals, metadata, date estimate and counts. */
public final class ArticleRepository {
    private static final String SUMMARY_COLUMNS = "id, seq, name, source, outlet, title, published, date_value, "
            + "date_estimated, date_basis, sentence_count, mention_count, entity_count, attribution_count, stance_count, event_count, analyzer_version";

    /** The hash the CLI can check before annotating: SHA-256 of the text exactly as read. */
    public static String contentHash(String originalText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(originalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public boolean exists(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            Sql.setText(ps, 1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    public boolean existsSource(Connection c, String source, String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE source = ? AND content_hash = ?")) {
            Sql.setText(ps, 1, source);
            Sql.setText(ps, 2, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The article's text (blanked where residue was removed), without loading its analysis. */
    public Optional<String> body(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM article WHERE id = ?")) {
            Sql.setText(ps, 1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString("body")) : Optional.empty();
            }
        }
    }

    public void insert(Connection c, ArticleAnalysis analysis, String analyzerVersion, Instant now) throws SQLException {
        Article a = analysis.article();
        String sql = "INSERT INTO article (id, name, source, content_hash, outlet, title, author, url, published, date_value, "
                + "date_estimated, date_basis, original_text, body, removals_json, metadata_json, warnings_json, annotator, "
                + "analyzer_version, sentence_count, mention_count, entity_count, attribution_count, stance_count, event_count, "
                + "stored_at, structure_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            Sql.setText(ps, i++, a.id().value());
            Sql.setText(ps, i++, a.name());
            Sql.setText(ps, i++, a.source());
            Sql.setText(ps, i++, contentHash(a.originalText()));
            Sql.setText(ps, i++, a.outlet());
            Sql.setText(ps, i++, a.title());
            Sql.setText(ps, i++, a.author());
            Sql.setText(ps, i++, a.url());
            Sql.setDate(ps, i++, a.published());
            Sql.setDate(ps, i++, analysis.date().date());
            ps.setBoolean(i++, analysis.date().estimated());
            Sql.setText(ps, i++, analysis.date().basis());
            Sql.setText(ps, i++, a.originalText());
            Sql.setText(ps, i++, a.text());
            Sql.setText(ps, i++, Json.write(a.removed()));
            Sql.setText(ps, i++, Json.write(a.metadata()));
            Sql.setText(ps, i++, Json.write(analysis.warnings()));
            Sql.setText(ps, i++, analysis.annotated().annotator());
            Sql.setText(ps, i++, analyzerVersion);
            ps.setInt(i++, analysis.annotated().sentences().size());
            ps.setInt(i++, analysis.annotated().mentions().size());
            ps.setInt(i++, analysis.entities().size());
            ps.setInt(i++, analysis.attributions().size());
            ps.setInt(i++, analysis.stances().size());
            ps.setInt(i++, analysis.events().size());
            ps.setObject(i++, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            Sql.setText(ps, i, Json.write(analysis.structure()));
            ps.executeUpdate();
        }
    }

    public List<ArticleSummary> summaries(Connection c, ArticleQuery q, Page page) throws SQLException {
        Where w = new Where();
        if (page.cursor().isPresent()) w.and("seq > ?", page.numericCursor());
        q.outlet().ifPresent(o -> w.and("LOWER(outlet) = ?", o.strip().toLowerCase(Locale.ROOT)));
        q.from().ifPresent(d -> w.and("date_value >= ?", d));
        q.to().ifPresent(d -> w.and("date_value <= ?", d));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM article" + w.sql()
                + " ORDER BY seq LIMIT ?")) {
            ps.setInt(w.bind(ps), page.limit() + 1);
            List<ArticleSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(summary(rs));
            }
            return out;
        }
    }

    public Optional<ArticleSummary> summary(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM article WHERE id = ?")) {
            Sql.setText(ps, 1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    /** The stored article row, with what {@link org.parley.store.StoredArticle} needs beyond its analysis. */
    public record Row(Article article, long seq, DateEstimate date, String warningsJson, String annotator,
                      String analyzerVersion, Instant storedAt, DocumentStructure structure) {
    }

    public Optional<Row> load(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM article WHERE id = ?")) {
            Sql.setText(ps, 1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                Article article = new Article(id, rs.getString("name"), rs.getString("source"), rs.getString("outlet"),
                        rs.getString("title"), rs.getString("author"), rs.getString("url"), Sql.date(rs, "published"),
                        rs.getString("original_text"), rs.getString("body"), Json.removals(rs.getString("removals_json")),
                        Json.stringMap(rs.getString("metadata_json")));
                return Optional.of(new Row(article, rs.getLong("seq"), dateEstimate(rs), rs.getString("warnings_json"),
                        rs.getString("annotator"), rs.getString("analyzer_version"),
                        rs.getObject("stored_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        Json.structure(rs.getString("structure_json"))));
            }
        }
    }

    /** What the search index holds of an article. */
    public record IndexRow(ArticleId id, long seq, String title, String outlet, Optional<LocalDate> date, String text) {
    }

    public Optional<IndexRow> indexRow(Connection c, ArticleId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, seq, title, outlet, date_value, body FROM article WHERE id = ?")) {
            Sql.setText(ps, 1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(indexRow(rs)) : Optional.empty();
            }
        }
    }

    /** Articles after {@code seq}, in order, for rebuilding the index page by page. */
    public List<IndexRow> indexRows(Connection c, long afterSeq, int limit) throws SQLException {
        String sql = "SELECT id, seq, title, outlet, date_value, body FROM article WHERE seq > ? ORDER BY seq LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, afterSeq);
            ps.setInt(2, limit);
            List<IndexRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(indexRow(rs));
            }
            return out;
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Reads the article columns a query joined in under the {@code ar_} prefix. */
    public static ArticleRef ref(ResultSet rs) throws SQLException {
        return new ArticleRef(new ArticleId(rs.getString("ar_id")), rs.getString("ar_name"), rs.getString("ar_outlet"),
                rs.getString("ar_title"), Sql.date(rs, "ar_date"));
    }

    /** The article columns of {@link #ref}, for a query that joins {@code article ar}. */
    public static final String REF_COLUMNS = "ar.id AS ar_id, ar.name AS ar_name, ar.outlet AS ar_outlet, "
            + "ar.title AS ar_title, ar.date_value AS ar_date";

    private static IndexRow indexRow(ResultSet rs) throws SQLException {
        return new IndexRow(new ArticleId(rs.getString("id")), rs.getLong("seq"), rs.getString("title"),
                rs.getString("outlet"), Sql.date(rs, "date_value"), rs.getString("body"));
    }

    private static ArticleSummary summary(ResultSet rs) throws SQLException {
        return new ArticleSummary(new ArticleId(rs.getString("id")), rs.getLong("seq"), rs.getString("name"),
                rs.getString("source"), rs.getString("outlet"), rs.getString("title"), Sql.date(rs, "published"),
                dateEstimate(rs), new ArticleSummary.Counts(rs.getInt("sentence_count"), rs.getInt("mention_count"),
                rs.getInt("entity_count"), rs.getInt("attribution_count"), rs.getInt("stance_count"), rs.getInt("event_count")),
                rs.getString("analyzer_version"));
    }

    private static DateEstimate dateEstimate(ResultSet rs) throws SQLException {
        return new DateEstimate(Sql.date(rs, "date_value"), rs.getBoolean("date_estimated"), rs.getString("date_basis"));
    }
}
