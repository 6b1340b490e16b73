package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.EntityId;
import org.parley.model.Speaker;
import org.parley.model.Span;
import org.parley.store.AttributionQuery;
import org.parley.store.EntityRef;
import org.parley.store.Page;
import org.parley.store.StoredAttribution;

/**
 * Quotes and reported speech, with their speakers; queries join the speaker's global entity through its link, and
 * the quote's review, whose corrections they show ({@link Reviewed}).
 */
public final class AttributionRepository {
    private static final String SELECT = "SELECT t.*, " + ArticleRepository.REF_COLUMNS + ", en.id AS en_id, en.name AS en_name, "
            + Reviewed.COLUMNS + " FROM attribution t JOIN article ar ON ar.id = t.article_id "
            + "LEFT JOIN entity_link l ON l.article_id = t.article_id AND l.entity_key = t.speaker_key "
            + "LEFT JOIN entity en ON en.id = l.entity_id" + Reviewed.QUOTE_JOIN;

    public void insert(Connection c, ArticleId article, List<Attribution> attributions) throws SQLException {
        String sql = "INSERT INTO attribution (article_id, ord, span_start, span_end, content, is_direct, kind, fragments_json, "
                + "cue_start, cue_end, cue_text, speaker_known, speaker_start, speaker_end, speaker_surface, speaker_key, "
                + "speaker_name, sentence, confidence, via_start, via_end, via_surface, via_key, via_name, rules_json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int ord = 0;
            for (Attribution a : attributions) {
                int i = 1;
                Sql.setText(ps, i++, article.value());
                ps.setInt(i++, ord++);
                ps.setInt(i++, a.content().start());
                ps.setInt(i++, a.content().end());
                Sql.setText(ps, i++, a.text());
                ps.setBoolean(i++, a.direct());
                Sql.setText(ps, i++, a.kind().name());
                Sql.setText(ps, i++, Json.write(a.fragments()));
                Sql.setNullableInt(ps, i++, a.cue().map(s -> s.start()).orElse(null));
                Sql.setNullableInt(ps, i++, a.cue().map(s -> s.end()).orElse(null));
                Sql.setText(ps, i++, a.cueText());
                Speaker.Known known = a.speaker() instanceof Speaker.Known k ? k : null;
                // an unresolved speaker ("they said") keeps its mention, with speaker_known false and no name
                Span mention = known != null ? known.mention() : a.speaker().mentionInText().orElse(null);
                ps.setBoolean(i++, known != null);
                Sql.setNullableInt(ps, i++, mention == null ? null : mention.start());
                Sql.setNullableInt(ps, i++, mention == null ? null : mention.end());
                Sql.setNullableString(ps, i++, known != null ? known.surface()
                        : a.speaker() instanceof Speaker.Unknown u && mention != null ? u.surface() : null);
                Sql.setNullableString(ps, i++, known == null ? null : Sql.emptyToNull(known.entityKey()));
                Sql.setNullableString(ps, i++, known == null ? null : known.name());
                ps.setInt(i++, a.sentence());
                ps.setDouble(i++, a.confidence());
                Speaker.Known via = a.via().orElse(null);
                Sql.setNullableInt(ps, i++, via == null ? null : via.mention().start());
                Sql.setNullableInt(ps, i++, via == null ? null : via.mention().end());
                Sql.setNullableString(ps, i++, via == null ? null : via.surface());
                Sql.setNullableString(ps, i++, via == null ? null : Sql.emptyToNull(via.entityKey()));
                Sql.setNullableString(ps, i++, via == null ? null : via.name());
                Sql.setText(ps, i, Json.write(a.rules()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The attributions of one article in extraction order, with their ids. */
    public List<StoredAttribution> ofArticle(Connection c, ArticleId article) throws SQLException {
        return query(c, new Where().and("t.article_id = ?", article.value()), " ORDER BY t.ord", Integer.MAX_VALUE);
    }

    public Optional<StoredAttribution> byId(Connection c, long id) throws SQLException {
        return query(c, new Where().and("t.id = ?", id), "", Integer.MAX_VALUE).stream().findFirst();
    }

    public List<StoredAttribution> list(Connection c, AttributionQuery q, Page page) throws SQLException {
        Where w = new Where();
        if (page.cursor().isPresent()) w.and("t.id > ?", page.numericCursor());
        if (!q.rejected()) w.and(Reviewed.NOT_REJECTED);
        // A corrected speaker is matched by the corrected name only: the extracted one and its entity were wrong.
        q.speaker().ifPresent(id -> w.and("(l.entity_id = ? AND rv.speaker IS NULL)", id.value()));
        q.speakerName().ifPresent(name -> {
            String p = Sql.containsPattern(name);
            w.and("(LOWER(rv.speaker) LIKE ?" + Sql.LIKE_ESCAPE + " OR (rv.speaker IS NULL AND (LOWER(t.speaker_name) LIKE ?"
                    + Sql.LIKE_ESCAPE + " OR LOWER(t.speaker_surface) LIKE ?" + Sql.LIKE_ESCAPE
                    + " OR EXISTS (SELECT 1 FROM entity_name n WHERE n.entity_id = l.entity_id AND n.name_lower LIKE ?"
                    + Sql.LIKE_ESCAPE + "))))", p, p, p, p);
        });
        q.article().ifPresent(id -> w.and("t.article_id = ?", id.value()));
        q.kind().ifPresent(k -> w.and("t.kind = ?", k.name()));
        if (q.directOnly()) w.and("t.is_direct = ?", true);
        q.from().ifPresent(d -> w.and("ar.date_value >= ?", d));
        q.to().ifPresent(d -> w.and("ar.date_value <= ?", d));
        q.textContains().ifPresent(s -> w.and("LOWER(t.content) LIKE ?" + Sql.LIKE_ESCAPE, Sql.containsPattern(s)));
        q.issue().ifPresent(issue -> w.and("EXISTS (SELECT 1 FROM stance s WHERE s.article_id = t.article_id AND s.issue = ? "
                + "AND (s.sentence = t.sentence OR (s.evidence_start < t.span_end AND t.span_start < s.evidence_end)))", issue));
        return query(c, w, " ORDER BY t.id", page.limit() + 1);
    }

    /** Attributions after {@code id} in id order, for rebuilding the search index. */
    public List<StoredAttribution> after(Connection c, long id, int limit) throws SQLException {
        return query(c, new Where().and("t.id > ?", id), " ORDER BY t.id", limit);
    }

    private List<StoredAttribution> query(Connection c, Where w, String order, int limit) throws SQLException {
        String sql = SELECT + w.sql() + order + (limit == Integer.MAX_VALUE ? "" : " LIMIT ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = w.bind(ps);
            if (limit != Integer.MAX_VALUE) ps.setInt(next, limit);
            List<StoredAttribution> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row(rs));
            }
            return out;
        }
    }

    private static StoredAttribution row(ResultSet rs) throws SQLException {
        Optional<Span> mention = Sql.optionalSpan(rs, "speaker");
        Speaker speaker = rs.getBoolean("speaker_known")
                ? new Speaker.Known(Sql.span(rs, "speaker"), rs.getString("speaker_surface"),
                        Sql.nonNull(rs, "speaker_key"), rs.getString("speaker_name"))
                : mention.isPresent() ? Speaker.unresolved(mention.get(), rs.getString("speaker_surface")) : Speaker.unknown();
        Optional<Span> viaMention = Sql.optionalSpan(rs, "via");
        Optional<Speaker.Known> via = viaMention.isEmpty() ? Optional.empty() : Optional.of(new Speaker.Known(viaMention.get(),
                Sql.nonNull(rs, "via_surface"), rs.getString("via_key"), rs.getString("via_name")));
        Attribution a = new Attribution(Sql.span(rs, "span"), rs.getString("content"), rs.getBoolean("is_direct"),
                AttributionKind.valueOf(rs.getString("kind")), Json.spans(rs.getString("fragments_json")),
                Sql.optionalSpan(rs, "cue"), rs.getString("cue_text"), speaker, rs.getInt("sentence"),
                rs.getDouble("confidence"), via, Json.strings(rs.getString("rules_json")));
        String entityId = rs.getString("en_id");
        Optional<EntityRef> entity = entityId == null || Reviewed.renamed(rs, "rv_speaker") ? Optional.empty()
                : Optional.of(new EntityRef(new EntityId(entityId), rs.getString("en_name")));
        Reviewed.QuoteRow reviewed = Reviewed.quote(rs, a);
        return new StoredAttribution(rs.getLong("id"), ArticleRepository.ref(rs), reviewed.attribution(), entity,
                reviewed.review());
    }
}
