package org.parley.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.issue.DataFile;
import org.parley.extract.issue.PhraseIndex;
import org.parley.model.AnnotatedArticle;
import org.parley.model.DateEstimate;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.Event;
import org.parley.model.EventStatus;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Happenings: meetings, calls, summits, visits, invasions, attacks, agreements, statements, elections, each with
 * its status and its own date.
 *
 * <ol>
 *   <li>Triggers come from {@code triggers.tsv} (kind, phrase, optionally "noun" or "verb" when only that use
 *       names an event: "talks" the noun, not "talking about"; kind "-" hides a non-event phrase such as
 *       "call for"); one event per kind and clause ({@link Clauses}).</li>
 *   <li>Its status (happened, planned, threatened or hypothetical, denied) comes from the cues of its clause
 *       ({@link StatusCues}); its date from a time expression of its own clause, else the article's date
 *       (estimated) for a happening told in the past tense ({@link EventDating}).</li>
 *   <li>Participants are the local entity keys of the people, organisations and governments its clause names,
 *       or, with none there, its sentence (with no entities given, the annotator's mention surfaces stand in for
 *       keys); places that are only places (cities) are where, not who.</li>
 *   <li>A trigger with neither a participant nor a date is not reported: it is too vague to place on a timeline.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class EventExtractor {
    public static final String NAME = "events";
    public static final String VERSION = "3";
    public static final String TRIGGERS = "/org/parley/extract/event/triggers.tsv";
    private static final String NOT_AN_EVENT = "-";

    private record Trigger(String kind, String use) {
    }

    private final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
    private final StatusCues cues = new StatusCues();

    public EventExtractor() {
        DataFile file = DataFile.read(TRIGGERS);
        for (DataFile.Line line : file.lines()) {
            if (line.field(1).isEmpty()) throw file.error(line, "a trigger needs a kind and a phrase");
            String use = line.field(2);
            if (!use.isEmpty() && !use.equals("noun") && !use.equals("verb")) {
                throw file.error(line, "the third field, if any, must be noun or verb, not '" + use + "'");
            }
            triggers.add(line.field(1), new Trigger(line.field(0), use));
        }
    }

    public List<Event> extract(AnnotatedArticle doc, List<LocalEntity> entities, DateEstimate date) {
        List<Event> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        for (Sentence s : doc.sentences()) {
            List<PhraseIndex.Hit<Trigger>> hits = new ArrayList<>();
            for (PhraseIndex.Hit<Trigger> hit : triggers.find(tokens, s.firstToken(), s.endToken())) {
                if (!hit.value().kind().equals(NOT_AN_EVENT) && used(tokens.get(hit.start()), hit.value().use())) hits.add(hit);
            }
            Clauses clauses = Clauses.of(tokens, s);
            Set<String> seen = new HashSet<>();
            for (PhraseIndex.Hit<Trigger> hit : hits) {
                int[] clause = clauses.around(hit.start(), hit.end());
                if (!seen.add(hit.value().kind() + "@" + clause[0])) continue;
                Span trigger = span(tokens, hit.start(), hit.end());
                List<Span> others = new ArrayList<>();
                for (PhraseIndex.Hit<Trigger> o : hits) {
                    if (o != hit && clauses.same(o.start(), hit.start())) others.add(span(tokens, o.start(), o.end()));
                }
                EventStatus status = cues.status(tokens, clause[0], clause[1], hit.start(), hit.end());
                EventDating.Dated dated = EventDating.date(doc, s.index(), clause, clauses.adverbial(clause[0]),
                        trigger, others, hit.start(), status, date);
                Span clauseSpan = span(tokens, clause[0], clause[1]);
                List<String> participants = participants(doc, s, clauseSpan, entities);
                if (participants.isEmpty()) participants = participants(doc, s, s.span(), entities);
                if (participants.isEmpty() && dated.when().isEmpty()) continue;
                out.add(new Event(hit.value().kind(), trigger, trigger.of(doc.text()), participants, dated.when(), s.span(),
                        s.index(), dated.status(), dated.estimated()));
            }
        }
        return out;
    }

    /** Whether the token is used as the trigger entry asks; with no tags from the annotator, any use counts. */
    private static boolean used(Token t, String use) {
        if (use.isEmpty() || t.pos().isEmpty()) return true;
        return use.equals("noun") ? t.pos().startsWith("NN") : t.pos().startsWith("VB");
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    private static List<String> participants(AnnotatedArticle doc, Sentence s, Span within, List<LocalEntity> entities) {
        Set<String> keys = new LinkedHashSet<>();
        if (!entities.isEmpty()) {
            for (LocalEntity e : entities) {
                if (e.type() == EntityType.PLACE || e.type() == EntityType.OTHER) continue;
                for (EntityMention m : e.mentions()) {
                    if (m.sentence() == s.index() && within.contains(m.span())) keys.add(e.key());
                }
            }
        } else {
            for (Mention m : doc.mentions()) {
                if (m.sentence() == s.index() && within.contains(m.span()) && m.type() != EntityType.PLACE
                        && m.type() != EntityType.OTHER) {
                    keys.add(m.surface());
                }
            }
        }
        return List.copyOf(keys);
    }
}
