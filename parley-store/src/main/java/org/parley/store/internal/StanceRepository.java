package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Condition;
import org.parley.model.EntityId;
import org.parley.model.EntityType;
import org.parley.model.Holder;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.store.EntityRef;
import org.parley.store.Order;
import org.parley.store.Page;
import org.parley.store.StanceQuery;
import org.parley.store.StoredStance;

/**
 * Stances, with their holders; queries join the holder's global entity through its link, and the stance's review,
 * whose corrections they show ({@link Reviewed}).
 */
public final class StanceRepository {
    private static final String SELECT = "SELECT s.*, " + ArticleRepository.REF_COLUMNS + ", en.id AS en_id, en.name AS en_name, "
            + Reviewed.COLUMNS + " FROM stance s JOIN article ar ON ar.id = s.article_id "
            + "LEFT JOIN entity_link l ON l.article_id = s.article_id AND l.entity_key = s.holder_key "
            + "LEFT JOIN entity en ON en.id = l.entity_id" + Reviewed.STANCE_JOIN;

    public void insert(Connection c, ArticleId article, List<Stance> stances) throws SQLException {
        String sql = "INSERT INTO stance (article_id, ord, issue, holder_start, holder_end, holder_surface, holder_key, "
                + "holder_name, holder_type, stance_position, cues_json, negated, confidence, evidence_start, evidence_end, "
                + "sentence, condition_text, is_shift, stated_on, condition_kind, condition_start, condition_end, rules_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int ord = 0;
            for (Stance s : stances) {
                Holder h = s.holder();
                int i = 1;
                Sql.setText(ps, i++, article.value());
                ps.setInt(i++, ord++);
                Sql.setText(ps, i++, s.issue());
                ps.setInt(i++, h.mention().start());
                ps.setInt(i++, h.mention().end());
                Sql.setText(ps, i++, h.surface());
                Sql.setNullableString(ps, i++, Sql.emptyToNull(h.entityKey()));
                Sql.setText(ps, i++, h.name());
                Sql.setText(ps, i++, h.type().name());
                Sql.setText(ps, i++, s.position().name());
                Sql.setText(ps, i++, Json.write(s.cues()));
                ps.setBoolean(i++, s.negated());
                ps.setDouble(i++, s.confidence());
                ps.setInt(i++, s.evidence().start());
                ps.setInt(i++, s.evidence().end());
                ps.setInt(i++, s.sentence());
                Sql.setText(ps, i++, s.conditionText());
                ps.setBoolean(i++, s.shift());
                Sql.setDate(ps, i++, s.date());
                Sql.setNullableString(ps, i++, s.condition().map(k -> k.kind().label()).orElse(null));
                if (s.condition().isPresent()) {
                    ps.setInt(i++, s.condition().get().span().start());
                    ps.setInt(i++, s.condition().get().span().end());
                } else {
                    ps.setNull(i++, java.sql.Types.INTEGER);
                    ps.setNull(i++, java.sql.Types.INTEGER);
                }
                Sql.setText(ps, i, Json.write(s.rules()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<StoredStance> ofArticle(Connection c, ArticleId article) throws SQLException {
        return query(c, new Where().and("s.article_id = ?", article.value()), " ORDER BY s.ord", Integer.MAX_VALUE);
    }

    /** The date a chronological listing sorts a stance by: its statement's, else its article's; undated last. */
    private static final String SORT_DATE = "COALESCE(s.stated_on, ar.date_value, " + DateCursor.UNDATED_SQL + ")";

    public Optional<StoredStance> byId(Connection c, long id) throws SQLException {
        return query(c, new Where().and("s.id = ?", id), "", Integer.MAX_VALUE).stream().findFirst();
    }

    public List<StoredStance> list(Connection c, StanceQuery q, Page page) throws SQLException {
        Where w = new Where();
        boolean chronological = q.order() == Order.CHRONOLOGICAL;
        if (chronological) DateCursor.of(page).ifPresent(cursor -> cursor.after(w, SORT_DATE, "s.id"));
        else if (page.cursor().isPresent()) w.and("s.id > ?", page.numericCursor());
        if (!q.rejected()) w.and(Reviewed.NOT_REJECTED);
        q.issue().ifPresent(issue -> w.and("s.issue = ?", issue));
        // A corrected holder is matched by the corrected name only: the extracted one and its entity were wrong.
        q.holder().ifPresent(id -> w.and("(l.entity_id = ? AND rv.holder IS NULL)", id.value()));
        q.holderName().ifPresent(name -> {
            String p = Sql.containsPattern(name);
            w.and("(LOWER(rv.holder) LIKE ?" + Sql.LIKE_ESCAPE + " OR (rv.holder IS NULL AND (LOWER(s.holder_name) LIKE ?"
                    + Sql.LIKE_ESCAPE + " OR LOWER(s.holder_surface) LIKE ?" + Sql.LIKE_ESCAPE
                    + " OR EXISTS (SELECT 1 FROM entity_name n WHERE n.entity_id = l.entity_id AND n.name_lower LIKE ?"
                    + Sql.LIKE_ESCAPE + "))))", p, p, p, p);
        });
        q.article().ifPresent(id -> w.and("s.article_id = ?", id.value()));
        q.from().ifPresent(d -> w.and("COALESCE(s.stated_on, ar.date_value) >= ?", d));
        q.to().ifPresent(d -> w.and("COALESCE(s.stated_on, ar.date_value) <= ?", d));
        return query(c, w, chronological ? " ORDER BY " + SORT_DATE + ", s.id" : " ORDER BY s.id", page.limit() + 1);
    }

    /** The cursor after {@code s} in a chronological listing. */
    public static String dateCursor(StoredStance s) {
        return DateCursor.of(s.stance().date().or(() -> s.article().date()), s.id());
    }

    private List<StoredStance> query(Connection c, Where w, String order, int limit) throws SQLException {
        String sql = SELECT + w.sql() + order + (limit == Integer.MAX_VALUE ? "" : " LIMIT ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = w.bind(ps);
            if (limit != Integer.MAX_VALUE) ps.setInt(next, limit);
            List<StoredStance> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        }
    }

    /** The stored condition; rows written before V4 have words but no kind or span, and read as unconditional. */
    private static Optional<Condition> condition(ResultSet rs) throws SQLException {
        String kind = rs.getString("condition_kind");
        if (kind == null) return Optional.empty();
        Span span = new Span(rs.getInt("condition_start"), rs.getInt("condition_end"));
        return Optional.of(new Condition(Condition.Kind.parse(kind), rs.getString("condition_text"), span));
    }

    private static StoredStance row(ResultSet rs) throws SQLException {
        Holder holder = new Holder(Sql.span(rs, "holder"), rs.getString("holder_surface"), Sql.nonNull(rs, "holder_key"),
                rs.getString("holder_name"), EntityType.valueOf(rs.getString("holder_type")));
        Stance s = new Stance(rs.getString("issue"), holder, Position.valueOf(rs.getString("stance_position")),
                Json.strings(rs.getString("cues_json")), rs.getBoolean("negated"), rs.getDouble("confidence"),
                Sql.span(rs, "evidence"), rs.getInt("sentence"), condition(rs), rs.getBoolean("is_shift"),
                Sql.date(rs, "stated_on"), Json.strings(rs.getString("rules_json")));
        String entityId = rs.getString("en_id");
        Optional<EntityRef> entity = entityId == null || Reviewed.renamed(rs, "rv_holder") ? Optional.empty()
                : Optional.of(new EntityRef(new EntityId(entityId), rs.getString("en_name")));
        Reviewed.StanceRow reviewed = Reviewed.stance(rs, s);
        return new StoredStance(rs.getLong("id"), ArticleRepository.ref(rs), reviewed.stance(), entity, reviewed.review());
    }
}
