package org.parley.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.issue.DataFile;
import org.parley.extract.issue.PhraseIndex;
import org.parley.extract.time.TimexValues;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateEstimate;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeMention;

import org.parley.model.When;

/**
 * Dated happenings: meetings, calls, summits, visits, invasions, attacks, agreements, statements, elections.
 *
 * <ol>
 *   <li>Triggers come from {@code triggers.tsv} (kind, phrase; kind "-" hides a non-event phrase such as
 *       "call for"); one event per kind and sentence.</li>
 *   <li>Participants are the local entity keys of the people, organisations and governments the sentence names
 *       (with no entities given, the annotator's mention surfaces stand in for keys); places that are only
 *       places (cities) are where, not who.</li>
 *   <li>The date is the time expression of the sentence nearest the trigger, resolved against the article's date
 *       estimate when the annotator left it relative ("Thursday", "last week"); durations and sets are skipped.</li>
 *   <li>A trigger with neither a participant nor a date is not reported: it is too vague to place on a timeline.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EventExtractor {
    public static final String NAME = "events";
    public static final String VERSION = "1";
    public static final String TRIGGERS = "/org/parley/extract/event/triggers.tsv";
    private static final String NOT_AN_EVENT = "-";

    private final PhraseIndex<String> triggers = new PhraseIndex<>();

    public EventExtractor() {
        DataFile file = DataFile.read(TRIGGERS);
        for (DataFile.Line line : file.lines()) {
            if (line.field(1).isEmpty()) throw file.error(line, "a trigger needs a kind and a phrase");
            triggers.add(line.field(1), line.field(0));
        }
    }

    public List<Event> extract(AnnotatedArticle doc, List<LocalEntity> entities, DateEstimate date) {
        List<Event> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Set<String> kinds = new LinkedHashSet<>();
            for (PhraseIndex.Hit<String> hit : triggers.find(doc.tokens(), s.firstToken(), s.endToken())) {
                if (hit.value().equals(NOT_AN_EVENT) || !kinds.add(hit.value())) continue;
                Span trigger = new Span(doc.tokens().get(hit.start()).span().start(), doc.tokens().get(hit.end() - 1).span().end());
                List<String> participants = participants(doc, s, entities);
                Optional<When> when = when(doc, s, trigger, date);
                if (participants.isEmpty() && when.isEmpty()) continue;
                out.add(new Event(hit.value(), trigger, trigger.of(doc.text()), participants, when, s.span(), s.index()));
            }
        }
        return out;
    }

    private static List<String> participants(AnnotatedArticle doc, Sentence s, List<LocalEntity> entities) {
        Set<String> keys = new LinkedHashSet<>();
        if (!entities.isEmpty()) {
            for (LocalEntity e : entities) {
                if (e.type() == EntityType.PLACE || e.type() == EntityType.OTHER) continue;
                for (EntityMention m : e.mentions()) if (m.sentence() == s.index()) keys.add(e.key());
            }
        } else {
            for (Mention m : doc.mentions()) {
                if (m.sentence() == s.index() && m.type() != EntityType.PLACE && m.type() != EntityType.OTHER) keys.add(m.surface());
            }
        }
        return List.copyOf(keys);
    }

    private static Optional<When> when(AnnotatedArticle doc, Sentence s, Span trigger, DateEstimate date) {
        When best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeMention t : doc.times()) {
            if (t.sentence() != s.index()) continue;
            Optional<When> w = TimexValues.when(t, date.date());
            if (w.isEmpty()) continue;
            int distance = Math.abs(t.span().start() - trigger.start());
            if (distance < bestDistance) {
                best = w.get();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

}
