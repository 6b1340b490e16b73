package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.TimeMention;

/**
 * What the annotator found that the store keeps: sentences, named-entity mentions and time expressions as rows (what
 * listings read), and the whole annotation with its tokens as one compressed blob (what re-analysis reads).
 */
public final class AnnotationRepository {
    /** The stored blob of one article, undecoded. */
    public record Blob(String annotator, int format, byte[] data) {
    }

    public void insert(Connection c, AnnotatedArticle doc) throws SQLException {
        String id = doc.article().id().value();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (article_id, annotator, format, data) "
                + "VALUES (?, ?, ?, ?)")) {
            Sql.setText(ps, 1, id);
            Sql.setText(ps, 2, doc.annotator());
            ps.setInt(3, AnnotationBlob.FORMAT);
            ps.setBytes(4, AnnotationBlob.write(doc));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sentence (article_id, idx, span_start, span_end, "
                + "first_token, end_token, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Sentence s : doc.sentences()) {
                Sql.setText(ps, 1, id);
                ps.setInt(2, s.index());
                ps.setInt(3, s.span().start());
                ps.setInt(4, s.span().end());
                ps.setInt(5, s.firstToken());
                ps.setInt(6, s.endToken());
                ps.setInt(7, s.paragraph());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ner_mention (article_id, ord, span_start, span_end, "
                + "surface, entity_type, ner_tag, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Mention m : doc.mentions()) {
                Sql.setText(ps, 1, id);
                ps.setInt(2, ord++);
                ps.setInt(3, m.span().start());
                ps.setInt(4, m.span().end());
                Sql.setText(ps, 5, m.surface());
                Sql.setText(ps, 6, m.type().name());
                Sql.setText(ps, 7, m.nerTag());
                ps.setInt(8, m.sentence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO time_mention (article_id, ord, span_start, span_end, "
                + "surface, timex_value, timex_type, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (TimeMention t : doc.times()) {
                Sql.setText(ps, 1, id);
                ps.setInt(2, ord++);
                ps.setInt(3, t.span().start());
                ps.setInt(4, t.span().end());
                Sql.setText(ps, 5, t.surface());
                Sql.setText(ps, 6, t.value());
                Sql.setText(ps, 7, t.type());
                ps.setInt(8, t.sentence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<Sentence> sentences(Connection c, ArticleId article) throws SQLException {
        List<Sentence> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM sentence WHERE article_id = ? ORDER BY idx")) {
            Sql.setText(ps, 1, article.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Sentence(rs.getInt("idx"), Sql.span(rs, "span"), rs.getInt("first_token"),
                            rs.getInt("end_token"), rs.getInt("paragraph")));
                }
            }
        }
        return out;
    }

    public List<Mention> mentions(Connection c, ArticleId article) throws SQLException {
        List<Mention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM ner_mention WHERE article_id = ? ORDER BY ord")) {
            Sql.setText(ps, 1, article.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Mention(Sql.span(rs, "span"), rs.getString("surface"),
                            EntityType.valueOf(rs.getString("entity_type")), rs.getString("ner_tag"), rs.getInt("sentence")));
                }
            }
        }
        return out;
    }

    public List<TimeMention> times(Connection c, ArticleId article) throws SQLException {
        List<TimeMention> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM time_mention WHERE article_id = ? ORDER BY ord")) {
            Sql.setText(ps, 1, article.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TimeMention(Sql.span(rs, "span"), rs.getString("surface"), rs.getString("timex_value"),
                            rs.getString("timex_type"), rs.getInt("sentence")));
                }
            }
        }
        return out;
    }

    public Optional<Blob> blob(Connection c, ArticleId article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT annotator, format, data FROM annotation WHERE article_id = ?")) {
            Sql.setText(ps, 1, article.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Blob(rs.getString("annotator"), rs.getInt("format"), rs.getBytes("data")))
                        : Optional.empty();
            }
        }
    }
}
