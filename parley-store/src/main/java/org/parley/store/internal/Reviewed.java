package org.parley.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Attribution;
import org.parley.model.Condition;
import org.parley.model.Holder;
import org.parley.model.Position;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.store.Review;

/**
 * Corrections on the read path: the join that brings each stance's or quote's review_state row along, and the
 * code that shows the corrected values in place of the extracted ones. Every listing and lookup of stances and
 * quotes goes through here, so no reader has to know about corrections to show them.
 */
final class Reviewed {
    /** The review_state columns, named so they do not clash with the fact's own. */
    static final String COLUMNS = "rv.verdict AS rv_verdict, rv.holder AS rv_holder, rv.speaker AS rv_speaker, "
            + "rv.polarity AS rv_polarity, rv.condition_kind AS rv_condition_kind, rv.condition_text AS rv_condition_text, "
            + "rv.condition_start AS rv_condition_start, rv.condition_end AS rv_condition_end, rv.last_id AS rv_last_id, "
            + "rv.made_by AS rv_made_by, rv.made_at AS rv_made_at";
    /** Stances are keyed by article, issue and evidence span (see V5__corrections.sql). */
    static final String STANCE_JOIN = " LEFT JOIN review_state rv ON rv.fact = 'stance' AND rv.article_id = s.article_id "
            + "AND rv.issue = s.issue AND rv.span_start = s.evidence_start AND rv.span_end = s.evidence_end";
    /** Quotes by article and the span of their words. */
    static final String QUOTE_JOIN = " LEFT JOIN review_state rv ON rv.fact = 'quote' AND rv.article_id = t.article_id "
            + "AND rv.issue = '' AND rv.span_start = t.span_start AND rv.span_end = t.span_end";
    /** Leaves out rejected facts: listings do unless asked to include them. */
    static final String NOT_REJECTED = "(rv.verdict IS NULL OR rv.verdict <> 'rejected')";

    private Reviewed() {
    }

    /** A stance as extracted, with the corrections in force, and the review that says what changed. */
    record StanceRow(Stance stance, Optional<Review> review) {
    }

    /** A quote likewise. */
    record QuoteRow(Attribution attribution, Optional<Review> review) {
    }

    static StanceRow stance(ResultSet rs, Stance s) throws SQLException {
        if (rs.getObject("rv_last_id") == null) return new StanceRow(s, Optional.empty());
        Map<String, String> corrected = new LinkedHashMap<>();
        Holder holder = s.holder();
        String name = rs.getString("rv_holder");
        if (name != null) {
            corrected.put("holder", holder.name());
            // The corrected holder is a name, not one of the article's entities: the entity link is dropped.
            holder = new Holder(holder.mention(), holder.surface(), "", name, holder.type());
        }
        Position position = s.position();
        String polarity = rs.getString("rv_polarity");
        if (polarity != null) {
            corrected.put("polarity", position.label());
            position = Position.parse(polarity);
        }
        Optional<Condition> condition = s.condition();
        String words = rs.getString("rv_condition_text");
        if (words != null) {
            corrected.put("condition", ConditionValue.format(condition));
            condition = words.isEmpty() ? Optional.empty() : Optional.of(new Condition(
                    Condition.Kind.parse(rs.getString("rv_condition_kind")), words, conditionSpan(rs, s.evidence())));
        }
        Stance out = new Stance(s.issue(), holder, position, s.cues(), s.negated(), s.confidence(), s.evidence(),
                s.sentence(), condition, s.shift(), s.date(), s.rules());
        return new StanceRow(out, Optional.of(review(rs, corrected)));
    }

    static QuoteRow quote(ResultSet rs, Attribution a) throws SQLException {
        if (rs.getObject("rv_last_id") == null) return new QuoteRow(a, Optional.empty());
        Map<String, String> corrected = new LinkedHashMap<>();
        String name = rs.getString("rv_speaker");
        if (name != null) {
            corrected.put("speaker", a.speaker() instanceof Speaker.Known k ? k.name() : "");
            // The extracted mention named someone else: the corrected speaker has none in the text.
            a = a.withSpeaker(Speaker.Known.outsideText("", name));
        }
        return new QuoteRow(a, Optional.of(review(rs, corrected)));
    }

    /** Whether the row's holder or speaker was corrected, so its resolved entity no longer applies. */
    static boolean renamed(ResultSet rs, String column) throws SQLException {
        return rs.getString(column) != null;
    }

    private static Span conditionSpan(ResultSet rs, Span evidence) throws SQLException {
        int start = rs.getInt("rv_condition_start");
        if (rs.wasNull()) return evidence;
        return new Span(start, rs.getInt("rv_condition_end"));
    }

    private static Review review(ResultSet rs, Map<String, String> corrected) throws SQLException {
        String verdict = rs.getString("rv_verdict");
        return new Review(Optional.ofNullable(verdict).map(Review.Verdict::parse), corrected, rs.getString("rv_made_by"),
                rs.getObject("rv_made_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong("rv_last_id"));
    }
}
