package org.parley.server.story;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.EventStatus;
import org.parley.model.Span;
import org.parley.store.ArticleRef;

/**
 * One dated item of the timeline: an event an article reports, or a statement (quote) made.
 *
 * @param granularity "day", "week", "month", "year", or "article" when only the article's date is known
 * @param label       the event kind ("meeting") or the reporting words ("said")
 * @param who         participants of an event, or the speaker of a statement
 * @param evidence    the span of the article the entry was read from
 * @param status      an event's status (happened, planned, threatened, denied); empty for a statement
 */
public record TimelineEntry(LocalDate date, String granularity, Kind kind, long id, ArticleRef article, String label,
                            String text, List<String> who, Span evidence, Optional<EventStatus> status)
        implements Comparable<TimelineEntry> {
    public enum Kind {
        EVENT, STATEMENT
    }

    public TimelineEntry {
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(granularity, "granularity is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(label, "label is null");
        Objects.requireNonNull(text, "text is null");
        who = List.copyOf(who);
        Objects.requireNonNull(evidence, "evidence is null");
        Objects.requireNonNull(status, "status is null");
    }

    /** Date, then events before statements, then id: total, so it serves as a stable paging cursor. */
    public String cursor() {
        return date + "|" + kind.ordinal() + "|" + id;
    }

    @Override
    public int compareTo(TimelineEntry o) {
        int c = date.compareTo(o.date);
        if (c != 0) return c;
        c = Integer.compare(kind.ordinal(), o.kind.ordinal());
        return c != 0 ? c : Long.compare(id, o.id);
    }
}
