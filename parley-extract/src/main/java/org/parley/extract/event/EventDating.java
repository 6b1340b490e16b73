package org.parley.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.parley.extract.issue.Lemmas;
import org.parley.extract.time.TimexValues;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateEstimate;
import org.parley.model.EventStatus;
import org.parley.model.Granularity;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.Token;
import org.parley.model.When;

/**
 * Dates one event by its own words.
 *
 * <ol>
 *   <li>The date is a time expression of the event's own clause ("the summit in Madrid on June 29", "on Thursday
 *       Russia invaded"), resolved against the article's date; one that sits nearer another event of that clause
 *       belongs to that one ("during yesterday's call he discussed the agreement": the call is yesterday's, the
 *       agreement is not). A date elsewhere in the sentence never dates the event.</li>
 *   <li>With none, an event told in the past tense of the report ("Russia launched…", "talks were held") takes the
 *       article's date, marked estimated; an event planned, threatened or denied stays undated, and so does one told
 *       in an adverbial clause, which gives background rather than news ("when the Minsk agreements were signed").</li>
 *   <li>A happening dated after the article's date has not happened yet: it is planned.</li>
 * </ol>
 */
final class EventDating {
    /** Verbs that say a noun-named event took place: "talks were held", "the summit took place", "launched an offensive". */
    private static final Set<String> HAPPENING = Stream.of("hold", "held", "take", "took", "launch", "begin", "began", "begun",
            "start", "end", "conclude", "conduct", "carry", "complete", "open", "stage", "sign").map(Lemmas::key).collect(Collectors.toSet());
    private static final Set<String> PERFECT = Set.of("have", "has", "had", "was", "were", "been", "be");
    private static final int HAPPENING_REACH = 4;

    /** An event's date and status once its date is known. */
    record Dated(Optional<When> when, boolean estimated, EventStatus status) {
    }

    private EventDating() {
    }

    /**
     * @param clause     tokens {@code [start, end)} of the event's clause; {@code background} if it is adverbial
     * @param trigger the event's words; {@code others} the other events' words in the same clause
     */
    static Dated date(AnnotatedArticle doc, int sentence, int[] clause, boolean background, Span trigger, List<Span> others,
                      int triggerToken, EventStatus status, DateEstimate article) {
        List<Token> tokens = doc.tokens();
        int from = tokens.get(clause[0]).span().start();
        int to = tokens.get(clause[1] - 1).span().end();
        When best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : doc.times()) {
            if (t.sentence() != sentence || t.span().start() < from || t.span().end() > to) continue;
            Optional<When> w = TimexValues.when(t, article.date());
            if (w.isEmpty()) continue;
            int distance = distance(t.span(), trigger);
            if (others.stream().anyMatch(o -> distance(t.span(), o) < distance)) continue;
            if (distance < bestDistance) {
                best = w.get();
                bestDistance = distance;
            }
        }
        if (best != null) {
            boolean ahead = article.date().isPresent() && best.date().isAfter(article.date().get());
            return new Dated(Optional.of(best), false, status == EventStatus.HAPPENED && ahead ? EventStatus.PLANNED : status);
        }
        if (status == EventStatus.HAPPENED && !background && article.date().isPresent() && toldAsPast(tokens, clause, triggerToken)) {
            LocalDate d = article.date().get();
            return new Dated(Optional.of(new When(d, Granularity.DAY, d.toString())), true, status);
        }
        return new Dated(Optional.empty(), false, status);
    }

    private static int distance(Span a, Span b) {
        if (a.end() <= b.start()) return b.start() - a.end();
        if (b.end() <= a.start()) return a.start() - b.end();
        return 0;
    }

    /** "Russia invaded", "has invaded", "was signed", or a noun with a past verb of happening beside it. */
    private static boolean toldAsPast(List<Token> tokens, int[] clause, int at) {
        Token t = tokens.get(at);
        if (t.pos().equals("VBD")) return true;
        if (t.pos().equals("VBN")) {
            for (int i = Math.max(clause[0], at - 2); i < at; i++) if (PERFECT.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) return true;
            return false;
        }
        if (!t.pos().startsWith("NN")) return false;
        for (int i = Math.max(clause[0], at - HAPPENING_REACH); i < Math.min(clause[1], at + HAPPENING_REACH + 1); i++) {
            Token v = tokens.get(i);
            if ((v.pos().equals("VBD") || v.pos().equals("VBN")) && (HAPPENING.contains(Lemmas.key(v)) || HAPPENING.contains(Lemmas.key(v.word())))) {
                return true;
            }
        }
        return false;
    }
}
