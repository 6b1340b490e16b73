package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Span;
import org.parley.store.Correction;
import org.parley.store.Correction.Action;
import org.parley.store.Correction.Fact;

/**
 * The review history (table correction) and what it adds up to per fact (table review_state, rewritten from the
 * history after every entry so that readers need one join; see V5__corrections.sql).
 */
public final class CorrectionRepository {
    private static final String SELECT = "SELECT c.*, u.id AS undone_by FROM correction c "
            + "LEFT JOIN correction u ON u.undoes = c.id";

    /** A correction to write: everything but its id. */
    public record Draft(Fact fact, ArticleId article, String issue, Span span, long rowId, Action action,
                        Optional<String> oldValue, Optional<String> newValue, String note, String by, Instant at,
                        Optional<Long> undoes) {
    }

    public long insert(Connection c, Draft d) throws SQLException {
        String sql = "INSERT INTO correction (fact, article_id, issue, span_start, span_end, row_id, action, old_value, "
                + "new_value, note, made_by, made_at, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            Sql.setText(ps, i++, d.fact().label());
            Sql.setText(ps, i++, d.article().value());
            Sql.setText(ps, i++, d.issue());
            ps.setInt(i++, d.span().start());
            ps.setInt(i++, d.span().end());
            ps.setLong(i++, d.rowId());
            Sql.setText(ps, i++, d.action().label());
            Sql.setNullableString(ps, i++, d.oldValue().orElse(null));
            Sql.setNullableString(ps, i++, d.newValue().orElse(null));
            Sql.setText(ps, i++, d.note());
            Sql.setText(ps, i++, d.by());
            ps.setObject(i++, LocalDateTime.ofInstant(d.at(), ZoneOffset.UTC));
            if (d.undoes().isPresent()) ps.setLong(i, d.undoes().get());
            else ps.setNull(i, java.sql.Types.BIGINT);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Optional<Correction> byId(Connection c, long id) throws SQLException {
        return query(c, " WHERE c.id = ?", List.of(id), Integer.MAX_VALUE).stream().findFirst();
    }

    /** The history in the order it was written, {@code limit} entries after id {@code after}. */
    public List<Correction> list(Connection c, long after, int limit) throws SQLException {
        return query(c, " WHERE c.id > ? ORDER BY c.id", List.of(after), limit);
    }

    /** Every entry about one fact, oldest first. */
    public List<Correction> ofFact(Connection c, Fact fact, ArticleId article, String issue, Span span) throws SQLException {
        return query(c, " WHERE c.fact = ? AND c.article_id = ? AND c.issue = ? AND c.span_start = ? AND c.span_end = ? "
                + "ORDER BY c.id", List.of(fact.label(), article.value(), issue, span.start(), span.end()), Integer.MAX_VALUE);
    }

    /**
     * Rewrites the review_state row of one fact from its history: for each of the verdict and the corrected values,
     * the latest entry in force wins. No row when nothing is in force (everything was undone).
     */
    public void refreshState(Connection c, Fact fact, ArticleId article, String issue, Span span) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM review_state WHERE fact = ? AND article_id = ? "
                + "AND issue = ? AND span_start = ? AND span_end = ?")) {
            bindKey(del, 1, fact, article, issue, span);
            del.executeUpdate();
        }
        ReviewState state = ReviewState.of(ofFact(c, fact, article, issue, span), new ArticleRepository().body(c, article));
        if (state.last() == null) return;
        String sql = "INSERT INTO review_state (fact, article_id, issue, span_start, span_end, verdict, holder, speaker, "
                + "polarity, condition_kind, condition_text, condition_start, condition_end, last_id, made_by, made_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindKey(ps, 1, fact, article, issue, span);
            Sql.setNullableString(ps, i++, state.verdict());
            Sql.setNullableString(ps, i++, state.holder());
            Sql.setNullableString(ps, i++, state.speaker());
            Sql.setNullableString(ps, i++, state.polarity());
            Sql.setNullableString(ps, i++, state.conditionKind());
            Sql.setNullableString(ps, i++, state.conditionText());
            Sql.setNullableInt(ps, i++, state.conditionStart());
            Sql.setNullableInt(ps, i++, state.conditionEnd());
            ps.setLong(i++, state.last().id());
            Sql.setText(ps, i++, state.last().by());
            ps.setObject(i, LocalDateTime.ofInstant(state.last().at(), ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static int bindKey(PreparedStatement ps, int i, Fact fact, ArticleId article, String issue, Span span)
            throws SQLException {
        Sql.setText(ps, i++, fact.label());
        Sql.setText(ps, i++, article.value());
        Sql.setText(ps, i++, issue);
        ps.setInt(i++, span.start());
        ps.setInt(i++, span.end());
        return i;
    }

    private List<Correction> query(Connection c, String where, List<Object> params, int limit) throws SQLException {
        String sql = SELECT + where + (limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object p : params) {
                if (p instanceof String s) Sql.setText(ps, i++, s);
                else if (p instanceof Integer n) ps.setInt(i++, n);
                else ps.setLong(i++, (Long) p);
            }
            List<Correction> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        }
    }

    private static Correction row(ResultSet rs) throws SQLException {
        long undoes = rs.getLong("undoes");
        Optional<Long> undoesId = rs.wasNull() ? Optional.empty() : Optional.of(undoes);
        long undoneBy = rs.getLong("undone_by");
        Optional<Long> undoneById = rs.wasNull() ? Optional.empty() : Optional.of(undoneBy);
        return new Correction(rs.getLong("id"), Fact.parse(rs.getString("fact")), new ArticleId(rs.getString("article_id")),
                rs.getString("issue"), new Span(rs.getInt("span_start"), rs.getInt("span_end")), rs.getLong("row_id"),
                Action.parse(rs.getString("action")),
                Optional.ofNullable(rs.getString("old_value")), Optional.ofNullable(rs.getString("new_value")),
                rs.getString("note"), rs.getString("made_by"),
                rs.getObject("made_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), undoesId, undoneById);
    }
}
