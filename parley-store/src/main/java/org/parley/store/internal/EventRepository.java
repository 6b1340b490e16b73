package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.Granularity;
import org.parley.model.Span;
import org.parley.model.When;
import org.parley.store.ArticleRef;
import org.parley.store.EntityRef;
import org.parley.store.EventQuery;
import org.parley.store.Order;
import org.parley.store.Page;
import org.parley.store.StoredEvent;

/** Dated events and the local entities taking part in them. */
public final class EventRepository {
    private static final String SELECT = "SELECT ev.*, " + ArticleRepository.REF_COLUMNS
            + " FROM event ev JOIN article ar ON ar.id = ev.article_id";

    public void insert(Connection c, ArticleId article, List<Event> events) throws SQLException {
        String sql = "INSERT INTO event (article_id, ord, kind, trigger_start, trigger_end, trigger_text, when_date, "
                + "when_granularity, when_value, evidence_start, evidence_end, sentence, status, date_estimated) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement pp = c.prepareStatement("INSERT INTO event_participant (article_id, event_ord, ord, entity_key) "
                     + "VALUES (?, ?, ?, ?)")) {
            int ord = 0;
            for (Event e : events) {
                int i = 1;
                Sql.setText(ps, i++, article.value());
                ps.setInt(i++, ord);
                Sql.setText(ps, i++, e.kind());
                ps.setInt(i++, e.trigger().start());
                ps.setInt(i++, e.trigger().end());
                Sql.setText(ps, i++, e.triggerText());
                Sql.setDate(ps, i++, e.when().map(When::date));
                Sql.setNullableString(ps, i++, e.when().map(w -> w.granularity().name()).orElse(null));
                Sql.setNullableString(ps, i++, e.when().map(When::value).orElse(null));
                ps.setInt(i++, e.evidence().start());
                ps.setInt(i++, e.evidence().end());
                ps.setInt(i++, e.sentence());
                Sql.setText(ps, i++, e.status().name());
                ps.setBoolean(i, e.estimated());
                ps.addBatch();
                for (int p = 0; p < e.participants().size(); p++) {
                    Sql.setText(pp, 1, article.value());
                    pp.setInt(2, ord);
                    pp.setInt(3, p);
                    Sql.setText(pp, 4, e.participants().get(p));
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

    private static final String SORT_DATE = "COALESCE(ev.when_date, " + DateCursor.UNDATED_SQL + ")";

    public Optional<StoredEvent> byId(Connection c, long id) throws SQLException {
        return query(c, new Where().and("ev.id = ?", id), "", Integer.MAX_VALUE).stream().findFirst();
    }

    public List<StoredEvent> list(Connection c, EventQuery q, Page page) throws SQLException {
        Where w = new Where();
        boolean chronological = q.order() == Order.CHRONOLOGICAL;
        if (chronological) DateCursor.of(page).ifPresent(cursor -> cursor.after(w, SORT_DATE, "ev.id"));
        else if (page.cursor().isPresent()) w.and("ev.id > ?", page.numericCursor());
        q.from().ifPresent(d -> w.and("ev.when_date >= ?", d));
        q.to().ifPresent(d -> w.and("ev.when_date <= ?", d));
        q.kind().ifPresent(k -> w.and("ev.kind = ?", k));
        q.article().ifPresent(id -> w.and("ev.article_id = ?", id.value()));
        q.participant().ifPresent(id -> w.and("EXISTS (SELECT 1 FROM event_participant p JOIN entity_link l "
                + "ON l.article_id = p.article_id AND l.entity_key = p.entity_key "
                + "WHERE p.article_id = ev.article_id AND p.event_ord = ev.ord AND l.entity_id = ?)", id.value()));
        return query(c, w, chronological ? " ORDER BY " + SORT_DATE + ", ev.id" : " ORDER BY ev.id", page.limit() + 1);
    }

    /** The cursor after {@code e} in a chronological listing. */
    public static String dateCursor(StoredEvent e) {
        return DateCursor.of(e.event().when().map(When::date), e.id());
    }

    private List<StoredEvent> query(Connection c, Where w, String order, int limit) throws SQLException {
        String sql = SELECT + w.sql() + order + (limit == Integer.MAX_VALUE ? "" : " LIMIT ?");
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = w.bind(ps);
            if (limit != Integer.MAX_VALUE) ps.setInt(next, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new Row(rs.getLong("id"), ArticleRepository.ref(rs),
                        rs.getString("kind"), Sql.span(rs, "trigger"), rs.getString("trigger_text"), when(rs),
                        Sql.span(rs, "evidence"), rs.getInt("sentence"), EventStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("date_estimated")));
            }
        }
        Map<Long, List<Participant>> byEvent = participants(c, rows.stream().map(Row::id).toList());
        List<StoredEvent> out = new ArrayList<>();
        for (Row r : rows) {
            List<Participant> participants = byEvent.getOrDefault(r.id, List.of());
            Event e = new Event(r.kind, r.trigger, r.triggerText, participants.stream().map(Participant::key).toList(),
                    r.when, r.evidence, r.sentence, r.status, r.estimated && r.when.isPresent());
            out.add(new StoredEvent(r.id, r.article, e,
                    participants.stream().flatMap(p -> p.entity().stream()).distinct().toList()));
        }
        return out;
    }

    private record Row(long id, ArticleRef article, String kind,
                       Span trigger, String triggerText, Optional<When> when,
                       Span evidence, int sentence, EventStatus status, boolean estimated) {
    }

    private record Participant(String key, Optional<EntityRef> entity) {
    }

    /** The participants of the events {@code ids}, in one query per hundred events rather than one per event. */
    private static Map<Long, List<Participant>> participants(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<Participant>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 100) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT ev.id, p.entity_key, en.id, en.name FROM event ev "
                    + "JOIN event_participant p ON p.article_id = ev.article_id AND p.event_ord = ev.ord "
                    + "LEFT JOIN entity_link l ON l.article_id = p.article_id AND l.entity_key = p.entity_key "
                    + "LEFT JOIN entity en ON en.id = l.entity_id "
                    + "WHERE ev.id IN (" + marks + ") ORDER BY ev.id, p.ord")) {
                for (int i = 0; i < chunk.size(); i++) ps.setLong(i + 1, chunk.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String entity = rs.getString(3);
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Participant(rs.getString(2),
                                entity == null ? Optional.empty() : Optional.of(new EntityRef(new EntityId(entity), rs.getString(4)))));
                    }
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
