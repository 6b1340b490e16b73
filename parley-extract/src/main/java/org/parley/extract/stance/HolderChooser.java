package org.parley.extract.stance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.issue.IssueMatch;
import org.parley.extract.issue.Lemmas;
import org.parley.extract.stance.StanceLexicon.Cue;
import org.parley.extract.stance.StanceLexicon.Kind;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.DocumentStructure;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.Token;
import org.parley.model.Turn;
import org.parley.model.Utterer;

/**
 * Picks who holds the stance on one issue match of a sentence, and resolves pronouns, bare roles and first
 * persons. One instance per article: it remembers the article's main speaker. Not shared between threads.
 */
final class HolderChooser {
    /**
     * A holder and, when a stance noun ties it to the issue ("Trump's attitude"), that noun's token.
     *
     * @param rule the name of the rule that chose it (provenance)
     */
    record Choice(Candidate holder, int stanceNoun, String rule) {
    }

    private static final int LOOK_BACK = 3;
    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "in", "into", "with", "for", "from", "on", "at",
            "about", "against", "towards", "toward", "among", "between");
    private static final Set<String> FIRST_PERSON_POSSESSIVE = Set.of("our", "my");
    private static final Set<String> THIRD_PERSON_POSSESSIVE = Set.of("his", "her");

    private final AnnotatedArticle doc;
    private final List<LocalEntity> entities;
    private final List<Attribution> attributions;
    private final HolderFinder finder;
    private final StanceLexicon lexicon;
    private final DocumentStructure structure;
    private final Optional<Utterer> principalOfReadout;
    private Candidate principal;
    private boolean principalDone;
    private Candidate titleSpeaker;
    private boolean titleDone;

    /**
     * @param principalOfReadout the holder of the office whose readout this is ("the President" on president.gov.ua),
     *                           or empty for any other kind of article
     */
    HolderChooser(AnnotatedArticle doc, List<LocalEntity> entities, List<Attribution> attributions, DocumentStructure structure,
                  Optional<Utterer> principalOfReadout, HolderFinder finder, StanceLexicon lexicon) {
        this.doc = doc;
        this.entities = entities;
        this.attributions = attributions;
        this.finder = finder;
        this.lexicon = lexicon;
        this.structure = structure;
        this.principalOfReadout = principalOfReadout;
    }

    /** The subject nearest before the issue, or a possessor of a stance noun closer to it, or a subject after it. */
    Choice choose(Sentence s, Clauses clauses, List<Candidate> candidates, IssueMatch m, int focus, int anchorSegment, List<Cue> cues) {
        List<Token> tokens = doc.tokens();
        Candidate best = null;
        for (Candidate c : candidates) {
            if (!c.subject() || c.end() > focus) continue;
            // "a member of NATO", "the decision to join": a name after a preposition is its object, not a subject
            if (c.start() > s.firstToken() && PREPOSITIONS.contains(Lemmas.key(tokens.get(c.start() - 1)))) continue;
            int seg = clauses.segmentOf(c.start());
            if (seg != anchorSegment && clauses.subordinate(seg)) continue;
            if (target(c, m, focus, cues)) continue;
            best = c;
        }
        for (Candidate c : candidates) {
            // "According to X, ..." frames the whole sentence as X's.
            if (c.end() <= focus && accordingTo(c) && !target(c, m, focus, cues)) return new Choice(c, -1, "according-to");
        }
        Choice possessor = possessor(s, candidates, best == null ? s.firstToken() : best.end(), focus);
        if (possessor != null && (best == null || !attitudeBetween(cues, best.end(), possessor.holder().start()))) return possessor;
        if (best != null) return new Choice(best, -1, "subject-before-issue");
        for (Candidate c : candidates) {
            if (c.subject() && c.start() >= m.endToken() && clauses.segmentOf(c.start()) == anchorSegment) {
                return new Choice(c, -1, "subject-after-issue");
            }
        }
        return null;
    }

    /**
     * "Trump's attitude towards X", "our demands concerning X", "his opinion", "the position of NATO as regards X":
     * a stance noun (up to two adjectives or numbers after the possessor) between {@code from} and the issue.
     */
    private Choice possessor(Sentence s, List<Candidate> candidates, int from, int focus) {
        List<Token> tokens = doc.tokens();
        Choice found = null;
        for (int i = Math.max(from, s.firstToken()); i < focus; i++) {
            if (!lexicon.stanceNoun(tokens.get(i))) continue;
            int j = i - 1;
            while (j >= from && j > i - 3 && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().equals("CD"))) j--;
            if (j < from) continue;
            Token before = tokens.get(j);
            String w = before.word().toLowerCase(Locale.ROOT);
            Candidate owner = null;
            if (FIRST_PERSON_POSSESSIVE.contains(w)) {
                owner = asReference(before, true);
            } else if (THIRD_PERSON_POSSESSIVE.contains(w)) {
                owner = asReference(before, false);
            } else {
                int at = possessiveMarker(before) ? (before.word().length() > 2 ? j : j - 1) : -2;
                for (Candidate c : candidates) if (c.end() - 1 == at && !c.reference()) owner = c;
            }
            if (owner == null && i + 2 < focus && Lemmas.key(tokens.get(i + 1)).equals("of")) {
                for (Candidate c : candidates) if (c.start() == i + 2 && !c.reference()) owner = c;
            }
            if (owner != null) found = new Choice(owner, i, "stance-noun-possessor");
        }
        return found;
    }

    /** "Rutte did not address Trump's proposal": the subject's own attitude word governs the possessor's noun. */
    private static boolean attitudeBetween(List<Cue> cues, int from, int to) {
        for (Cue q : cues) {
            if (q.start() >= from && q.end() <= to && (q.polar() || q.kind() == Kind.AVOID)) return true;
        }
        return false;
    }

    private boolean accordingTo(Candidate c) {
        List<Token> tokens = doc.tokens();
        int before = c.start() - 1;
        if (before >= 0 && Set.of("the", "a", "an").contains(Lemmas.key(tokens.get(before)))) before--;
        return before >= 1 && Lemmas.key(tokens.get(before - 1)).equals("accord") && Lemmas.key(tokens.get(before)).equals("to");
    }

    private Candidate asReference(Token t, boolean firstPerson) {
        Candidate ref = new Candidate(t.index(), t.index() + 1, t.span(), t.word(), "", t.word(), EntityType.PERSON, true, true, 0.5);
        Sentence s = doc.sentences().get(t.sentence());
        return firstPerson ? resolveFirstPerson(ref) : resolve(s, ref, finder.candidates(doc, s, entities));
    }

    private static final Set<String> PRINCIPAL_TITLES = Set.of("president", "head of state");

    /** "the President", "The Head of State": capitalised, with no country or name of its own. */
    static boolean officeOfPrincipal(String surface) {
        String bare = surface.strip().replaceFirst("^(?i)the\\s+", "");
        return !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && PRINCIPAL_TITLES.contains(bare.toLowerCase(Locale.ROOT));
    }

    private static boolean possessiveMarker(Token t) {
        String w = t.word();
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.endsWith("'s") || w.endsWith("’s");
    }

    /** A name that is what the issue is about: inside it, or right before it with no attitude word between. */
    private boolean target(Candidate c, IssueMatch m, int focus, List<Cue> cues) {
        if (m.exact() ? c.start() >= m.firstToken() && c.end() <= m.endToken() : c.start() <= focus && focus < c.end()) return true;
        // a name made only of the issue's own words ("a member of NATO" for "NATO membership") is what the issue is
        // about, never its holder; "NATO leaders" inside the same words is someone
        if (!m.exact() && c.start() >= m.firstToken() && c.end() <= m.endToken()) {
            Set<String> termWords = Set.of(m.term().toLowerCase(Locale.ROOT).split("\\s+"));
            boolean onlyIssueWords = true;
            for (int i = c.start(); i < c.end(); i++) onlyIssueWords &= termWords.contains(doc.tokens().get(i).word().toLowerCase(Locale.ROOT));
            if (onlyIssueWords) return true;
        }
        if (focus - c.end() > 3) return false;
        for (Cue q : cues) {
            if (q.start() >= c.end() && q.start() < focus && q.kind() != Kind.NEGATION && q.kind() != Kind.REVERSAL
                    && q.kind() != Kind.HEDGE && q.kind() != Kind.CONDITION && !q.phrase().equals("must")) {
                return false;
            }
        }
        return true;
    }

    /** Resolves the sentence's pronouns, roles and first persons; drops those that cannot be resolved. */
    List<Candidate> resolveAll(Sentence s, List<Candidate> candidates) {
        List<Candidate> out = new java.util.ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.reference()) {
                out.add(c);
                continue;
            }
            Candidate r = HolderFinder.FIRST_PERSON.contains(c.surface().toLowerCase(Locale.ROOT)) ? resolveFirstPerson(c)
                    : resolve(s, c, candidates);
            if (r != null) out.add(r);
        }
        return out;
    }

    private Candidate resolve(Sentence s, Candidate c, List<Candidate> candidates) {
        if (principalOfReadout.isPresent() && officeOfPrincipal(c.surface())) {
            // On an office's own site "the President" is the holder of that office, whoever was named just before.
            Optional<Candidate> p = asHolder(principalOfReadout.get(), c.span().start());
            if (p.isPresent()) return c.resolvedTo(p.get(), 0.7);
        }
        boolean person = c.type() == EntityType.PERSON;
        Candidate antecedent = null;
        for (Candidate p : candidates) {
            if (p.end() <= c.start() && !p.reference() && (p.type() == EntityType.PERSON) == person) antecedent = p;
        }
        for (int back = s.index() - 1; antecedent == null && back >= Math.max(0, s.index() - LOOK_BACK); back--) {
            for (Candidate p : finder.candidates(doc, doc.sentences().get(back), entities)) {
                if (!p.reference() && (p.type() == EntityType.PERSON) == person) antecedent = p;
            }
        }
        return antecedent == null ? null : c.resolvedTo(antecedent, Math.min(c.confidence(), antecedent.confidence() * 0.8));
    }

    /** "I"/"we": the person named as speaker of the nearest attribution before, else the article's main speaker. */
    private Candidate resolveFirstPerson(Candidate c) {
        Optional<Turn> turn = structure.turnAt(c.span().start());
        if (turn.isPresent()) {
            // In a transcript or a speech, "I" and "we" are whoever has the floor; a turn of an unnamed speaker
            // ("Question:") is nobody we know.
            return utterer(turn.get()).map(p -> c.resolvedTo(p, 0.6)).orElse(null);
        }
        // A speech, statement or interview by someone: outside quotes, "I" and "we" are the author's.
        Candidate author = titleSpeaker();
        if (author != null) return c.resolvedTo(author, 0.55);
        Attribution nearest = null;
        for (Attribution a : attributions) {
            if (a.speaker() instanceof Speaker.Known k && !k.entityKey().isEmpty() && k.mention().end() <= c.span().start()
                    && person(k.entityKey()) && (nearest == null || a.content().start() > nearest.content().start())) {
                nearest = a;
            }
        }
        if (nearest != null) {
            Speaker.Known k = (Speaker.Known) nearest.speaker();
            for (LocalEntity e : entities) {
                if (e.key().equals(k.entityKey())) {
                    return new Candidate(c.start(), c.end(), c.span(), c.surface(), e.key(), e.name(), EntityType.PERSON, c.subject(),
                            false, 0.5);
                }
            }
        }
        Candidate p = principal();
        return p == null ? null : c.resolvedTo(p, 0.45);
    }

    /**
     * The person whose words the whole article is, by its title: "Speech by Head of the Office ... Andriy Yermak at
     * ...": a speech noun, "by", then a person the article names (matched on the last word of the entity's name).
     */
    private Candidate titleSpeaker() {
        if (titleDone) return titleSpeaker;
        titleDone = true;
        String[] words = doc.article().title().split("\\s+");
        int by = -1;
        for (int i = 0; i + 1 < words.length && by < 0; i++) {
            if (!lexicon.speechNoun(Lemmas.key(words[i]))) continue;
            for (int j = i + 1; j <= i + 2 && j < words.length; j++) if (words[j].equalsIgnoreCase("by")) by = j;
        }
        if (by < 0) return null;
        Set<String> byline = new java.util.HashSet<>();
        for (int i = by + 1; i < words.length; i++) byline.add(words[i].replaceAll("[^\\p{L}\\p{N}'-]", ""));
        for (LocalEntity e : entities) {
            if (e.type() != EntityType.PERSON || finder.roleOnly(e) || e.mentions().isEmpty()) continue;
            String[] name = e.name().split("\\s+");
            if (name.length == 0 || !byline.contains(name[name.length - 1])) continue;
            EntityMention m = e.mentions().get(0);
            titleSpeaker = new Candidate(0, 1, m.span(), m.surface(), e.key(), e.name(), EntityType.PERSON, true, false, 0.6);
            return titleSpeaker;
        }
        for (Mention m : doc.mentions()) {
            String[] name = m.surface().split("\\s+");
            if (m.type() == EntityType.PERSON && byline.contains(name[name.length - 1])) {
                titleSpeaker = new Candidate(0, 1, m.span(), m.surface(), "", m.surface(), EntityType.PERSON, true, false, 0.5);
                return titleSpeaker;
            }
        }
        return null;
    }

    private boolean person(String key) {
        for (LocalEntity e : entities) if (e.key().equals(key)) return e.type() == EntityType.PERSON && !finder.roleOnly(e);
        return false;
    }

    /**
     * The article's main speaker, whom "I" and "we" outside a quote stand for: the person most often named as a
     * speaker of its attributions, else the person it names most.
     */
    private Candidate principal() {
        if (principalDone) return principal;
        principalDone = true;
        Map<String, Integer> speaking = new HashMap<>();
        for (Attribution a : attributions) {
            if (a.speaker() instanceof Speaker.Known k && !k.entityKey().isEmpty()) speaking.merge(k.entityKey(), 1, Integer::sum);
        }
        LocalEntity best = null;
        int bestScore = 0;
        for (LocalEntity e : entities) {
            if (e.type() != EntityType.PERSON || finder.roleOnly(e)) continue;
            int score = speaking.getOrDefault(e.key(), 0) * 1000 + e.mentions().size();
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best != null) {
            EntityMention m = best.mentions().get(0);
            principal = new Candidate(0, 1, m.span(), m.surface(), best.key(), best.name(), EntityType.PERSON, true, false, 0.6);
        } else {
            Map<String, Integer> counts = new HashMap<>();
            Mention first = null;
            for (Mention m : doc.mentions()) {
                if (m.type() != EntityType.PERSON) continue;
                counts.merge(m.surface(), 1, Integer::sum);
                if (first == null || counts.get(m.surface()) > counts.get(first.surface())) first = m;
            }
            if (first != null) {
                principal = new Candidate(0, 1, first.span(), first.surface(), "", first.surface(), EntityType.PERSON, true, false, 0.5);
            }
        }
        return principal;
    }

    /** The holder an attribution names: its speaker, resolved through the entities, "I"/"we" and bare roles. */
    Candidate speaker(Speaker.Known k, double confidence) {
        EntityType type = EntityType.OTHER;
        String name = k.name();
        LocalEntity entity = null;
        for (LocalEntity e : entities) if (e.key().equals(k.entityKey())) entity = e;
        if (entity != null) {
            type = entity.type();
            name = entity.name();
        } else {
            for (Mention m : doc.mentions()) if (m.span().overlaps(k.mention())) type = m.type();
        }
        if (type == EntityType.PLACE) type = EntityType.GOVERNMENT;
        int t0 = tokenAt(k.mention().start());
        int t1 = Math.max(t0 + 1, tokenAt(k.mention().end() - 1) + 1);
        Candidate c = new Candidate(t0, t1, k.mention(), k.surface(), k.entityKey(), name, type, true, false, Math.max(0.3, confidence));
        String surface = k.surface().toLowerCase(Locale.ROOT);
        Sentence s = doc.sentences().get(doc.tokens().get(t0).sentence());
        if (k.entityKey().isEmpty() && HolderFinder.FIRST_PERSON.contains(surface)) return resolveFirstPerson(c);
        if (entity != null && finder.roleOnly(entity) || k.entityKey().isEmpty() && Set.of("he", "she").contains(surface)) {
            Candidate ref = new Candidate(t0, t1, k.mention(), k.surface(), "", k.surface(), EntityType.PERSON, true, true, 0.5);
            return resolve(s, ref, finder.candidates(doc, s, entities));
        }
        // A speaker that is neither an entity nor a named mention ("the complexities") is no holder: read the
        // sentence itself instead.
        return entity != null || type != EntityType.OTHER ? c : null;
    }

    /**
     * Whether an attribution's speaker is named before the transcript turn that holds {@code offset}: someone named
     * in an earlier turn does not speak in this one.
     */
    boolean speakerBeforeTurn(Attribution a, int offset) {
        Optional<Turn> turn = structure.turnAt(offset);
        return turn.isPresent() && a.speaker() instanceof Speaker.Known k && k.inText().isPresent()
                && k.mention().end() <= turn.get().body().start();
    }

    /** The named speaker of the transcript turn or speech that holds {@code offset}, if any. */
    Optional<Candidate> turnSpeaker(int offset) {
        return structure.turnAt(offset).flatMap(this::utterer);
    }

    /**
     * A turn's utterer as a holder: the article's entity when the structure resolved one, else the name it read
     * (from the label, the title or the outlet). A turn whose label names nobody has no holder.
     */
    private Optional<Candidate> utterer(Turn t) {
        return asHolder(t.speaker(), t.body().start());
    }

    /** A named utterer as a holder; one named outside the text gets an empty span at {@code where}. */
    private Optional<Candidate> asHolder(Utterer u, int where) {
        if (!u.named()) return Optional.empty();
        Span at = u.mention().length() > 0 ? u.mention() : new Span(where, where);
        String surface = at.of(doc.text());
        int t0 = tokenAt(at.start());
        for (LocalEntity e : entities) {
            if (!u.entityKey().isEmpty() && e.key().equals(u.entityKey())) {
                return Optional.of(new Candidate(t0, t0 + 1, at, surface, e.key(), e.name(), e.type(), true, false, 0.7));
            }
        }
        return Optional.of(new Candidate(t0, t0 + 1, at, surface, "", u.name(), EntityType.PERSON, true, false, 0.6));
    }

    boolean speakerIn(Attribution a, Sentence s) {
        return a.speaker() instanceof Speaker.Known k && s.span().contains(k.mention());
    }

    private int tokenAt(int offset) {
        List<Token> tokens = doc.tokens();
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

}
