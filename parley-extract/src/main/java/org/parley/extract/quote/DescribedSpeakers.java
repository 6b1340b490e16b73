package org.parley.extract.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.entity.Countries;
import org.parley.extract.entity.Lexicon;
import org.parley.extract.entity.Titles;
import org.parley.model.Attribution;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.MentionKind;
import org.parley.model.Span;
import org.parley.model.Speaker;

/**
 * Speakers named by a phrase the sentence-level resolver could not tie to the right entity: phrases that name nobody
 * at all ("the world", "the only thing", "nobody"), a group named by what it is of, a place, a relative "who" or a
 * description with its apposition, a president's own country in his turn. The functions of {@link Utterances}' rules
 * {@code not-someone}, {@code group-of-entity}, {@code place-is-no-speaker}, {@code apposition} and
 * {@code own-country-in-turn}; titles are {@link TitleBearers}.
 */
final class DescribedSpeakers {
    private static final Titles TITLES = Titles.standard();
    private static final Countries COUNTRIES = Countries.standard();
    /** Report-like sources ("the report", "polls", cue-subjects.txt): someone to cite even as a bare plural. */
    private static final Cues SOURCES = Cues.standard();
    private static final Set<String> AGENTS = agents();
    /** Words before a head that do not change what it names. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "my", "your", "his", "her", "their",
            "its", "this", "that", "these", "those", "both", "all", "many", "some", "most", "other", "two", "three",
            "four", "several", "various", "certain", "such", "each", "every", "any", "whole", "entire");
    /** Endings of English nouns for people; a thing that shares one ("the border") only keeps its words as a speaker. */
    private static final List<String> AGENT_ENDINGS = List.of("ist", "ant", "ent", "er", "or", "ian", "man", "woman", "ee", "ive");
    /** The endings of AGENT_ENDINGS that name one person, not a body ("government") or a role ("representative"). */
    private static final List<String> PERSON_ENDINGS = List.of("ist", "ant", "er", "or", "ian", "man", "woman", "ee");
    /** Those who speak for the body they are "of": "officials of the ministry" is the ministry speaking. */
    private static final Set<String> SPEAK_FOR = Set.of("officials", "representatives", "spokesmen", "spokespeople",
            "spokespersons", "sources", "diplomats", "envoys", "leaders", "heads", "members");
    /** Nouns of one person that are no title and have no person's ending. */
    private static final Set<String> PERSON_NOUNS = Set.of("wife", "husband", "son", "daughter", "mother", "father",
            "brother", "sister", "aide", "attorney", "spokesperson", "colleague", "friend", "candidate", "nominee",
            "partner", "chief", "head", "leader", "official", "deputy", "envoy", "delegate", "nephew", "niece", "widow");
    /** Nouns that name a part of a group: the head of "a number of states" is "states". */
    private static final Set<String> PARTS = Set.of("number", "majority", "minority", "most", "some", "many", "one", "part",
            "group", "couple", "few", "several", "both", "each", "none", "rest", "half", "all", "any", "either", "neither");
    private static final Set<String> PRONOUNS = Set.of("i", "we", "me", "us", "he", "she", "him", "her", "they", "them",
            "it", "you", "who", "whom", "which", "that", "this", "these", "those", "one");
    /** Determiners that leave a plural as general as a bare one: "many experts", "some people". */
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "most", "several", "various", "certain", "other", "all");
    /** Who says nothing in particular: a speaker phrase that is one of these names no one. */
    private static final Set<String> NO_ONE = Set.of("no one", "nobody", "none", "nothing", "everybody", "everyone",
            "everything", "anybody", "anyone", "anything", "somebody", "someone", "something", "others", "another",
            "many", "some", "few", "all", "each", "one");

    private DescribedSpeakers() {
    }

    /** What a speaker phrase no entity resolves names. */
    enum Named {
        /** a name, or a description of a person, body or source: "Jomart Tokayev", "the parties", "the report" */
        SOMEONE,
        /** anyone or no one in particular: "nobody", "others", "some", bare plurals ("experts", "journalists") */
        ANYONE,
        /** nothing that speaks: "the world", "the only thing", "a sign" */
        NO_ONE
    }

    /**
     * A speaker phrase no entity resolves and whose head is not someone who can speak ("the world", "the only
     * thing", "a sign"): the words are nobody's report. Inside a transcript turn or a speech they stay the turn
     * speaker's own (the turn's attribution covers them); elsewhere the attribution stays with its speaker unknown.
     * Anyone or no one in particular ("nobody", "some", "experts") is an unknown speaker, the phrase kept as its
     * mention.
     */
    static Attribution notSomeone(Utterances.Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || !k.entityKey().isEmpty() || k.inText().isEmpty()) return a;
        if (PRONOUNS.contains(k.name().strip().toLowerCase(Locale.ROOT))) return a; // left to unresolved-pronoun
        Named named = classify(k.name());
        if (named == Named.SOMEONE) return a;
        boolean inTurn = ctx.structure().turnHolding(a.content()).filter(t -> t.speaker().named()).isPresent();
        if (named == Named.NO_ONE && inTurn) return null;
        return a.withSpeaker(Speaker.unresolved(k.mention(), k.surface()));
    }

    /**
     * "Russia supports the draft …" in the Russian President's own turn or speech: the country his office speaks for
     * is him speaking, not a report of the country's words (the turn's attribution gives them to him).
     */
    static Attribution ownCountry(Utterances.Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || ctx.office().isEmpty() || ctx.principal().isEmpty()) return a;
        var turn = ctx.structure().turnHolding(a.content()).filter(t -> t.speaker().named());
        if (turn.isEmpty()) return a;
        var u = turn.get().speaker();
        var p = ctx.principal().get();
        boolean principalSpeaks = u.name().equals(p.name()) || !u.entityKey().isEmpty() && u.entityKey().equals(p.entityKey());
        if (!principalSpeaks) return a;
        String surface = k.surface().strip().replaceFirst("^(?i)the\\s+", "");
        return COUNTRIES.lookup(surface).filter(h -> h.form() == Countries.Form.NAME && h.country().equals(ctx.office().get().country()))
                .isPresent() ? null : a;
    }

    /**
     * A place as a speaker: a seat of government speaks for its country ("Kiev says" is Ukraine); a place that is no
     * country is no speaker: "Sen. Lindsey Graham of South Carolina …, saying" is the person it is "of", else nobody.
     */
    static Attribution placeIsNoSpeaker(Utterances.Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || k.entityKey().isEmpty() || k.inText().isEmpty()) return a;
        LocalEntity place = ctx.entities().stream().filter(e -> e.key().equals(k.entityKey())).findFirst().orElse(null);
        if (place == null || place.type() != EntityType.PLACE) return a;
        var hit = COUNTRIES.lookup(k.surface().strip()).or(() -> COUNTRIES.lookup(place.name()));
        if (hit.isPresent()) {
            String country = hit.get().country();
            for (LocalEntity e : ctx.entities()) {
                if (e.type() == EntityType.GOVERNMENT && e.name().equals(country)) {
                    return a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), e.key(), e.name()));
                }
            }
            return a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), "", country));
        }
        // "NAME of PLACE" / "NAME from PLACE": the person before the preposition
        String text = ctx.text();
        int at = k.mention().start();
        String before = text.substring(Math.max(0, at - 6), at).toLowerCase(Locale.ROOT);
        if (before.endsWith(" of ") || before.endsWith(" from ")) {
            int end = text.lastIndexOf(' ', at - 2);
            for (LocalEntity e : ctx.entities()) {
                if (e.type() != EntityType.PERSON) continue;
                for (EntityMention m : e.mentions()) {
                    if (m.kind() != MentionKind.PRONOUN && m.span().end() == end) {
                        return a.withSpeaker(new Speaker.Known(m.span(), m.span().of(text), e.key(), e.name()));
                    }
                }
            }
        }
        return a.withSpeaker(Speaker.unresolved(k.mention(), k.surface()));
    }

    /**
     * "Critics of Citizens United", "supporters of the president": a group named by what it is of is not that thing,
     * so the speaker is the group (no name of its own); a title ("the President of Russia") or those who speak for a
     * body ("officials of the ministry") keep the resolution.
     */
    static Attribution groupOfEntity(Utterances.Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || k.entityKey().isEmpty() || k.inText().isEmpty()) return a;
        String[] parts = k.surface().strip().split("\\s+of\\s+", 2);
        if (parts.length < 2) return a;
        String head = lastWord(parts[0]).replaceAll("[^\\p{L}-]", "");
        if (head.isEmpty() || !head.endsWith("s") || SPEAK_FOR.contains(head) || TITLES.isTitle(head) || TITLES.isTitle(head.replaceAll("s$", ""))) return a;
        if (!isAgent(head)) return a;
        return a.withSpeaker(Speaker.unresolved(k.mention(), k.surface()));
    }

    /**
     * A speaker given by its apposition: "Kenneth G. Langone, a co-founder of the Home Depot who had called for …",
     * "Rep. Steve King, R-Iowa, who in 2006 suggested …", "his press secretary, Jay Carney, reiterated …", "Sen. Mitch
     * McConnell of Kentucky, the minority leader, who described …". A relative "who" or a description no person
     * resolved is the person named in the same noun phrase: right after it between commas, or the nearest before it
     * in the sentence with only commas and the phrase's own words between.
     */
    static Attribution apposition(Utterances.Context ctx, Attribution a) {
        if (!(a.speaker() instanceof Speaker.Known k) || k.inText().isEmpty()) return a;
        String surface = k.surface().strip().toLowerCase(Locale.ROOT);
        boolean relative = surface.equals("who");
        LocalEntity resolved = ctx.entities().stream().filter(e -> e.key().equals(k.entityKey())).findFirst().orElse(null);
        if (resolved != null && resolved.type() == EntityType.PERSON) return a;
        if (!relative && (resolved != null || classify(k.surface()) != Named.SOMEONE || !namesAPerson(k.surface()))) return a;
        String text = ctx.text();
        Span m = k.mention();
        // after: "his press secretary, Jay Carney, reiterated"
        if (!relative && m.end() + 2 < text.length() && text.startsWith(", ", m.end())) {
            LocalEntity after = personAt(ctx, m.end() + 2);
            if (after != null) return a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), after.key(), after.name()));
        }
        // before: the nearest person's name in the sentence, with no clause between
        int sentenceStart = Math.max(text.lastIndexOf(". ", m.start()), text.lastIndexOf('\n', m.start()));
        LocalEntity best = null;
        int bestEnd = -1;
        for (LocalEntity e : ctx.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (EntityMention em : e.mentions()) {
                int end = em.span().end();
                if (em.kind() != MentionKind.NAME || end > m.start() || end <= sentenceStart || end <= bestEnd) continue;
                String between = text.substring(end, m.start());
                if (!between.startsWith(",") && !between.startsWith(" of ") || between.length() > 40) continue;
                if (between.matches("(?s).*([.;:!?\"“”]|\\b(said|says|and|but|while|when|after|before|because|who|whom|whose|which|that)\\b).*")) continue;
                best = e;
                bestEnd = end;
            }
        }
        return best == null ? a : a.withSpeaker(new Speaker.Known(k.mention(), k.surface(), best.key(), best.name()));
    }

    private static LocalEntity personAt(Utterances.Context ctx, int start) {
        for (LocalEntity e : ctx.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            for (EntityMention em : e.mentions()) {
                if (em.kind() == MentionKind.NAME && em.span().start() == start) return e;
            }
        }
        return null;
    }

    /** "her husband", "president of the Brady campaign", "the minority leader": a description of one person, not of a body or a poll. */
    private static boolean namesAPerson(String phrase) {
        String core = phrase.strip().split("(?i)\\s+(of|to|for|from|in|at|on|with)\\s+|,", 2)[0];
        String head = lastWord(core).replaceAll("[^\\p{L}-]", "");
        if (head.isEmpty() || SOURCES.isReportNoun(head)) return false;
        return TITLES.isTitle(head) || PERSON_NOUNS.contains(head) || endsLike(head, PERSON_ENDINGS);
    }

    /** Whether a phrase can name someone who speaks: a name, or a description whose head is a person, body or source. */
    static boolean namesSomeone(String phrase) {
        return classify(phrase) == Named.SOMEONE;
    }

    static Named classify(String phrase) {
        String p = phrase.strip().replace('’', '\'');
        if (p.isEmpty()) return Named.NO_ONE;
        String lower = p.toLowerCase(Locale.ROOT);
        if (NO_ONE.contains(lower)) return Named.ANYONE;
        // the head of "the Head of the Office of the President", "experts from the institute", "people who …"
        String core = p.split("(?i)\\s+(of|to|for|from|in|at|on|with|who|that|which|whose)\\s+|,", 2)[0].strip();
        // "a number of NATO member states", "some of our partners": the head is what the part is of
        String[] partOf = p.split("(?i)\\s+of\\s+", 2);
        if (partOf.length == 2 && PARTS.contains(lastWord(core))) return classify(partOf[1]);
        List<String> words = List.of(core.split("\\s+"));
        int first = 0;
        while (first < words.size() - 1 && DETERMINERS.contains(words.get(first).toLowerCase(Locale.ROOT))) first++;
        List<String> rest = words.subList(first, words.size());
        if (rest.isEmpty()) return Named.NO_ONE;
        String head = rest.get(rest.size() - 1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}'-]", "");
        if (head.isEmpty()) return Named.NO_ONE;
        // a name ("Jomart Tokayev", "Five Nuclear-Weapons States"): capitalised words after no lower-case determiner
        boolean capitalised = rest.stream().allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
        boolean lowerDeterminer = first > 0 && Character.isLowerCase(words.get(0).charAt(0));
        if (capitalised && !lowerDeterminer && rest.size() > 1) return Named.SOMEONE;
        // one capitalised word no entity took: a name, unless it is a common noun opening the sentence ("Experts")
        if (capitalised && rest.size() == 1 && isAgent(head)) capitalised = false;
        else if (capitalised && Character.isUpperCase(p.charAt(0)) && first == 0) return Named.SOMEONE;
        if (!(isAgent(head) || TITLES.isTitle(head) || capitalised && TITLES.isTitleWord(head))) return Named.NO_ONE;
        // "experts", "Russian propagandists": a bare plural names a kind of people, not someone to cite
        boolean quantified = words.subList(0, first).stream().allMatch(w -> QUANTIFIERS.contains(w.toLowerCase(Locale.ROOT)));
        // "NATO member states" is particular; "Russian propagandists" is a kind of people
        boolean named = rest.stream().anyMatch(w -> Character.isUpperCase(w.charAt(0)) && !isAgent(w.toLowerCase(Locale.ROOT))
                && COUNTRIES.lookup(w).filter(h -> h.form() == Countries.Form.DEMONYM).isEmpty());
        boolean barePlural = quantified && !capitalised && !named && !SOURCES.isReportNoun(head) && !SOURCES.isReportNoun(head.replaceAll("s$", "")) && head.endsWith("s") && !head.endsWith("ss")
                && Character.isLowerCase(head.charAt(0)) && !listedAgent(head);
        return barePlural || quantified && head.equals("people") ? Named.ANYONE : Named.SOMEONE;
    }

    private static boolean isAgent(String word) {
        for (String form : singulars(word)) {
            if (listedAgent(form) || TITLES.isTitle(form)) return true;
        }
        // nouns of people by their ending: "strategist", "consultant", "resident", "voter", "historian", "nominee"
        for (String form : singulars(word)) if (endsLike(form, AGENT_ENDINGS)) return true;
        return false;
    }

    private static boolean endsLike(String word, List<String> endings) {
        for (String end : endings) {
            if (word.length() > end.length() + 2 && word.endsWith(end)) return true;
        }
        return false;
    }

    private static List<String> singulars(String w) {
        if (w.endsWith("people")) return List.of(w, "person");
        if (w.endsWith("men")) return List.of(w, w.substring(0, w.length() - 3) + "man");
        if (w.endsWith("ies")) return List.of(w, w.substring(0, w.length() - 3) + "y");
        if (w.endsWith("es")) return List.of(w, w.substring(0, w.length() - 2), w.substring(0, w.length() - 1));
        if (w.endsWith("s")) return List.of(w, w.substring(0, w.length() - 1));
        return List.of(w);
    }

    private static String lastWord(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    private static Set<String> agents() {
        Set<String> out = new HashSet<>();
        for (String line : Lexicon.lines(DescribedSpeakers.class, "agents.txt")) out.add(line.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /** A person, body or source noun of agents.txt or cue-subjects.txt. */
    private static boolean listedAgent(String word) {
        return AGENTS.contains(word) || SOURCES.isReportNoun(word);
    }
}
