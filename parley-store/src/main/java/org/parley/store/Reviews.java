package org.parley.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.Condition;
import org.parley.model.Position;
import org.parley.model.Speaker;
import org.parley.model.Span;
import org.parley.store.Correction.Action;
import org.parley.store.Correction.Fact;
import org.parley.store.internal.ArticleRepository;
import org.parley.store.internal.AttributionRepository;
import org.parley.store.internal.ConditionValue;
import org.parley.store.internal.CorrectionRepository;
import org.parley.store.internal.Db;
import org.parley.store.internal.Sql;
import org.parley.store.internal.StanceRepository;

/**
 * Review and correction of stances and quotes: people confirm or reject them, or correct a stance's holder,
 * polarity or condition or a quote's speaker. Get it from {@link Store#reviews()}.
 *
 * <p>Corrections are kept apart from what extraction wrote ({@link Correction}) and applied when stances and quotes
 * are read, so every reader of the store sees them; they are keyed by article and evidence span, so they survive
 * re-extraction. Nothing is deleted: {@link #undo} adds an entry that retracts an earlier one. Thread-safe.
 */
public final class Reviews {
    /** Longest name recorded as who made a correction (the column's size). */
    public static final int MAX_BY = 200;
    public static final int MAX_VALUE = 2_000;
    private static final int WRITE_ATTEMPTS = 10;

    private final Db db;
    private final IndexSync sync;
    private final CorrectionRepository corrections = new CorrectionRepository();
    private final StanceRepository stances = new StanceRepository();
    private final AttributionRepository attributions = new AttributionRepository();
    private final ArticleRepository articles = new ArticleRepository();

    Reviews(Db db, IndexSync sync) {
        this.db = db;
        this.sync = sync;
    }

    /**
     * Confirms, rejects or corrects stance {@code id}.
     *
     * @param value the new holder name, polarity label (support, oppose, mixed, neutral), or condition as
     *              {@code "kind: words"} (words exactly as in the article) or {@code "none"}; empty for confirm and reject
     * @throws NoSuchElementException   when no stance has this id
     * @throws IllegalArgumentException when the action is not a stance's or the value is not valid for it
     */
    public Correction stance(long id, Action action, Optional<String> value, String note, String by) {
        check(Fact.STANCE, action, value, note, by);
        return write(c -> {
            StoredStance s = stances.byId(c, id).orElseThrow(() -> new NoSuchElementException(
                    "no stance has id " + id + "; 'parley stances' lists them with their ids"));
            Optional<String> old = switch (action) {
                case SET_HOLDER -> Optional.of(s.stance().holder().name());
                case SET_POLARITY -> Optional.of(s.stance().position().label());
                case SET_CONDITION -> Optional.of(ConditionValue.format(s.stance().condition()));
                default -> Optional.empty();
            };
            Optional<String> set = switch (action) {
                case SET_POLARITY -> Optional.of(polarity(value.get()));
                case SET_CONDITION -> Optional.of(condition(c, s, value.get()));
                default -> value.map(String::strip);
            };
            if (old.isPresent() && old.equals(set)) {
                throw new IllegalArgumentException("stance %d already has %s '%s'".formatted(id,
                        action.label().substring(4), old.get()));
            }
            return draft(Fact.STANCE, s.article(), s.stance().issue(), s.stance().evidence(), id, action, old, set, note, by);
        });
    }

    /**
     * Confirms, rejects or corrects the speaker of quote (attribution) {@code id}.
     *
     * @param value the new speaker's name for set-speaker; empty for confirm and reject
     * @throws NoSuchElementException   when no quote has this id
     * @throws IllegalArgumentException when the action is not a quote's or the value is missing
     */
    public Correction quote(long id, Action action, Optional<String> value, String note, String by) {
        check(Fact.QUOTE, action, value, note, by);
        return write(c -> {
            StoredAttribution a = attributions.byId(c, id).orElseThrow(() -> new NoSuchElementException(
                    "no quote has id " + id + "; 'parley quotes' lists them with their ids"));
            Optional<String> old = action == Action.SET_SPEAKER
                    ? Optional.of(a.attribution().speaker() instanceof Speaker.Known k ? k.name() : "") : Optional.empty();
            Optional<String> set = value.map(String::strip);
            if (old.isPresent() && old.equals(set)) {
                throw new IllegalArgumentException("quote %d already has speaker '%s'".formatted(id, old.get()));
            }
            return draft(Fact.QUOTE, a.article(), "", a.attribution().content(), id, action, old, set, note, by);
        });
    }

    /**
     * Retracts correction {@code id} with a new entry; the fact shows what the entries still in force say.
     *
     * @throws NoSuchElementException   when there is no such correction
     * @throws IllegalArgumentException when it is an undo itself, or was undone already
     */
    public Correction undo(long id, String note, String by) {
        checkWho(note, by);
        return write(c -> {
            Correction old = corrections.byId(c, id).orElseThrow(() -> new NoSuchElementException(
                    "no correction has id " + id + "; 'parley review list' lists them"));
            if (old.action() == Action.UNDO) {
                throw new IllegalArgumentException("correction " + id + " is an undo, which cannot be undone; to bring "
                        + "back what it retracted (correction " + old.undoes().orElseThrow() + "), make that correction again");
            }
            if (old.undoneBy().isPresent()) {
                throw new IllegalArgumentException("correction " + id + " was undone already, by correction " + old.undoneBy().get());
            }
            return new CorrectionRepository.Draft(old.fact(), old.article(), old.issue(), old.span(), old.rowId(),
                    Action.UNDO, old.newValue(), old.oldValue(), note, by.strip(), now(), Optional.of(id));
        });
    }

    /** The history, oldest first, undos and the entries they retract included. */
    public Paged<Correction> list(Page page) {
        Objects.requireNonNull(page, "page is null");
        long after = page.cursor().isPresent() ? page.numericCursor() : 0;
        return Paged.of(read("list corrections", c -> corrections.list(c, after, page.limit() + 1)), page.limit(),
                k -> Long.toString(k.id()));
    }

    /** The id of the latest entry, 0 when there is none: it changes with every correction and undo. */
    public long latest() {
        return read("read the latest correction", c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM correction")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Optional<Correction> correction(long id) {
        return read("read correction " + id, c -> corrections.byId(c, id));
    }

    private interface Drafting {
        CorrectionRepository.Draft draft(Connection c) throws SQLException;
    }

    /**
     * Writes the entry and the fact's new review state in one transaction, and re-indexes a quote's article. Two
     * reviewers correcting one fact at once both write its review_state row; the second then collides on its key
     * and is written again, after the first, from the history that now holds both.
     */
    private Correction write(Drafting drafting) {
        Correction written;
        for (int attempt = 1; ; attempt++) {
            try {
                written = db.inTransaction(c -> {
                    CorrectionRepository.Draft d = drafting.draft(c);
                    long id = corrections.insert(c, d);
                    corrections.refreshState(c, d.fact(), d.article(), d.issue(), d.span());
                    return corrections.byId(c, id).orElseThrow();
                });
                break;
            } catch (SQLException e) {
                if ((Sql.isUniqueViolation(e) || Sql.isTransient(e)) && attempt < WRITE_ATTEMPTS) continue;
                throw new StoreException("could not store the correction; nothing was changed", e);
            }
        }
        if (written.fact() == Fact.QUOTE) {
            try {
                sync.articleSaved(db, written.article());
            } catch (SQLException | IOException e) {
                throw new StoreException("stored correction " + written.id() + " but could not update the search index; "
                        + "searches show the quote as it was until the index is rebuilt (it is at the next start)", e);
            }
        }
        return written;
    }

    private static CorrectionRepository.Draft draft(Fact fact, ArticleRef article, String issue, Span span, long row,
                                                    Action action, Optional<String> old, Optional<String> set,
                                                    String note, String by) {
        return new CorrectionRepository.Draft(fact, article.id(), issue, span, row, action, old, set, note.strip(),
                by.strip(), now(), Optional.empty());
    }

    private static void check(Fact fact, Action action, Optional<String> value, String note, String by) {
        Objects.requireNonNull(action, "action is null");
        Objects.requireNonNull(value, "value is null");
        checkWho(note, by);
        if (!action.appliesTo(fact)) {
            throw new IllegalArgumentException("a " + fact.label() + " cannot be given '" + action.label() + "'; a "
                    + fact.label() + " takes: " + (fact == Fact.STANCE ? "confirm, reject, set-holder, set-polarity, set-condition"
                    : "confirm, reject, set-speaker"));
        }
        boolean setting = action.label().startsWith("set-");
        if (setting && value.filter(v -> !v.isBlank()).isEmpty()) {
            throw new IllegalArgumentException(action.label() + " needs a value");
        }
        if (!setting && value.isPresent()) throw new IllegalArgumentException(action.label() + " takes no value");
        if (value.isPresent() && value.get().length() > MAX_VALUE) {
            throw new IllegalArgumentException("the value has " + value.get().length() + " characters; at most " + MAX_VALUE);
        }
    }

    private static void checkWho(String note, String by) {
        Objects.requireNonNull(note, "note is null");
        if (by == null || by.isBlank()) throw new IllegalArgumentException("say who makes the correction");
        if (by.strip().length() > MAX_BY) {
            throw new IllegalArgumentException("the name of who corrects has " + by.strip().length() + " characters; at most " + MAX_BY);
        }
        if (note.length() > MAX_VALUE) throw new IllegalArgumentException("the note has " + note.length() + " characters; at most " + MAX_VALUE);
    }

    private static String polarity(String value) {
        try {
            return Position.parse(value).label();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("polarity '" + value.strip() + "' is not one of support, oppose, mixed, neutral", e);
        }
    }

    /** "none", or "kind: words" with words the article contains (checked here, so the stored value always locates). */
    private String condition(Connection c, StoredStance s, String value) throws SQLException {
        String v = value.strip();
        if (v.equalsIgnoreCase("none")) return "";
        ConditionValue parsed = ConditionValue.parse(hasKind(v) ? v : "conditional: " + v);
        String text = articles.body(c, s.article().id()).orElseThrow();
        ConditionValue.locate(text, s.stance().evidence(), parsed.text());
        return Condition.Kind.parse(parsed.kind()).label() + ": " + parsed.text();
    }

    /** Whether a condition value starts with a kind ("demand: …"); words alone are a conditional. */
    private static boolean hasKind(String v) {
        int colon = v.indexOf(':');
        if (colon < 0) return false;
        try {
            Condition.Kind.parse(v.substring(0, colon).strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T read(String what, Db.Work<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw new StoreException("could not " + what, e);
        }
    }
}
