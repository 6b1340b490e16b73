package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;

/**
 * What re-analysis changes of a stored article: its extracted facts (local entities and their mentions and links,
 * attributions, stances, events) and the article row's date, warnings, structure, counts and analyzer version.
 * The text and the annotations stay; so do corrections, which are keyed by article and span, not by these rows.
 */
public final class ExtractionRepository {
    /** Children before parents, so no foreign key is broken midway. */
    private static final List<String> FACT_TABLES = List.of("event_participant", "event", "stance", "attribution",
            "entity_link", "entity_mention", "local_entity");

    /** One stored article as re-analysis sees it: whether its annotations are stored, and in which format. */
    public record Row(ArticleId id, String name, String analyzerVersion, Integer annotationFormat) {
    }

    public List<Row> rows(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ar.id, ar.name, ar.analyzer_version, an.format FROM article ar "
                + "LEFT JOIN annotation an ON an.article_id = ar.id ORDER BY ar.seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int format = rs.getInt(4);
                out.add(new Row(new ArticleId(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.wasNull() ? null : format));
            }
        }
        return out;
    }

    public void deleteFacts(Connection c, ArticleId id) throws SQLException {
        for (String table : FACT_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
                Sql.setText(ps, 1, id.value());
                ps.executeUpdate();
            }
        }
    }

    /** Rewrites what the article row holds of the analysis; false when the article is not stored. */
    public boolean updateArticle(Connection c, ArticleAnalysis analysis, String analyzerVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE article SET date_value = ?, date_estimated = ?, "
                + "date_basis = ?, warnings_json = ?, analyzer_version = ?, entity_count = ?, attribution_count = ?, "
                + "stance_count = ?, event_count = ?, structure_json = ? WHERE id = ?")) {
            int i = 1;
            Sql.setDate(ps, i++, analysis.date().date());
            ps.setBoolean(i++, analysis.date().estimated());
            Sql.setText(ps, i++, analysis.date().basis());
            Sql.setText(ps, i++, Json.write(analysis.warnings()));
            Sql.setText(ps, i++, analyzerVersion);
            ps.setInt(i++, analysis.entities().size());
            ps.setInt(i++, analysis.attributions().size());
            ps.setInt(i++, analysis.stances().size());
            ps.setInt(i++, analysis.events().size());
            Sql.setText(ps, i++, Json.write(analysis.structure()));
            Sql.setText(ps, i, analysis.article().id().value());
            return ps.executeUpdate() == 1;
        }
    }
}
