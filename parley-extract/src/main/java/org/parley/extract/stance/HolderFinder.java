package org.parley.extract.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.issue.Lemmas;
import org.parley.model.AnnotatedArticle;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.MentionKind;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Lists the possible holders a sentence names: entity mentions (the article's resolved entities first, the
 * annotator's named-entity mentions where no entity covers them), widened to the body that speaks ("NATO leaders",
 * "Ukraine's Foreign Ministry"), nationality groups ("Ukrainian officials"), and pronouns or bare roles ("he",
 * "the President") to be resolved to an earlier holder. Stateless.
 */
final class HolderFinder {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> GROUP_PRONOUNS = Set.of("they");
    /** "I" and "we" stand for whoever speaks: in a transcript or statement, the article's main speaker. */
    static final Set<String> FIRST_PERSON = Set.of("i", "we");

    private final StanceLexicon lexicon;

    HolderFinder(StanceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Candidate> candidates(AnnotatedArticle doc, Sentence s, List<LocalEntity> entities) {
        List<Token> tokens = doc.tokens();
        List<Candidate> raw = new ArrayList<>();
        for (LocalEntity e : entities) {
            for (EntityMention m : e.mentions()) {
                if (m.sentence() != s.index()) continue;
                int[] range = tokenRange(doc, s, m.span());
                if (range == null) continue;
                boolean ref = m.kind() != MentionKind.NAME;
                if (roleOnly(e)) {
                    raw.add(new Candidate(range[0], range[1], m.span(), m.surface(), "", m.surface(), EntityType.PERSON, false, true, 0.5));
                    continue;
                }
                raw.add(new Candidate(range[0], range[1], m.span(), m.surface(), e.key(), e.name(), e.type(), false, false,
                        ref ? 0.8 : 1.0));
            }
        }
        for (Mention m : doc.mentions()) {
            if (m.sentence() != s.index() || m.type() == EntityType.OTHER) continue;
            if (raw.stream().anyMatch(c -> c.span().overlaps(m.span()))) continue;
            int[] range = tokenRange(doc, s, m.span());
            if (range == null) continue;
            raw.add(new Candidate(range[0], range[1], m.span(), m.surface(), "", m.surface(), m.type(), false, false, 0.9));
        }
        raw.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : raw) {
            if (!out.isEmpty() && out.get(out.size() - 1).end() > c.start()) continue;
            out.add(c);
        }
        out = widen(doc, s, out);
        addReferences(doc, s, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Candidate> marked = new ArrayList<>();
        for (Candidate c : out) marked.add(subject(tokens, s, c) ? c.asSubject() : c);
        return namedInApposition(tokens, marked);
    }

    /**
     * "the organization's new Secretary General, Mark Rutte, emphasized …": the role is the subject, but the name
     * between the commas says who holds it. The role and the name become one candidate, the named person, spanning
     * the name; without this the bare role would be resolved to whoever was named before it.
     */
    private static List<Candidate> namedInApposition(List<Token> tokens, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            Candidate next = i + 1 < in.size() ? in.get(i + 1) : null;
            if (next != null && c.reference() && c.subject() && c.type() == EntityType.PERSON && !pronoun(c.surface())
                    && !next.reference() && next.type() == EntityType.PERSON
                    && next.start() == c.end() + 1 && tokens.get(c.end()).word().equals(",")
                    && next.end() < tokens.size() && tokens.get(next.end()).word().equals(",")) {
                out.add(new Candidate(c.start(), next.end(), next.span(), next.surface(), next.entityKey(), next.name(),
                        next.type(), true, false, next.confidence()));
                i++;
                continue;
            }
            out.add(c);
        }
        return out;
    }

    private static boolean pronoun(String surface) {
        String w = surface.toLowerCase(Locale.ROOT);
        return PERSON_PRONOUNS.contains(w) || GROUP_PRONOUNS.contains(w) || FIRST_PERSON.contains(w);
    }

    /**
     * An entity named only by an office ("the Head of State", "the President") that the entity extractor did not
     * tie to a person: it refers back to the person named before, like a pronoun.
     */
    boolean roleOnly(LocalEntity e) {
        if (e.type() == EntityType.PERSON && !e.aliases().isEmpty()) return false;
        String[] words = e.name().strip().split(" ");
        int first = words[0].equalsIgnoreCase("the") ? 1 : 0;
        if (first >= words.length) return false;
        return lexicon.roleNoun(Lemmas.key(words[first])) && !lexicon.groupNoun(Lemmas.key(words[words.length - 1]))
                && (e.type() != EntityType.PERSON || words.length - first <= 2 && lexicon.roleNoun(Lemmas.key(words[words.length - 1])));
    }

    /** "NATO" + "leaders", "Ukraine" + "'s" + "Foreign Ministry", "Ukrainian" + "officials". */
    private List<Candidate> widen(AnnotatedArticle doc, Sentence s, List<Candidate> in) {
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            Candidate next = i + 1 < in.size() ? in.get(i + 1) : null;
            int after = c.end();
            if (next != null && possessive(tokens, c, next)) {
                Span span = new Span(c.span().start(), next.span().end());
                out.add(new Candidate(c.start(), next.end(), span, span.of(text), next.entityKey(), span.of(text),
                        bodyType(next.type()), false, false, next.confidence()));
                i++;
                continue;
            }
            if (next != null && c.type() == EntityType.PERSON && (next.type() == EntityType.PLACE || next.type() == EntityType.GOVERNMENT) && next.start() == c.end() + 1
                    && Lemmas.key(tokens.get(c.end())).equals("of")) {
                // "Brian Schatz of Hawaii": where the person comes from, not a second holder.
                Span span = new Span(c.span().start(), next.span().end());
                out.add(new Candidate(c.start(), next.end(), span, span.of(text), c.entityKey(), c.name(), c.type(), false,
                        c.reference(), c.confidence()));
                i++;
                continue;
            }
            if (after < s.endToken() && lexicon.groupNoun(tokens.get(after)) && c.type() != EntityType.PERSON) {
                int end = after + 1;
                Span span = new Span(c.span().start(), tokens.get(after).span().end());
                out.add(new Candidate(c.start(), end, span, span.of(text), c.entityKey(), span.of(text),
                        bodyType(c.type()), false, false, c.confidence() * 0.9));
                continue;
            }
            out.add(c);
        }
        for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            // "Ukrainian officials" is a body; "Secretary General" is an office (a role noun before the group noun).
            if (!lexicon.groupNoun(t) || !startsUpper(before) || lexicon.verbLike(before) || lexicon.roleNoun(before)
                    || Set.of("the", "a", "an", "this", "that", "these").contains(before.word().toLowerCase(Locale.ROOT))
                    || !(before.pos().startsWith("JJ") || before.pos().startsWith("NNP") || before.ner().equals("MISC")
                    || before.ner().equals("NATIONALITY"))) {
                continue;
            }
            int at = i;
            if (out.stream().anyMatch(c -> c.start() <= at && at < c.end() || c.start() <= at - 1 && at - 1 < c.end())) continue;
            Span span = new Span(before.span().start(), t.span().end());
            out.add(new Candidate(i - 1, i + 1, span, span.of(text), "", span.of(text), EntityType.GOVERNMENT, false, false, 0.7));
        }
        return out;
    }

    private static boolean possessive(List<Token> tokens, Candidate c, Candidate next) {
        Token last = tokens.get(c.end() - 1);
        boolean glued = last.word().endsWith("'s") || last.word().endsWith("’s");
        if (glued && next.start() == c.end()) return true;
        return next.start() == c.end() + 1 && Lemmas.key(tokens.get(c.end())).isEmpty() && tokens.get(c.end()).word().startsWith("'")
                || next.start() == c.end() + 1 && tokens.get(c.end()).word().startsWith("’");
    }

    private static EntityType bodyType(EntityType t) {
        return t == EntityType.PLACE ? EntityType.GOVERNMENT : t;
    }

    /** Pronouns and bare capitalised roles ("the President", "the Head of State") the entities did not cover. */
    private void addReferences(AnnotatedArticle doc, Sentence s, List<Candidate> out) {
        List<Token> tokens = doc.tokens();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            int at = i;
            if (out.stream().anyMatch(c -> c.start() <= at && at < c.end())) continue;
            Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (pronoun(w)) {
                EntityType type = GROUP_PRONOUNS.contains(w) ? EntityType.OTHER : EntityType.PERSON;
                out.add(new Candidate(i, i + 1, t.span(), t.word(), "", t.word(), type, false, true, 0.6));
            } else if (w.equals("the") && i + 1 < s.endToken() && startsUpper(tokens.get(i + 1))) {
                int end = i + 1;
                while (end < s.endToken() && (startsUpper(tokens.get(end)) || Lemmas.key(tokens.get(end)).equals("of")
                        && end + 1 < s.endToken() && startsUpper(tokens.get(end + 1)))) end++;
                int last = end;
                if (end - i > 5 || out.stream().anyMatch(c -> c.start() < last && at < c.end())
                        || tokens.subList(i + 1, end).stream().noneMatch(lexicon::roleNoun)) {
                    continue;
                }
                Span span = new Span(t.span().start(), tokens.get(end - 1).span().end());
                out.add(new Candidate(i, end, span, span.of(doc.text()), "", span.of(doc.text()), EntityType.PERSON, false, true, 0.5));
                i = end - 1;
            }
        }
    }

    private static boolean startsUpper(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && !t.ner().equals("DATE");
    }

    /**
     * Whether a verb, a cue or "who" follows the candidate (skipping one appositive between commas, adverbs and
     * titles), or "according to" precedes it: the signs that it is the one who speaks.
     */
    private boolean subject(List<Token> tokens, Sentence s, Candidate c) {
        int before = c.start() - 1;
        if (before >= s.firstToken() && Set.of("the", "a", "an").contains(Lemmas.key(tokens.get(before)))) before--;
        if (before - 1 >= s.firstToken() && Lemmas.key(tokens.get(before - 1)).equals("accord")
                && Lemmas.key(tokens.get(before)).equals("to")) {
            return true;
        }
        int i = c.end();
        boolean appositive = c.start() - 1 >= s.firstToken() && tokens.get(c.start() - 1).word().equals(",");
        if (appositive && i + 1 < s.endToken() && tokens.get(i).word().equals(",")) {
            // "the organization's new Secretary General, Mark Rutte, emphasized": the name between the commas speaks
            // if a verb or cue follows the closing comma.
            i++;
        } else if (i < s.endToken() && tokens.get(i).word().equals(",")) {
            int close = -1;
            for (int j = i + 1; j < s.endToken() && j <= i + 10; j++) {
                if (tokens.get(j).word().equals(",")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                // "Stephen Lynch, a Democrat who has expressed support": the relative clause in the appositive is his.
                for (int j = i + 1; j < s.endToken() && j <= i + 6; j++) {
                    if (tokens.get(j).word().equalsIgnoreCase("who")) return true;
                }
                return false;
            }
            i = close + 1;
        }
        while (i < s.endToken() - 1 && i < c.end() + 3 && adverb(tokens.get(i))) i++;
        if (i >= s.endToken()) return false;
        Token t = tokens.get(i);
        if (t.word().equalsIgnoreCase("who")) return true;
        if (lexicon.verbLike(t)) return true;
        for (StanceLexicon.Cue q : lexicon.cues(tokens, i, Math.min(i + 3, s.endToken()))) {
            if (q.start() == t.index() && q.kind() != StanceLexicon.Kind.CONDITION && q.kind() != StanceLexicon.Kind.NEGATION) {
                return true;
            }
        }
        return false;
    }

    private static boolean adverb(Token t) {
        String w = t.word();
        return t.pos().startsWith("RB") || w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0));
    }

    private static int[] tokenRange(AnnotatedArticle doc, Sentence s, Span span) {
        int first = -1;
        int end = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Span t = doc.tokens().get(i).span();
            if (t.overlaps(span)) {
                if (first < 0) first = i;
                end = i + 1;
            }
        }
        return first < 0 ? null : new int[] {first, end};
    }
}
