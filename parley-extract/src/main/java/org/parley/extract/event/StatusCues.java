package org.parley.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.issue.DataFile;
import org.parley.extract.issue.Lemmas;
import org.parley.extract.issue.PhraseIndex;
import org.parley.model.EventStatus;
import org.parley.model.Token;

/**
 * Reads whether an event happened, is planned, threatened or hypothetical, or denied, from the cue words of its
 * clause ({@code status.tsv}); and, with no cue, from the verb itself: "to meet" is an intention.
 * Immutable and thread-safe.
 */
final class StatusCues {
    static final String CUES = "/org/parley/extract/event/status.tsv";
    private static final int NEAR_WORDS = 3;
    private static final int AFTER_WORDS = 6;

    private enum Scope { NEAR, BEFORE, AFTER }

    /**
     * @param participle the one word of a cue written as a participle ("planned", "planning"), which the noun of the
     *                   same stem ("plan") is not; else empty
     */
    private record Cue(EventStatus status, Scope scope, String participle) {
    }

    /** One entry per phrase, with every scope it is a cue in ("could" before the event and after it). */
    private final PhraseIndex<List<Cue>> cues = new PhraseIndex<>();

    StatusCues() {
        Map<String, List<Cue>> byPhrase = new HashMap<>();
        DataFile file = DataFile.read(CUES);
        for (DataFile.Line line : file.lines()) {
            if (line.field(2).isEmpty()) throw file.error(line, "a status cue needs a status, a scope (near, before or after) and a phrase");
            EventStatus status;
            try {
                status = EventStatus.parse(line.field(0));
            } catch (IllegalArgumentException e) {
                throw file.error(line, e.getMessage());
            }
            if (status == EventStatus.HAPPENED) throw file.error(line, "'happened' needs no cue: it is what an event with none is");
            Scope scope = switch (line.field(1)) {
                case "near" -> Scope.NEAR;
                case "before" -> Scope.BEFORE;
                case "after" -> Scope.AFTER;
                default -> throw file.error(line, "scope '" + line.field(1) + "' is none of near, before, after");
            };
            String keys = String.join(" ", Lemmas.keys(line.field(2)));
            List<Cue> same = byPhrase.get(keys);
            if (same == null) {
                byPhrase.put(keys, same = new ArrayList<>());
                cues.add(line.field(2), same);
            }
            String phrase = line.field(2).strip().toLowerCase(Locale.ROOT);
            same.add(new Cue(status, scope, !phrase.contains(" ") && (phrase.endsWith("ed") || phrase.endsWith("ing")) ? phrase : ""));
        }
    }

    /**
     * The status of the event named by tokens {@code [from, to)} in the clause {@code [clauseStart, clauseEnd)}.
     */
    EventStatus status(List<Token> tokens, int clauseStart, int clauseEnd, int from, int to) {
        EventStatus found = EventStatus.HAPPENED;
        int end = to;
        while (end < Math.min(clauseEnd, to + AFTER_WORDS) && !tokens.get(end).word().equals(",")) end++;
        for (PhraseIndex.Hit<List<Cue>> hit : cues.find(tokens, clauseStart, end)) {
            if (hit.start() < to && hit.end() > from) continue;
            Token first = tokens.get(hit.start());
            if (first.pos().startsWith("NNP") || first.ner().equals("DATE")) continue;
            boolean before = hit.end() <= from;
            for (Cue cue : hit.value()) {
                if (nounOfParticiple(cue, tokens, hit)) continue;
                boolean fits = switch (cue.scope()) {
                    case NEAR -> before && from - hit.end() < NEAR_WORDS;
                    case BEFORE -> before;
                    case AFTER -> !before;
                };
                if (fits && rank(cue.status()) > rank(found)) found = cue.status();
            }
        }
        if (found == EventStatus.HAPPENED && from > clauseStart && infinitive(tokens, from)) return EventStatus.PLANNED;
        return found;
    }

    /** "his Medicare plan" is no "planned" nor "planning": a noun meets a participle cue only through their shared stem. */
    private static boolean nounOfParticiple(Cue cue, List<Token> tokens, PhraseIndex.Hit<List<Cue>> hit) {
        if (cue.participle().isEmpty() || hit.end() - hit.start() != 1) return false;
        Token t = tokens.get(hit.start());
        return t.pos().startsWith("NN") && !t.word().toLowerCase(Locale.ROOT).equals(cue.participle());
    }

    /** "agreed to meet", "in order to visit": a verb after "to" is an intention, not yet a happening. */
    private static boolean infinitive(List<Token> tokens, int at) {
        return tokens.get(at - 1).word().equalsIgnoreCase("to") && tokens.get(at).pos().equals("VB");
    }

    private static int rank(EventStatus s) {
        return switch (s) {
            case HAPPENED -> 0;
            case PLANNED -> 1;
            case THREATENED -> 2;
            case DENIED -> 3;
        };
    }
}
