package org.parley.extract.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.issue.IssueMatch;
import org.parley.extract.issue.Lemmas;
import org.parley.extract.stance.StanceLexicon.Cue;
import org.parley.extract.stance.StanceLexicon.Kind;
import org.parley.model.Condition;
import org.parley.model.Position;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Reads the position a stretch of a sentence takes on one issue match, from the cues in it.
 *
 * <ol>
 *   <li>Support and oppose cues add up their weights, each flipped by a negation up to 3 words before it ("does not
 *       support", double negations cancel) and by a reversal word just after it ("rejecting any alternatives").</li>
 *   <li>The issue itself is denied by a negation or reversal just before it ("must never join NATO",
 *       "ruling out NATO's expansion"): the attitude then counts against the issue, and a denial with no
 *       attitude word still means opposition.</li>
 *   <li>An avoid cue ("refrained from addressing") makes the reading neutral; support and oppose of similar
 *       weight, hedges weighing 1 or more ("in principle", "immediate ... not on the table") or a condition that
 *       does not contain the issue ("once hostilities cease") make it mixed.</li>
 * </ol>
 * Stateless; one instance serves every thread.
 */
final class StanceReader {
    /** What a stretch says about an issue. {@code strength} is the absolute weight behind the position. */
    record Reading(Position position, List<String> cues, boolean negated, Optional<Condition> condition, boolean shift,
                   double strength, boolean asserted) {
        /** The reading of the issue's opposite: support and oppose swap, the rest stays. */
        Reading reversed() {
            Position p = position == Position.SUPPORT ? Position.OPPOSE : position == Position.OPPOSE ? Position.SUPPORT : position;
            return new Reading(p, cues, negated, condition, shift, strength, asserted);
        }
    }

    /** Condition cues that ask for something in return rather than limit when the stance holds. */
    private static final Set<String> DEMANDS = Set.of("in exchange for", "in return for");

    /** First words of conditions that put a position off rather than limit it. */
    private static final Set<String> POSTPONING = Set.of(Lemmas.key("after"), Lemmas.key("once"), Lemmas.key("without"));

    private static final int SCOPE = 3;
    private static final int HEDGE_REACH = 5;

    private final StanceLexicon lexicon;

    StanceReader(StanceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param tokens  the article's tokens
     * @param cues    cues of the region, in text order, none inside the match or the holder
     * @param from    first token of the region (for conditions)
     * @param s       the sentence of the match
     */
    Reading read(String text, List<Token> tokens, List<Cue> cues, IssueMatch match, int from, Sentence s, boolean deniedInside) {
        double pos = 0;
        double neg = 0;
        double hedge = 0;
        boolean avoid = false;
        boolean shift = false;
        boolean asserted = false;
        boolean negated = false;
        int issueSign = deniedInside ? -1 : 1;
        int gerund = 0;
        double gerundWeight = 0;
        double after = 0;
        List<String> words = new ArrayList<>();
        Set<Cue> used = new HashSet<>();
        // A cue that only speaks of its own object ("against") and stands right before the issue is the attitude to
        // it; cues before it speak of the larger act ("sign a petition against X", "blasted an email ... against X").
        int governing = -1;
        for (Cue c : cues) {
            if (c.polar() && c.near() && c.end() <= match.firstToken() && match.firstToken() - c.end() <= SCOPE + 1) governing = c.start();
        }
        for (Cue c : cues) {
            switch (c.kind()) {
                case SUPPORT, OPPOSE -> {
                    if (c.near() && (c.end() > match.firstToken() || match.firstToken() - c.end() > SCOPE + 1)) continue;
                    if (c.act() && !holdersDeed(tokens, c, match)) continue;
                    if (c.start() < governing) continue;
                    int sign = c.sign();
                    List<String> phrase = new ArrayList<>();
                    for (Cue n : cues) {
                        if (n.kind() == Kind.NEGATION && n.end() <= c.start() && c.start() - n.end() <= SCOPE && !used.contains(n)) {
                            sign = -sign;
                            used.add(n);
                            negated = true;
                            phrase.add(text(text, tokens, n));
                        }
                    }
                    for (Cue r : cues) {
                        if (r.kind() == Kind.REVERSAL && r.start() >= c.end() && r.start() - c.end() <= SCOPE
                                && !deniesIssue(tokens, r, match) && !used.contains(r)) {
                            sign = -sign;
                            used.add(r);
                            phrase.add(text(text, tokens, r));
                        }
                    }
                    phrase.add(0, text(text, tokens, c));
                    words.add(String.join(" ", phrase));
                    if (sign > 0) pos += c.weight();
                    else neg += c.weight();
                    if (c.end() <= match.firstToken() && match.firstToken() - c.end() <= SCOPE + 1 && gerund(tokens, c)) {
                        gerund = sign;
                        gerundWeight = c.weight();
                    }
                    if (c.start() >= match.endToken()) after += sign * c.weight();
                }
                case HEDGE -> {
                    if (c.end() <= match.firstToken() ? match.firstToken() - c.end() > HEDGE_REACH : c.start() - match.endToken() > HEDGE_REACH) {
                        continue;
                    }
                    hedge += c.weight();
                    words.add(text(text, tokens, c));
                }
                case AVOID -> {
                    avoid = true;
                    words.add(text(text, tokens, c));
                }
                case SHIFT -> {
                    shift = true;
                    words.add(text(text, tokens, c));
                }
                case ASSERT -> asserted = true;
                case NEGATION, REVERSAL, CHANGE, CONDITION -> {
                }
            }
        }
        boolean keptUp = false;
        // A line never to be crossed: a denied undoing ("will never give up X", "no compromise on X") or an attitude
        // denied with "never" ("will never accept X"): the first token of its words, or -1.
        int lineFrom = -1;
        for (Cue c : cues) {
            if (c.polar() && c.end() <= match.firstToken() && negatedByNever(tokens, cues, c)) lineFrom = lineFrom < 0 ? c.start() - 1 : lineFrom;
        }
        for (Cue c : cues) {
            Cue denial = c.kind() == Kind.REVERSAL && !used.contains(c) && deniesIssue(tokens, c, match) && noPolarBetween(cues, c, match)
                    ? negationBefore(cues, c, used) : null;
            if (denial != null) {
                // "will never give up its territorial integrity", "no compromise on X": undoing X is denied, so the
                // holder keeps X, which is a position for it even with no attitude word.
                used.add(denial);
                used.add(c);
                keptUp = true;
                if (lineFrom < 0) lineFrom = denial.start();
                negated = true;
                words.add(text(text, tokens, denial) + " " + text(text, tokens, c));
            }
        }
        for (Cue c : cues) {
            if ((c.kind() == Kind.NEGATION || c.kind() == Kind.REVERSAL) && !used.contains(c) && deniesIssue(tokens, c, match)
                    && noPolarBetween(cues, c, match) && !(c.kind() == Kind.NEGATION && (changeBetween(cues, c, match)
                    || stateNotYet(tokens, c, match) || inPremise(tokens, cues, c) || clauseBetween(tokens, c, match)))) {
                issueSign = -issueSign;
                negated = true;
                words.add(text(text, tokens, c));
                used.add(c);
            }
        }
        Optional<Condition> condition = condition(text, tokens, cues, match, from, s);
        if (condition.isEmpty() && lineFrom >= 0) {
            org.parley.model.Span span = new org.parley.model.Span(tokens.get(lineFrom).span().start(), tokens.get(match.endToken() - 1).span().end());
            condition = Optional.of(new Condition(Condition.Kind.RED_LINE, span.of(text), span));
        }
        if (gerund != 0 && after != 0) {
            // "rejecting X would be wrong": the word after X judges the act before it, so the two multiply.
            double judged = gerund * Math.signum(after) * issueSign;
            pos = judged > 0 ? gerundWeight + Math.abs(after) : 0;
            neg = judged < 0 ? gerundWeight + Math.abs(after) : 0;
            issueSign = 1;
        }
        // "there is no signal that X is not our goal": a negation of the clause that holds the issue turns it over
        for (Cue c : cues) {
            if (c.kind() == Kind.NEGATION && !used.contains(c) && c.end() <= match.firstToken() && clauseBetween(tokens, c, match)
                    && !NEGATIVE_HEADS.contains(Lemmas.key(tokens.get(Math.min(c.end(), tokens.size() - 1))))) {
                issueSign = -issueSign;
                negated = true;
                words.add(text(text, tokens, c));
                used.add(c);
            }
        }
        if (avoid) return new Reading(Position.NEUTRAL, words, negated, Optional.empty(), shift, 1.0, asserted);
        double score = (pos - neg) * issueSign;
        double strength = pos + neg;
        if (strength == 0 && (issueSign < 0 || keptUp)) {
            score = issueSign;
            strength = 1;
        }
        if (strength == 0) {
            return shift ? new Reading(Position.MIXED, words, negated, Optional.empty(), true, 0.3, asserted) : null;
        }
        condition.ifPresent(c -> words.add(c.text().indexOf(' ') > 0 ? c.text().substring(0, c.text().indexOf(' ')) : c.text()));
        boolean split = Math.min(pos, neg) >= 0.5 && Math.min(pos, neg) >= 0.5 * Math.max(pos, neg);
        boolean postponed = condition.isPresent() && postponing(condition.get().text());
        if (split || hedge >= 1.0 || score == 0 || postponed) {
            return new Reading(Position.MIXED, words, negated, condition, shift, strength, asserted);
        }
        // A condition that limits the position keeps it: it is held on terms ("ready to agree on it only if ..."), kept
        // with it as a structured condition. One that puts it off ("only after the ceasefire", "cannot sign ...
        // without settling ...", "once hostilities cease") is against it now and for it later: mixed.
        return new Reading(score > 0 ? Position.SUPPORT : Position.OPPOSE, words, negated, condition, shift, Math.abs(score), asserted);
    }

    private static boolean postponing(String condition) {
        String[] w = condition.strip().split("\\s+");
        String head = w.length > 1 && w[0].equalsIgnoreCase("only") ? w[1] : w[0];
        return POSTPONING.contains(Lemmas.key(head));
    }

    /**
     * Whether a deed ("impose", "supply") is done by the holder to the issue: it stands before the issue, in the
     * active voice. "the sanctions imposed by the Western countries" and "weapons are being sent to Ukraine" tell what
     * others did; the speaker who tells it need not want it ("Illegal sanctions ... have always been imposed on our
     * country").
     */
    static boolean holdersDeed(List<Token> tokens, Cue c, IssueMatch match) {
        if (c.start() >= match.firstToken()) return false;
        Token verb = tokens.get(c.start());
        if (!verb.pos().equals("VBN")) return true;
        for (int i = c.start() - 1; i >= Math.max(0, c.start() - 3); i--) {
            String k = tokens.get(i).lemma().isEmpty() ? tokens.get(i).word().toLowerCase(java.util.Locale.ROOT) : tokens.get(i).lemma();
            if (k.equals("be") || k.equals("get")) return false;
            if (!tokens.get(i).pos().startsWith("RB")) break;
        }
        return true;
    }

    /** Punctuation that closes a clause within a sentence. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".");
    /** Heads after "no" that make it affirm what follows: "no doubt that X", "no question that X". */
    private static final Set<String> NEGATIVE_HEADS = Set.of("doubt", "question", "secret", "wonder", "denying");

    /**
     * "no signal from us that X …", "not true that X …": a complementiser between the negation and the issue puts the
     * issue in a clause the negation stands outside of; it denies the clause, not the issue.
     */
    private static boolean clauseBetween(List<Token> tokens, Cue negation, IssueMatch match) {
        for (int i = negation.end(); i < match.firstToken() && i < tokens.size(); i++) {
            String w = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("that") && tokens.get(i).pos().equals("IN") || w.equals("whether")) return true;
            if (CLAUSE_ENDS.contains(w)) return false;
        }
        return false;
    }

    /**
     * "as long as it is not a member of NATO yet", "has not yet joined": a state not reached yet, told as a fact,
     * is no one's position against it.
     */
    private static boolean stateNotYet(List<Token> tokens, Cue negation, IssueMatch match) {
        int to = Math.min(tokens.size(), match.endToken() + 2);
        for (int i = negation.end(); i < to; i++) {
            if (tokens.get(i).word().equalsIgnoreCase("yet")) return true;
        }
        return false;
    }

    /**
     * "As long as Ukraine is not a full member of NATO, it is necessary …", "if partners are not ready to see Ukraine in
     * NATO, …": a negation inside a premise (a condition clause before the main one) tells the circumstance the
     * holder speaks in, not a position against the issue.
     */
    private static boolean inPremise(List<Token> tokens, List<Cue> cues, Cue negation) {
        for (Cue k : cues) {
            if (k.kind() != Kind.CONDITION || k.end() > negation.start()) continue;
            boolean sameClause = true;
            for (int i = k.end(); i < negation.start() && sameClause; i++) sameClause = !CLAUSE_ENDS.contains(tokens.get(i).word());
            if (sameClause) return true;
        }
        return false;
    }

    /** "will not change its policy on X": the negation is of the change, and the holder keeps its course on X. */
    private static boolean changeBetween(List<Cue> cues, Cue negation, IssueMatch match) {
        for (Cue c : cues) {
            if (c.kind() == Kind.CHANGE && c.start() >= negation.end() && c.end() <= match.firstToken()) return true;
        }
        return false;
    }

    /** A cue ending in a gerund ("rejecting", "supporting"): an act that a later word may judge. */
    private static boolean gerund(List<Token> tokens, Cue c) {
        Token last = tokens.get(c.end() - 1);
        return last.pos().equals("VBG") || (last.pos().isEmpty() || last.pos().equals("NN")) && last.word().endsWith("ing");
    }

    /** A negation or reversal just before the issue, with only function words, names or adjectives between. */
    private boolean deniesIssue(List<Token> tokens, Cue c, IssueMatch match) {
        if (c.end() > match.firstToken() || match.firstToken() - c.end() > SCOPE + 1) return false;
        boolean verb = false;
        boolean comma = false;
        for (int i = c.end(); i < match.firstToken(); i++) {
            Token t = tokens.get(i);
            if (t.word().equals(".") || t.word().equals(";")) return false;
            comma |= t.word().equals(",");
            verb |= t.pos().startsWith("VB") || t.pos().equals("MD");
        }
        // A comma may separate the items of one list ("give up its sovereignty, territorial integrity and ..."),
        // not a clause of its own, which has a verb.
        return !comma || !verb;
    }

    /** "never" right before an attitude word ("will never accept"). */
    private static boolean negatedByNever(List<Token> tokens, List<Cue> cues, Cue c) {
        for (Cue n : cues) {
            if (n.kind() == Kind.NEGATION && n.end() == c.start() && tokens.get(n.start()).word().equalsIgnoreCase("never")) return true;
        }
        return false;
    }

    /** An unused negation just before a reversal ("never give up", "no compromise on"). */
    private static Cue negationBefore(List<Cue> cues, Cue reversal, Set<Cue> used) {
        for (Cue n : cues) {
            if (n.kind() == Kind.NEGATION && !used.contains(n) && n.end() <= reversal.start() && reversal.start() - n.end() <= 1) return n;
        }
        return null;
    }

    private static boolean noPolarBetween(List<Cue> cues, Cue c, IssueMatch match) {
        for (Cue p : cues) if (p.polar() && p.start() >= c.end() && p.end() <= match.firstToken()) return false;
        return true;
    }

    /** The words of a condition cue up to the next comma or the end of the sentence, unless the issue is inside. */
    private Optional<Condition> condition(String text, List<Token> tokens, List<Cue> cues, IssueMatch match, int from, Sentence s) {
        for (Cue c : cues) {
            if (c.kind() != Kind.CONDITION || c.start() < from) continue;
            Token next = c.end() < s.endToken() ? tokens.get(c.end()) : null;
            boolean gerund = next != null && (next.pos().equals("VBG") || next.word().endsWith("ing"));
            String head = c.phrase();
            if (head.equals("without") && !gerund) continue;
            if (head.equals("once") && gerund) continue;
            // "even if" concedes rather than conditions; a bare "if" before the issue sets a premise ("if partners
            // are not ready ..., guarantees must ..."), only one after it limits the position ("..., if ...").
            if (head.equals("if") && (c.start() > s.firstToken() && Lemmas.key(tokens.get(c.start() - 1)).equals("even")
                    || c.start() < match.firstToken())) {
                continue;
            }
            int end = c.end();
            while (end < s.endToken() && !Set.of(",", ";", ":", ".", "?", "!", "—").contains(tokens.get(end).word())) end++;
            if (c.start() <= match.firstToken() && match.endToken() <= end) continue;
            if (c.start() > match.endToken() && newClauseBetween(tokens, match.endToken(), c.start())) continue;
            if (end == c.end()) continue;
            org.parley.model.Span span = new org.parley.model.Span(tokens.get(c.start()).span().start(), tokens.get(end - 1).span().end());
            Condition.Kind kind = DEMANDS.contains(head) ? Condition.Kind.DEMAND : Condition.Kind.CONDITIONAL;
            return Optional.of(new Condition(kind, span.of(text), span));
        }
        return Optional.empty();
    }

    /** ", and", ", but", ";" between the issue and a later condition: the condition belongs to another clause. */
    private static boolean newClauseBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            String w = tokens.get(i).word();
            String next = Lemmas.key(tokens.get(i + 1));
            if (w.equals(";") || w.equals(",") && Set.of("and", "but", "while", "whereas").contains(next)) return true;
        }
        return false;
    }

    private static String text(String text, List<Token> tokens, Cue c) {
        return textOf(text, tokens, c.start(), c.end());
    }

    private static String textOf(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).span().start(), tokens.get(to - 1).span().end()).replace('\n', ' ');
    }

    StanceLexicon lexicon() {
        return lexicon;
    }
}
