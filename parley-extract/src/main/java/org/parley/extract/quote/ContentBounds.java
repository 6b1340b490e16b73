package org.parley.extract.quote;

import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;

/**
 * Where a reported content starts and ends inside its sentence: past the listener or object before a "that"
 * clause, and up to the first adjunct that is the writer's rather than the source's (a participle or relative
 * clause after a comma, a second report, a new clause, an occasion such as "in an interview"). Quoted words never
 * end a content.
 */
final class ContentBounds {
    /** Sentence and clause punctuation: where a content stops, and what it never ends with. */
    static final Set<String> STOPS = Set.of(".", "!", "?", ";", ":", ",");
    private static final Set<String> LEADING = Set.of(",", ":", "out");
    /** Words that end an object-like content: what follows tells when or why the source spoke. */
    private static final Set<String> OBJECT_ENDS = Set.of("during", "amid", "after", "before", "since", "until", "because");
    /** Participles that work as prepositions (", including …", ", regarding …"): they go on with the content. */
    private static final Set<String> PREPOSITIONAL = Set.of("including", "regarding", "concerning", "involving",
            "excluding", "following", "considering");
    /** Nouns that a relative "when" describes ("the day when …"): there "when" goes on with the object. */
    private static final Set<String> TIME_NOUNS = Set.of("time", "day", "moment", "year", "era", "period", "point", "night",
            "week", "month", "age", "case", "occasion");
    private static final Set<String> DASHES = Set.of("—", "―", "–", "--");

    private final TokenView tv;
    private final boolean[] quoted;
    private final Cues lexicon;
    private final PhraseShapes shapes;

    /**
     * {@code last} moved back over trailing punctuation ({@link #STOPS}) and opening quotation marks (which the
     * sentence splitter may leave at the end of the sentence before their quote), never to {@code floor} or before it.
     */
    static int trimStops(TokenView tv, int floor, int last) {
        while (last > floor && (STOPS.contains(tv.lower(last)) || opensNextWord(tv, last))) last--;
        return last;
    }

    /** A quotation mark written against the word after it ({@code "You}): it opens a quote, it never ends a content. */
    private static boolean opensNextWord(TokenView tv, int k) {
        String w = tv.get(k).word();
        if (!QuoteMarks.isOpeningMarkToken(w)) return false;
        int after = tv.get(k).span().end();
        String text = tv.doc().text();
        return after < text.length() && Character.isLetterOrDigit(text.charAt(after));
    }

    ContentBounds(TokenView tv, boolean[] quoted, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.lexicon = lexicon;
        this.shapes = new PhraseShapes(tv, quoted, lexicon);
    }

    /** The phrase readers these bounds use, for the readers of cues that need the same tests. */
    PhraseShapes shapes() {
        return shapes;
    }

    /** "told reporters that …": content starts at "that". */
    int afterObject(int first, int end) {
        for (int k = first; k < end && k < first + 9; k++) {
            if (quoted[k] || tv.isVerb(k)) return first;
            if (tv.lower(k).equals("that") && k > first) return shapes.relativePronoun(k) ? first : k;
            if (STOPS.contains(tv.lower(k)) || DASHES.contains(tv.lower(k))) return first;
        }
        return first;
    }

    /**
     * Where the reported clause that starts at {@code first} ends: before an adjunct that is not part of what was
     * said: a participle after a comma (", saying …", ", encouraging …"), a second verb phrase of the same
     * subject ("and warned …"), a relative clause after a comma (", which …"), or a semicolon. Quoted words never
     * end it.
     */
    int end(int first, int end) {
        return end(first, end, false);
    }

    /** As {@link #end(int, int)}, for a cue whose content is always a clause ({@link Cues#takesClause}). */
    int end(int first, int end, boolean clauseCue) {
        boolean object = !clause(first, end)
                && !(clauseCue && !quoted[first] && shapes.finiteBefore(first, nextComma(first, end)));
        for (int k = first + 1; k < end; k++) {
            if (quoted[k]) {
                if (writerAfterQuotedComma(k, end)) return k + 1;
                continue;
            }
            String w = tv.lower(k);
            if (w.equals(",") && k + 1 < end && !quoted[k + 1] && tv.lower(k + 1).equals(tv.lower(k - 1))) {
                continue; // "he really, really wants …": a word said twice for emphasis
            }
            if (DASHES.contains(w) && shapes.closingDash(k, end) > 0) {
                k = shapes.closingDash(k, end); // "the top 1 percent -- those earning most -- would pay": an aside inside the content
                continue;
            }
            if (w.equals(";") || DASHES.contains(w) || w.equals("(") || w.equals("-lrb-")) return k;
            if (w.equals(".") && k + 1 < end && quoted[k + 1]) return k; // "doesn't think so. “We lost.”": a new quoted sentence
            // ("called his remarks on Saturday “a wake-up call”" goes on to the words it quotes)
            if (object && k + 1 < end && tv.isTime(k + 1) && Set.of("on", "last", "this", "earlier").contains(w) && !shapes.infinitiveAfter(k, end)
                    && !quoteBeforeComma(k + 1, end)) {
                return k; // "endorsed Clinton for president on Thursday": an object ends before the date
            }
            if (object && k > first && tv.isTime(k) && !tv.isTime(k - 1) && tv.get(k).pos().startsWith("NNP") && !shapes.infinitiveAfter(k, end)
                    && (tv.get(k - 1).pos().equals("NN") || tv.get(k - 1).pos().equals("NNS")) && !quoted[k - 1]) {
                return k; // "published the video Friday afternoon": a bare date after the object is the writer's
            }
            if (shapes.infinitive(first) && Set.of("VBZ", "VBD", "MD").contains(tv.get(k).pos())
                    && tv.get(k - 1).pos().startsWith("NN") && !quoted[k - 1] && !openerBetween(first, k)) {
                return k; // "the reasons he refuses to make public his returns may be …": the sentence's own verb
            }
            if (object && shapes.occasionAhead(k, end) && !shapes.infinitiveAfter(k, end)) {
                return k; // "rejected that argument in a ruling released Thursday": the occasion is the writer's
            }
            if (object && w.equals("by") && k + 1 < end && !quoted[k + 1] && tv.get(k + 1).pos().equals("VBG")
                    && lexicon.verbLemma(tv.get(k + 1).word(), tv.lemma(k + 1)).isPresent()) {
                return k; // "responded to the mother by saying …": how the source answered is a report of its own
            }
            if (object && (w.equals("as") || w.equals("so")) && !tv.get(k - 1).pos().startsWith("JJ")
                    && shapes.newSubjectAhead(k + 1, end)) { // ("as wealthy as Mr. Trump claims" compares)
                return k; // "indicates a tightening race as Trump consolidates …": what happened meanwhile is the writer's
            }
            if (object && (w.equals("while") || w.equals("when")) && k + 1 < end && !quoted[k + 1]
                    && (tv.get(k + 1).pos().equals("VBG") || Set.of("at", "in", "on").contains(tv.lower(k + 1)))) {
                return k; // "spoke about her ties to the church while at a convention": where the source was, not what
            }
            if (object && w.equals("when") && tv.get(k).word().equals("when") && !shapes.infinitive(first)
                    && tv.get(first).pos().matches("DT|PRP\\$?|NNP?S?|JJ") && !TIME_NOUNS.contains(tv.lemma(k - 1))
                    && !tv.isTime(k - 1)) { // ("recalled the day when …" is a relative clause)
                return k; // "described Obama as an evangelist when he ran in 2008": the time of the act is the writer's
            }
            if (object && w.equals("to") && k > first && !tv.get(k - 1).pos().startsWith("VB") && !shapes.comparing(first)
                    && shapes.listenerAhead(k + 1, end)) {
                return k; // "disclosed the deals to the AP.": who was told is not what was told
            }
            // "promised to release the returns before the election", "accused her of being asleep during the attack": an
            // infinitive's or gerund's own time goes with it (a "since" looks back, to when the source acted)
            if (object && OBJECT_ENDS.contains(w) && (!shapes.infinitive(first) && !tv.get(first).pos().equals("VBG") || w.equals("since"))) {
                return k; // "criticized the law as a “crazy system” during a stop in Flint": the adjunct is the writer's
            }
            if (k - 2 >= first && quoted[k - 1] && tv.lower(k - 2).equals(",")
                    && (shapes.newSubjectAhead(k, end) || tv.get(k).pos().equals("EX") && shapes.finiteAhead(k + 1, end))) {
                return k; // "labeled “medical problem,” a doctor had typed …": the comma inside the quote closes the content
            }
            if (w.equals(",") && k + 2 < end && !quoted[k - 1] && tv.get(k - 1).pos().startsWith("NNP")
                    && tv.lower(k + 1).equals("the") && shapes.apposition(k + 1, end)) {
                return k; // "he did not support Mr. Trump, the presumed Putin favorite": the writer's apposition
            }
            if (object && w.equals(",") && k + 3 < end && !quoted[k + 1] && tv.lower(k + 1).equals("the")
                    && tv.get(k + 2).pos().equals("JJS") && tv.get(k + 3).pos().startsWith("NN")) {
                return k; // "is endorsing Trump's campaign, the latest chapter in …": the writer's comment on the act
            }
            if (w.equals(",") && k + 1 < end && !quoted[k + 1]
                    && Set.of("with", "while", "although", "though", "aside").contains(tv.lower(k + 1))) {
                return k; // ", aside from saying …": the writer's comment
            }
            if (w.equals(",") && k + 2 < end && !quoted[k + 1] && (tv.lower(k + 1).equals("more") || tv.lower(k + 1).equals("less"))
                    && tv.lower(k + 2).equals("than") && tv.get(k - 1).pos().startsWith("NN")) {
                return k; // "will grow by 1.6 percent, more than …": the writer's comparison of the figure
            }
            if (w.equals(",") && k + 2 < end && !quoted[k + 1] && tv.lower(k + 1).equals("now") && tv.get(k + 2).pos().equals("IN")) {
                return k; // "its Clean Power Plan, now before a federal court": where the thing stands today is the writer's
            }
            if (w.equals(",") && k + 2 < end && !quoted[k + 1] && tv.lower(k + 1).equals("in")
                    && (tv.lower(k + 2).equals("part") || k + 3 < end && tv.lower(k + 3).equals("part"))) {
                return k; // ", in large part because …": the writer's explanation
            }
            if (w.equals(",") && k + 2 < end && !quoted[k + 1] && Set.of("even", "especially").contains(tv.lower(k + 1))
                    && (tv.get(k + 2).pos().equals("VBN") || SUBORDINATE.contains(tv.lower(k + 2)))) {
                return k; // ", even if …", ", especially given that …" (", even illegal", ", especially for the poor" go on)
            }
            if (w.equals(",") && k + 1 < end && !quoted[k + 1] && shapes.cueClauseAhead(k + 1, end)) {
                return k; // "…, Ham also noted several …": a second source's report starts
            }
            if (w.equals(",") && k + 1 < end && !quoted[k + 1]) {
                String next = tv.lower(k + 1);
                String pos = tv.get(k + 1).pos();
                boolean adverbThenParticiple = pos.startsWith("RB") && k + 2 < end && !quoted[k + 2]
                        && tv.get(k + 2).pos().equals("VBG"); // ", implicitly putting his name on the line"
                if (pos.equals("VBG") && !PREPOSITIONAL.contains(next) || adverbThenParticiple || next.equals("while")
                        || object && next.equals("which") && !purposeAfterAside(k, end)
                        || object && (next.equals("where") || next.equals("who"))) return k;
                if ((next.equals("but") || next.equals("and") || next.equals("yet")) && k + 2 < end && shapes.verbAhead(k + 2, end)
                        && !tv.get(k + 2).pos().equals("MD")) return k; // ", but stopped short of …"; ", but could not …" goes on
                if ((next.equals("but") || next.equals("yet")) && subjectAfterAdjunct(k + 2, end)) {
                    return k; // "…, but in the course of their report they could not resist …": the writer goes on
                }
                if (shapes.cueAhead(k + 1, end) && shapes.verbAhead(k + 1, end)) return k; // "…, told his advisers to …"
                if ((next.equals("and") || next.equals("but")) && k + 2 < end
                        && Set.of("when", "after", "asked", "pressed").contains(tv.lower(k + 2))) {
                    return k; // "…, and when pressed, she replied …": the writer's account of a later moment
                }
                if (object && shapes.newSubjectAhead(k + 1, end)) return k; // "found that action unconstitutional, his decision was …"
                if (pos.equals("VBZ") && !shapes.commaBetween(first, k)) {
                    // "the EU, which contended that X, is a good example": the sentence's own verb resumes (a comma
                    // opened inside the content closes there instead: "the program, run by X, has brought …")
                    return k;
                }
                if (next.equals("as") && k + 2 < end && tv.get(k + 2).pos().equals("VBN")) {
                    return k; // ", as encapsulated by two voters": the writer's illustration
                }
            }
            boolean bareVerb = object && !toBefore(first, k) && k + 1 < end && !quoted[k + 1] && tv.get(k + 1).pos().equals("VB");
            if ((w.equals("and") || w.equals("but")) && (shapes.verbAhead(k + 1, end) || bareVerb) && !tv.lower(k - 1).equals(",")
                    && shapes.cueAhead(k + 1, end) && !shapes.sameTenseAsContent(first, k)) {
                return k; // "said he would win and warned that …": the speaker's next report; "and exposed …" goes on
            }
            if (w.equals("but") && quoted[k - 1] && k - 2 >= first && tv.lower(k - 2).equals(",")
                    && (shapes.verbAhead(k + 1, end) && !tv.get(k + 1).pos().equals("MD") || subjectAfterAdjunct(k + 1, end))) {
                return k; // "as a “terrible situation,” but stopped short of …": the comma stands inside the quote
            }
            if (object && (w.equals("and") || w.equals("but")) && k - 1 > first && !quoted[k - 1] && !shapes.infinitive(first)
                    && shapes.finiteAhead(k + 1, end)) {
                return k; // "has promoted unproven therapies and downplayed the risk": the object ends, a second act follows
            }
            if (!object && w.equals("and") && k + 2 < end && tv.lower(k + 1).equals("that") && shapes.newSubjectAhead(k + 2, end)) {
                continue; // "said witnesses saw a gun and that one was found nearby": a second reported clause
            }
            if ((w.equals("and") || w.equals("but")) && (object || shapes.finiteBefore(first, k))
                    && shapes.newSubjectAhead(shapes.pastPrepositionalPhrase(k + 1, end), end) && !shapes.coordinatedSubject(first, k)
                    && !(!object && k + 2 < end && tv.get(k + 1).pos().equals("PRP") && (tv.get(k + 2).pos().equals("MD")
                    || tv.lower(k + 1).equals(tv.lower(tv.lower(first).equals("that") ? first + 1 : first))))) {
                // "… mishandled the investigation and Democrats accused …": a second clause ("told them their lives were
                // bad and they can't go lower", "says she hopes to win, but she knows …": the report goes on)
                return k;
            }
        }
        return end;
    }

    /**
     * "…, that she was “not a natural politician,” Clinton had a good night", "was “rigged,” a charge that …", "the
     * loophole called an “inversion,” in which …": a comma inside a closing mark ends the content the way an unquoted
     * one would when what follows is the writer's: a new clause, an apposition, a relative or participle clause.
     */
    private boolean writerAfterQuotedComma(int k, int end) {
        String mark = tv.get(k).word();
        boolean closing = mark.equals("”") || mark.equals("\"") || mark.equals("''");
        if (!closing || k + 1 >= end || quoted[k + 1] || !tv.lower(k - 1).equals(",") || !quoted[k - 1]) return false;
        int n = k + 1;
        String next = tv.lower(n);
        String pos = tv.get(n).pos();
        if (Set.of("while", "though", "although", "whereas", "with").contains(next)) return true;
        if (pos.equals("VBG") && !PREPOSITIONAL.contains(next)) return true;
        if (n + 1 < end && (next.equals("in") || next.equals("of") || next.equals("by")) && tv.lower(n + 1).equals("which")) return true;
        if (next.equals("which") || next.equals("who")) return true;
        if ((next.equals("a") || next.equals("an") || next.equals("the")) && shapes.apposition(n, end)) return true;
        return shapes.cueClauseAhead(n, end) || shapes.newSubjectAhead(n, end);
    }

    /** The first unquoted comma at or after {@code k}, or {@code end}. */
    private int nextComma(int k, int end) {
        for (int j = k; j < end; j++) if (!quoted[j] && tv.lower(j).equals(",")) return j;
        return end;
    }

    /** Whether a quoted token comes at or after {@code k} before the next comma. */
    private boolean quoteBeforeComma(int k, int end) {
        for (int j = k; j < end && !tv.lower(j).equals(","); j++) if (quoted[j]) return true;
        return false;
    }

    /**
     * "in the course of their report they could …", "then the senator said": an adverb or a prepositional phrase, then
     * a pronoun or name as a new subject with its finite verb ("…, but only if he can …" goes on).
     */
    private boolean subjectAfterAdjunct(int k, int end) {
        if (k >= end || quoted[k] || !tv.get(k).pos().equals("IN") && !tv.get(k).pos().startsWith("RB")) return false;
        for (int j = k; j < end && j < k + 9 && !quoted[j]; j++) {
            if (SUBORDINATE.contains(tv.lower(j)) || tv.lower(j).equals("that")) return false;
            if (j == k) continue;
            String pos = tv.get(j).pos();
            if ((pos.equals("PRP") || pos.startsWith("NNP")) && shapes.newSubjectAhead(j, end)) return true;
            if (!(pos.equals("IN") || pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("PRP$")
                    || pos.equals("CD") || pos.startsWith("RB") || pos.equals(","))) return false;
        }
        return false;
    }

    /**
     * Whether content starting at {@code first} is a clause ("that …", "he will …", "the spate of shootings and
     * protests demands …") rather than an object ("to a mother by saying …").
     */
    private boolean clause(int first, int end) {
        if (tv.lower(first).equals("that") && !tv.get(first).pos().equals("DT") && !shapes.determiner(first, end)
                || tv.lower(first).equals("whether") || tv.lower(first).equals("if")) return true; // "that argument" (DT) is an object
        if (afterSay(first) && finiteBeforeStop(first, end)) return true; // "says Trump's tweets accusing X of Y are lies"
        for (int k = first; k < end && k < first + 6; k++) {
            String pos = tv.get(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return true;
            if (pos.equals(",") || pos.equals("TO") || pos.equals("VBG") || pos.equals("VB") || quoted[k]) return false;
            if (k > first && SUBORDINATE.contains(tv.lower(k))) return false; // "profanities as she hurries": an object
            if (k > first && (tv.lower(k).equals("and") || tv.lower(k).equals("but")) && k + 1 < end
                    && Set.of("VBD", "VBZ", "VBP").contains(tv.get(k + 1).pos())) {
                return false; // "promised a veto and attempted …": the verb is the source's next act
            }
        }
        return false;
    }

    private static final Set<String> OPENERS = Set.of("that", "which", "who", "whom", "why", "how", "what", "when", "where",
            "whether", "if", "because", "while", "as", "so");

    /** Whether a clause opens between {@code first} and {@code k}, which could own a finite verb at {@code k}. */
    private boolean openerBetween(int first, int k) {
        for (int j = first; j < k; j++) if (!quoted[j] && (OPENERS.contains(tv.lower(j)) || tv.lower(j).equals(","))) return true;
        return false;
    }

    /** "a task force, which would include the military, to crack down on …": the aside closes on the object's purpose. */
    private boolean purposeAfterAside(int comma, int end) {
        for (int j = comma + 1; j + 2 < end && !quoted[j]; j++) {
            if (tv.lower(j).equals(",")) return tv.lower(j + 1).equals("to") && tv.get(j + 2).pos().equals("VB");
        }
        return false;
    }

    /** Whether an infinitive's "to" comes before {@code k}: "urged them to act and consider …" coordinates its verbs. */
    private boolean toBefore(int first, int k) {
        for (int j = first; j < k; j++) if (!quoted[j] && tv.lower(j).equals("to")) return true;
        return false;
    }

    /** Whether "say" stands right before {@code first}: what it reports is a clause, however long its subject. */
    private boolean afterSay(int first) {
        int k = first - 1;
        return k >= 0 && !quoted[k] && tv.get(k).pos().startsWith("VB")
                && lexicon.verbLemma(tv.get(k).word(), tv.lemma(k)).filter(l -> l.equals("say")).isPresent();
    }

    private boolean finiteBeforeStop(int first, int end) {
        for (int k = first; k < end && !STOPS.contains(tv.lower(k)); k++) {
            String pos = tv.get(k).pos();
            if (!quoted[k] && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) return true;
        }
        return false;
    }

    private static final Set<String> SUBORDINATE = Set.of("as", "while", "when", "because", "since", "until", "after",
            "before", "so", "though", "although", "if");

    /**
     * "expressed deep concern about the policy", "voiced misgivings about the nominee": after a cue, a noun of attitude
     * and its preposition belong to the cue; what they are about is the content.
     */
    int afterReportingNoun(int first, int end) {
        int k = first;
        while (k < end && !quoted[k] && (tv.get(k).pos().equals("DT") || tv.get(k).pos().equals("PRP$")
                || tv.get(k).pos().startsWith("JJ"))) k++;
        if (k + 2 >= end || quoted[k] || quoted[k + 1] || !tv.get(k).pos().startsWith("NN")
                || lexicon.noun(tv.lemma(k)).filter(kind -> kind == AttributionKind.BELIEF).isEmpty()) {
            return first; // only an attitude: "spoke about the proposals on …" speaks of the proposals
        }
        return Set.of("about", "of", "on", "over", "against", "toward", "towards").contains(tv.lower(k + 1)) ? k + 2 : first;
    }

    /** "told reporters on Thursday (that) …", "told The Times, …": content starts after the listener. */
    int afterListener(int first, int end) {
        int k = first;
        // a subject pronoun is never the listener: "told voters this weekend he would …" has its clause at "he"
        while (k < end && !quoted[k] && (tv.get(k).pos().startsWith("NN") || tv.get(k).pos().equals("PRP$")
                || tv.get(k).pos().equals("PRP") && PhraseShapes.OBJECT_PRONOUNS.contains(tv.lower(k))
                || tv.get(k).pos().equals("DT") || tv.get(k).pos().startsWith("JJ") || tv.get(k).pos().equals("POS")
                || tv.get(k).pos().equals("HYPH") && k > first || tv.isTime(k) || tv.lower(k).equals("on")
                || tv.lower(k).equals("in") || shapes.adjectival(k, end)
                || tv.lower(k).equals("of") && k > first && k + 1 < end && tv.get(k + 1).pos().startsWith("NN"))) {
            k++;
        }
        while (k < end && LEADING.contains(tv.lower(k))) k++;
        // "told one of his protégés on a regular basis that …": a "that" soon after, with no verb between
        // (a quoted title such as “Morning Joe” may stand in the listener)
        for (int j = k; j < end && j < k + 16 && (!quoted[j] || tv.isCapitalised(j) || tv.isPunctuation(j))
                && (!tv.isVerb(j) || shapes.adjectival(j, end)); j++) {
            if (tv.lower(j).equals("that") && tv.get(j).pos().equals("IN") && !shapes.relativePronoun(j)) return j;
        }
        return k;
    }

    /** Whether the cue stands in a subordinate clause opening the sentence, before its closing comma. */
    boolean insideOpeningClause(int from, int cue) {
        // "As one user pointed out with a side-by-side, the gap is vast": what "as" introduces is the main clause
        if (!subordinate(from) || tv.lower(from).equals("as")) return false;
        for (int k = from + 1; k < cue; k++) if (!quoted[k] && tv.lower(k).equals(",")) return false;
        return true;
    }

    /**
     * "Although a judge found that action unconstitutional, his decision was …": a report inside an opening
     * subordinate clause ends at the comma before the main clause; {@code last + 1} when no comma comes.
     */
    int mainClauseComma(int first, int last) {
        for (int k = first + 1; k <= last; k++) {
            if (!quoted[k] && tv.lower(k).equals(",") && k + 1 <= last && !quoted[k + 1]) return k;
        }
        return last + 1;
    }

    /** Whether a stretch opens with a subordinate clause ("But when the time came, …"). */
    boolean subordinate(int from) {
        int k = from;
        if (tv.lower(k).equals("but") || tv.lower(k).equals("and") || tv.lower(k).equals("so")) k++;
        return k < tv.size() && ReportedSpeech.SUBORDINATORS.contains(tv.lower(k));
    }

    /**
     * "…, near the stadium, which, Tompkins said, is usually full": a parenthetical speaker inside a relative clause
     * reports the clause from its "which" or "who", not the sentence it hangs on.
     */
    int relativeStart(int from, int comma) {
        for (int k = comma - 1; k > from; k--) {
            if (quoted[k] || tv.lower(k).equals(",")) return from;
            if ((tv.lower(k).equals("which") || tv.lower(k).equals("who")) && tv.lower(k - 1).equals(",")) return k;
        }
        return from;
    }
}
