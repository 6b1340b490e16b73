package org.parley.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Span;

/**
 * One entry of the review history: someone confirmed, rejected or corrected a stance or a quote, or undid an
 * earlier entry. Entries are never changed or deleted; an undo is an entry of its own.
 *
 * <p>The fact is named by what survives re-extraction ({@link #article}, {@link #fact}, {@link #span}, and the
 * {@link #issue} of a stance), so corrections still apply when the article is analysed again and its rows get new
 * ids; {@link #rowId} is the row it was made on, for reading.
 *
 * @param issue    the stance's issue; empty for quotes
 * @param span     the stance's evidence or the quote's words, offsets into the article text
 * @param oldValue the value before (what the fact showed when the correction was made), for set-* actions
 * @param newValue the value set: a name, a polarity label, or a condition as {@code "kind: words"} ({@code ""}
 *                 for none); for an undo, nothing
 * @param undoes   for an undo, the entry it retracts
 * @param undoneBy the undo entry that retracted this one, if any
 */
public record Correction(long id, Fact fact, ArticleId article, String issue, Span span, long rowId, Action action,
                         Optional<String> oldValue, Optional<String> newValue, String note, String by, Instant at,
                         Optional<Long> undoes, Optional<Long> undoneBy) {
    public Correction {
        Objects.requireNonNull(fact, "fact is null");
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(oldValue, "oldValue is null");
        Objects.requireNonNull(newValue, "newValue is null");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(by, "by is null");
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(undoes, "undoes is null");
        Objects.requireNonNull(undoneBy, "undoneBy is null");
    }

    /** Whether this entry still counts: not an undo, and not undone. */
    public boolean inForce() {
        return action != Action.UNDO && undoneBy.isEmpty();
    }

    public enum Fact {
        STANCE, QUOTE;

        /** "stance", "quote": as stored and shown. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Fact parse(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public enum Action {
        CONFIRM, REJECT, SET_HOLDER, SET_SPEAKER, SET_POLARITY, SET_CONDITION, UNDO;

        /** "confirm", "set-holder", …: as stored, shown and accepted by the CLI and the API. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Action parse(String label) {
            for (Action a : values()) if (a.label().equals(label)) return a;
            throw new IllegalArgumentException("no review action '" + label + "'; actions: confirm, reject, set-holder, "
                    + "set-speaker, set-polarity, set-condition");
        }

        /** Whether the action can be made on {@code fact}: holders and polarities are a stance's, speakers a quote's. */
        public boolean appliesTo(Fact fact) {
            return switch (this) {
                case CONFIRM, REJECT -> true;
                case SET_HOLDER, SET_POLARITY, SET_CONDITION -> fact == Fact.STANCE;
                case SET_SPEAKER -> fact == Fact.QUOTE;
                case UNDO -> false;
            };
        }
    }
}
