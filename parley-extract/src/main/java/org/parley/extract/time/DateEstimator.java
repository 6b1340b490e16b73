package org.parley.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.issue.DataFile;
import org.parley.extract.issue.Lemmas;
import org.parley.extract.issue.PhraseIndex;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateEstimate;
import org.parley.model.Granularity;
import org.parley.model.TimeMention;
import org.parley.model.Token;
import org.parley.model.When;

/**
 * When an article was written: its metadata date when it has one; otherwise an estimate from its content, with
 * the basis said.
 *
 * <ol>
 *   <li>Metadata: {@code estimated=false}, basis "metadata".</li>
 *   <li>Explicit dates: the latest full date (day, month or year given) whose sentence does not speak of the
 *       future ("will", "scheduled", "upcoming"): an article is written on or after what it reports.</li>
 *   <li>A full date in a sentence that looks back on it ("erupted on", "since", history-cues.txt) leaves the date
 *       open, with basis "not before" that date.</li>
 *   <li>Without a full date, a day and month with no year ("December 3") take the latest year the article
 *       mentions; a year alone leaves the date open, with basis "not before" that year.</li>
 *   <li>Temporal role words ("President-elect": between an election and the inauguration) go into the basis; which
 *       election cannot be known from the word, so they never move the date.</li>
 *   <li>Nothing datable: {@link DateEstimate#none()}, with the role words if any.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class DateEstimator {
    private static final String DIR = "/org/parley/extract/time/";

    private final PhraseIndex<String> roles = new PhraseIndex<>();
    private final Set<String> future = new HashSet<>();
    private final Set<String> history = new HashSet<>();

    public DateEstimator() {
        DataFile file = DataFile.read(DIR + "role-cues.tsv");
        for (DataFile.Line line : file.lines()) {
            if (line.field(1).isEmpty()) throw file.error(line, "a role cue needs what it tells, after a tab");
            roles.add(line.field(0).replace("-", " - "), line.field(0) + "' (" + line.field(1) + ")");
            roles.add(line.field(0), line.field(0) + "' (" + line.field(1) + ")");
        }
        for (DataFile.Line line : DataFile.read(DIR + "future-cues.txt").lines()) {
            for (String w : line.field(0).split(" ")) if (!w.isBlank()) future.add(Lemmas.key(w));
        }
        for (DataFile.Line line : DataFile.read(DIR + "history-cues.txt").lines()) {
            for (String w : line.field(0).split(" ")) if (!w.isBlank()) history.add(Lemmas.key(w));
        }
    }

    public DateEstimate estimate(AnnotatedArticle doc) {
        if (doc.article().published().isPresent()) {
            return new DateEstimate(doc.article().published(), false, "metadata");
        }
        List<String> basis = new ArrayList<>();
        When best = null;
        TimeMention bestMention = null;
        int latestYear = -1;
        TimeMention yearless = null;
        for (TimeMention t : doc.times()) {
            if (!t.type().equals("DATE")) continue;
            Optional<When> w = TimexValues.when(t.value(), Optional.empty());
            if (w.isPresent()) {
                if (futureSentence(doc, t.sentence())) continue;
                if (w.get().granularity() == Granularity.YEAR) latestYear = Math.max(latestYear, w.get().date().getYear());
                if (best == null || end(w.get()).isAfter(end(best))) {
                    best = w.get();
                    bestMention = t;
                }
            } else if (t.value().startsWith("XXXX-") && t.value().length() >= 10 && yearless == null && !futureSentence(doc, t.sentence())) {
                yearless = t;
            }
        }
        Optional<LocalDate> date = Optional.empty();
        if (best != null && best.granularity() != Granularity.YEAR && historySentence(doc, bestMention.sentence())) {
            // "The war erupted on February 24, 2022": the article looks back on that day; it was written then or later.
            basis.add("not before " + best.value() + " (latest explicit date, in a past-tense clause: '" + bestMention.surface() + "')");
        } else if (best != null && best.granularity() != Granularity.YEAR) {
            date = Optional.of(best.date());
            basis.add("latest explicit date " + best.value() + " ('" + bestMention.surface() + "')");
        } else if (yearless != null && latestYear > 0) {
            Optional<When> w = TimexValues.when(yearless.value().replace("XXXX", String.valueOf(latestYear)), Optional.empty());
            if (w.isPresent()) {
                date = Optional.of(w.get().date());
                basis.add("'" + yearless.surface() + "' in the latest year mentioned, " + latestYear + ", at the earliest");
            }
        } else if (best != null) {
            // A year alone does not date an article: say from when, and leave the date open.
            basis.add("not before " + best.value() + " (latest year mentioned)");
        }
        if (date.isEmpty() && yearless != null) basis.add("'" + yearless.surface() + "' (year unknown)");
        for (String role : roleCues(doc)) basis.add("'" + role);
        if (date.isEmpty() && basis.isEmpty()) return DateEstimate.none();
        return new DateEstimate(date, true, String.join("; ", basis));
    }

    private static LocalDate end(When w) {
        return switch (w.granularity()) {
            case DAY -> w.date();
            case WEEK -> w.date().plusDays(6);
            case MONTH -> w.date().plusMonths(1).minusDays(1);
            case YEAR -> w.date().plusYears(1).minusDays(1);
        };
    }

    private boolean historySentence(AnnotatedArticle doc, int sentence) {
        if (sentence < 0 || sentence >= doc.sentences().size()) return false;
        for (Token t : doc.tokensOf(doc.sentences().get(sentence))) if (history.contains(Lemmas.key(t))) return true;
        return false;
    }

    private boolean futureSentence(AnnotatedArticle doc, int sentence) {
        if (sentence < 0 || sentence >= doc.sentences().size()) return false;
        for (Token t : doc.tokensOf(doc.sentences().get(sentence))) {
            if (future.contains(Lemmas.key(t)) || t.word().toLowerCase(Locale.ROOT).equals("'ll")) return true;
        }
        return false;
    }

    private List<String> roleCues(AnnotatedArticle doc) {
        List<String> out = new ArrayList<>();
        for (PhraseIndex.Hit<String> h : roles.find(doc.tokens(), 0, doc.tokens().size())) {
            if (!out.contains(h.value())) out.add(h.value());
        }
        return out;
    }
}
