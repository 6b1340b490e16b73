package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;
import org.parley.model.Event;
import org.parley.model.Granularity;
import org.parley.model.Span;
import org.parley.model.When;
import org.parley.store.ArticleRef;
import org.parley.store.EntityRef;
import org.parley.store.EventQuery;
import org.parley.store.Page;
import org.parley.store.StoredEvent;

/** Dated events and the local entities taking part in them. */
public final class EventRepository {
    private static final String SELECT = "SELECT ev.*, " + ArticleRepository.REF_COLUMNS
            + " FROM event ev JOIN article ar ON ar.id = ev.article_id";

    public void insert(Connection c, ArticleId article, List<Event> events) throws SQLException {
        String sql = "INSERT INTO event (article_id, ord, kind, trigger_start, trigger_end, trigger_text, when_date, "
                + "when_granularity, when_value, evidence_start, evidence_end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement pp = c.prepareStatement("INSERT INTO event_participant (article_id, event_ord, ord, entity_key) "
                     + "VALUES (?, ?, ?, ?)")) {
            int ord = 0;
            for (Event e : events) {
                int i = 1;
                ps.setString(i++, article.value());
                ps.setInt(i++, ord);
                ps.setString(i++, e.kind());
                ps.setInt(i++, e.trigger().start());
                ps.setInt(i++, e.trigger().end());
                ps.setString(i++, e.triggerText());
                Sql.setDate(ps, i++, e.when().map(When::date));
                Sql.setNullableString(ps, i++, e.when().map(w -> w.granularity().name()).orElse(null));
                Sql.setNullableString(ps, i++, e.when().map(When::value).orElse(null));
                ps.setInt(i++, e.evidence().start());
                ps.setInt(i++, e.evidence().end());
                ps.setInt(i, e.sentence());
                ps.addBatch();
                for (int p = 0; p < e.participants().size(); p++) {
                    pp.setString(1, article.value());
                    pp.setInt(2, ord);
                    pp.setInt(3, p);
                    pp.setString(4, e.participants().get(p));
                    pp.addBatch();
                }
                ord++;
            }
            ps.executeBatch();
            pp.executeBatch();
        }
    }

    public List<StoredEvent> ofArticle(Connection c, ArticleId article) throws SQLException {
        return query(c, new Where().and("ev.article_id = ?", article.value()), " ORDER BY ev.ord", Integer.MAX_VALUE);
    }

    public List<StoredEvent> list(Connection c, EventQuery q, Page page) throws SQLException {
        Where w = new Where();
        if (page.cursor().isPresent()) w.and("ev.id > ?", page.numericCursor());
        q.from().ifPresent(d -> w.and("ev.when_date >= ?", d));
        q.to().ifPresent(d -> w.and("ev.when_date <= ?", d));
        q.kind().ifPresent(k -> w.and("ev.kind = ?", k));
        q.article().ifPresent(id -> w.and("ev.article_id = ?", id.value()));
        q.participant().ifPresent(id -> w.and("EXISTS (SELECT 1 FROM event_participant p JOIN entity_link l "
                + "ON l.article_id = p.article_id AND l.entity_key = p.entity_key "
                + "WHERE p.article_id = ev.article_id AND p.event_ord = ev.ord AND l.entity_id = ?)", id.value()));
        return query(c, w, " ORDER BY ev.id", page.limit() + 1);
    }

    private List<StoredEvent> query(Connection c, Where w, String order, int limit) throws SQLException {
        String sql = SELECT + w.sql() + order + (limit == Integer.MAX_VALUE ? "" : " LIMIT ?");
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = w.bind(ps);
            if (limit != Integer.MAX_VALUE) ps.setInt(next, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new Row(rs.getLong("id"), rs.getString("article_id"), rs.getInt("ord"), ArticleRepository.ref(rs),
                        rs.getString("kind"), Sql.span(rs, "trigger"), rs.getString("trigger_text"), when(rs),
                        Sql.span(rs, "evidence"), rs.getInt("sentence")));
            }
        }
        List<StoredEvent> out = new ArrayList<>();
        for (Row r : rows) {
            List<Participant> participants = participants(c, r.articleId, r.ord);
            Event e = new Event(r.kind, r.trigger, r.triggerText, participants.stream().map(Participant::key).toList(),
                    r.when, r.evidence, r.sentence);
            out.add(new StoredEvent(r.id, r.article, e,
                    participants.stream().flatMap(p -> p.entity().stream()).distinct().toList()));
        }
        return out;
    }

    private record Row(long id, String articleId, int ord, ArticleRef article, String kind,
                       Span trigger, String triggerText, Optional<When> when,
                       Span evidence, int sentence) {
    }

    private record Participant(String key, Optional<EntityRef> entity) {
    }

    private static List<Participant> participants(Connection c, String article, int eventOrd) throws SQLException {
        List<Participant> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.entity_key, en.id, en.name FROM event_participant p "
                + "LEFT JOIN entity_link l ON l.article_id = p.article_id AND l.entity_key = p.entity_key "
                + "LEFT JOIN entity en ON en.id = l.entity_id "
                + "WHERE p.article_id = ? AND p.event_ord = ? ORDER BY p.ord")) {
            ps.setString(1, article);
            ps.setInt(2, eventOrd);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(2);
                    out.add(new Participant(rs.getString(1), id == null ? Optional.empty()
                            : Optional.of(new EntityRef(new EntityId(id), rs.getString(3)))));
                }
            }
        }
        return out;
    }

    private static Optional<When> when(ResultSet rs) throws SQLException {
        Optional<LocalDate> date = Sql.date(rs, "when_date");
        if (date.isEmpty()) return Optional.empty();
        return Optional.of(new When(date.get(), Granularity.valueOf(rs.getString("when_granularity")), rs.getString("when_value")));
    }
}
