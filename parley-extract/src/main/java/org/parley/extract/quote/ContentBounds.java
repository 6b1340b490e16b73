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

    /** {@code last} moved back over trailing punctuation ({@link #STOPS}), never to {@code floor} or before it. */
    static int trimStops(TokenView tv, int floor, int last) {
        while (last > floor && STOPS.contains(tv.lower(last))) last--;
        return last;
    }

    ContentBounds(TokenView tv, boolean[] quoted, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.lexicon = lexicon;
    }

    /** "told reporters that …": content starts at "that". */
    int afterObject(int first, int end) {
        for (int k = first; k < end && k < first + 9; k++) {
            if (quoted[k] || tv.isVerb(k)) return first;
            if (tv.lower(k).equals("that") && k > first) return relativePronoun(k) ? first : k;
            if (STOPS.contains(tv.lower(k)) || DASHES.contains(tv.lower(k))) return first;
        }
        return first;
    }

    /** "railed against the provisions that pock the code": a "that" right before a finite verb is the verb's subject. */
    private boolean relativePronoun(int that) {
        int next = that + 1;
        while (next < tv.size() && next < that + 3 && !quoted[next] && tv.get(next).pos().startsWith("RB")) next++;
        if (next >= tv.size() || quoted[next]) return false;
        String pos = tv.get(next).pos();
        return pos.equals("VBP") || pos.equals("VBZ") || pos.equals("VBD") || pos.equals("MD");
    }

    /**
     * Where the reported clause that starts at {@code first} ends: before an adjunct that is not part of what was
     * said: a participle after a comma (", saying …", ", encouraging …"), a second verb phrase of the same
     * subject ("and warned …"), a relative clause after a comma (", which …"), or a semicolon. Quoted words never
     * end it.
     */
    int end(int first, int end) {
        boolean object = !clause(first, end);
        for (int k = first + 1; k < end; k++) {
            if (quoted[k]) continue;
            String w = tv.lower(k);
            if (DASHES.contains(w) && closingDash(k, end) > 0) {
                k = closingDash(k, end); // "the top 1 percent -- those earning most -- would pay": an aside inside the content
                continue;
            }
            if (w.equals(";") || DASHES.contains(w) || w.equals("(") || w.equals("-lrb-")) return k;
            if (w.equals(".") && k + 1 < end && quoted[k + 1]) return k; // "doesn't think so. “We lost.”": a new quoted sentence
            if (object && k + 1 < end && tv.isTime(k + 1) && Set.of("on", "last", "this", "earlier").contains(w) && !infinitiveAfter(k, end)) {
                return k; // "endorsed Clinton for president on Thursday": an object ends before the date
            }
            if (object && k > first && tv.isTime(k) && !tv.isTime(k - 1) && tv.get(k).pos().startsWith("NNP") && !infinitiveAfter(k, end)
                    && (tv.get(k - 1).pos().equals("NN") || tv.get(k - 1).pos().equals("NNS")) && !quoted[k - 1]) {
                return k; // "published the video Friday afternoon": a bare date after the object is the writer's
            }
            if (object && occasionAhead(k, end) && !infinitiveAfter(k, end)) {
                return k; // "rejected that argument in a ruling released Thursday": the occasion is the writer's
            }
            if (object && w.equals("by") && k + 1 < end && !quoted[k + 1] && tv.get(k + 1).pos().equals("VBG")
                    && lexicon.verbLemma(tv.get(k + 1).word(), tv.lemma(k + 1)).isPresent()) {
                return k; // "responded to the mother by saying …": how the source answered is a report of its own
            }
            if (object && (w.equals("as") || w.equals("so")) && !tv.get(k - 1).pos().startsWith("JJ")
                    && newSubjectAhead(k + 1, end)) { // ("as wealthy as Mr. Trump claims" compares)
                return k; // "indicates a tightening race as Trump consolidates …": what happened meanwhile is the writer's
            }
            if (object && (w.equals("while") || w.equals("when")) && k + 1 < end && !quoted[k + 1]
                    && (tv.get(k + 1).pos().equals("VBG") || Set.of("at", "in", "on").contains(tv.lower(k + 1)))) {
                return k; // "spoke about her ties to the church while at a convention": where the source was, not what
            }
            if (object && w.equals("when") && tv.get(k).word().equals("when") && !infinitive(first)
                    && tv.get(first).pos().matches("DT|PRP\\$?|NNP?S?|JJ") && !TIME_NOUNS.contains(tv.lemma(k - 1))
                    && !tv.isTime(k - 1)) { // ("recalled the day when …" is a relative clause)
                return k; // "described Obama as an evangelist when he ran in 2008": the time of the act is the writer's
            }
            if (object && w.equals("to") && k > first && !tv.get(k - 1).pos().startsWith("VB") && !comparing(first)
                    && listenerAhead(k + 1, end)) {
                return k; // "disclosed the deals to the AP.": who was told is not what was told
            }
            // "promised to release the returns before the election": an infinitive's own time goes with it
            // (a "since" looks back, to when the source acted)
            if (object && OBJECT_ENDS.contains(w) && (!infinitive(first) || w.equals("since"))) {
                return k; // "criticized the law as a “crazy system” during a stop in Flint": the adjunct is the writer's
            }
            if (k - 2 >= first && quoted[k - 1] && tv.lower(k - 2).equals(",")
                    && (newSubjectAhead(k, end) || tv.get(k).pos().equals("EX") && finiteAhead(k + 1, end))) {
                return k; // "labeled “medical problem,” a doctor had typed …": the comma inside the quote closes the content
            }
            if (w.equals(",") && k + 2 < end && !quoted[k - 1] && tv.get(k - 1).pos().startsWith("NNP")
                    && tv.lower(k + 1).equals("the") && apposition(k + 1, end)) {
                return k; // "he did not support Mr. Trump, the presumed Putin favorite": the writer's apposition
            }
            if (w.equals(",") && k + 1 < end && !quoted[k + 1]
                    && Set.of("with", "while", "although", "though", "aside").contains(tv.lower(k + 1))) {
                return k; // ", aside from saying …": the writer's comment
            }
            if (w.equals(",") && k + 2 < end && !quoted[k + 1] && Set.of("even", "especially").contains(tv.lower(k + 1))
                    && (tv.get(k + 2).pos().equals("VBN") || SUBORDINATE.contains(tv.lower(k + 2)))) {
                return k; // ", even if …", ", especially given that …" (", even illegal", ", especially for the poor" go on)
            }
            if (w.equals(",") && k + 1 < end && !quoted[k + 1] && cueClauseAhead(k + 1, end)) {
                return k; // "…, Ham also noted several …": a second source's report starts
            }
            if (w.equals(",") && k + 1 < end && !quoted[k + 1]) {
                String next = tv.lower(k + 1);
                String pos = tv.get(k + 1).pos();
                boolean adverbThenParticiple = pos.startsWith("RB") && k + 2 < end && !quoted[k + 2]
                        && tv.get(k + 2).pos().equals("VBG"); // ", implicitly putting his name on the line"
                if (pos.equals("VBG") && !PREPOSITIONAL.contains(next) || adverbThenParticiple || next.equals("while") || object && next.equals("which")
                        || object && (next.equals("where") || next.equals("who"))) return k;
                if ((next.equals("but") || next.equals("and") || next.equals("yet")) && k + 2 < end && verbAhead(k + 2, end)
                        && !tv.get(k + 2).pos().equals("MD")) return k; // ", but stopped short of …"; ", but could not …" goes on
                if (cueAhead(k + 1, end) && verbAhead(k + 1, end)) return k; // "…, told his advisers to …"
                if ((next.equals("and") || next.equals("but")) && k + 2 < end
                        && Set.of("when", "after", "asked", "pressed").contains(tv.lower(k + 2))) {
                    return k; // "…, and when pressed, she replied …": the writer's account of a later moment
                }
                if (object && newSubjectAhead(k + 1, end)) return k; // "found that action unconstitutional, his decision was …"
                if (pos.equals("VBZ") && !commaBetween(first, k)) {
                    // "the EU, which contended that X, is a good example": the sentence's own verb resumes (a comma
                    // opened inside the content closes there instead: "the program, run by X, has brought …")
                    return k;
                }
                if (next.equals("as") && k + 2 < end && tv.get(k + 2).pos().equals("VBN")) {
                    return k; // ", as encapsulated by two voters": the writer's illustration
                }
            }
            boolean bareVerb = object && !infinitive(first) && k + 1 < end && !quoted[k + 1] && tv.get(k + 1).pos().equals("VB");
            if ((w.equals("and") || w.equals("but")) && (verbAhead(k + 1, end) || bareVerb) && !tv.lower(k - 1).equals(",")
                    && cueAhead(k + 1, end) && !sameTenseAsContent(first, k)) {
                return k; // "said he would win and warned that …": the speaker's next report; "and exposed …" goes on
            }
            if (w.equals("but") && quoted[k - 1] && k - 2 >= first && tv.lower(k - 2).equals(",") && verbAhead(k + 1, end)
                    && !tv.get(k + 1).pos().equals("MD")) {
                return k; // "as a “terrible situation,” but stopped short of …": the comma stands inside the quote
            }
            if (object && (w.equals("and") || w.equals("but")) && k - 1 > first && !quoted[k - 1] && !infinitive(first)
                    && finiteAhead(k + 1, end)) {
                return k; // "has promoted unproven therapies and downplayed the risk": the object ends, a second act follows
            }
            if (!object && w.equals("and") && k + 2 < end && tv.lower(k + 1).equals("that") && newSubjectAhead(k + 2, end)) {
                continue; // "said witnesses saw a gun and that one was found nearby": a second reported clause
            }
            if ((w.equals("and") || w.equals("but")) && (object || finiteBefore(first, k))
                    && newSubjectAhead(pastPrepositionalPhrase(k + 1, end), end) && !coordinatedSubject(first, k)) {
                return k; // "… mishandled the investigation and Democrats accused …": a second clause
            }
        }
        return end;
    }

    /**
     * The dash that closes an aside opened by the dash at {@code k}, when the content goes on after it; -1 when no
     * dash closes it, when the aside quotes someone (a report of its own), or when a new clause or the sentence's own
     * verb follows it ("noted that X ― as was true ― Trump boasted …", "the best one I know of -- … -- comes from").
     */
    private int closingDash(int k, int end) {
        for (int j = k + 1; j + 1 < end; j++) {
            if (quoted[j]) return -1;
            if (!tv.lower(j).equals(tv.lower(k))) continue;
            boolean goesOn = j > k + 1 && !quoted[j + 1] && !STOPS.contains(tv.lower(j + 1)) && !newSubjectAhead(j + 1, end)
                    && !cueClauseAhead(j + 1, end) && !Set.of("VBZ", "VBD").contains(tv.get(j + 1).pos());
            return goesOn ? j : -1;
        }
        return -1;
    }

    /** Verbs whose object goes on with "to" and a second term: "compared the network to the BBC". */
    private static final Set<String> COMPARING = Set.of("compare", "liken", "equate", "link", "tie", "connect", "prefer");

    private boolean comparing(int first) {
        for (int j = first - 1; j >= 0 && j >= first - 3; j--) {
            if (tv.get(j).pos().startsWith("VB")) return COMPARING.contains(lexicon.verbLemma(tv.get(j).word(), tv.lemma(j)).orElse(tv.lemma(j)));
        }
        return false;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you");

    /** A pronoun, person or organization that ends the content (or comes before "while"/"when"): who was addressed. */
    private boolean listenerAhead(int k, int end) {
        int j = k;
        if (j < end && !quoted[j] && OBJECT_PRONOUNS.contains(tv.lower(j))) {
            j++;
        } else {
            if (j < end && tv.get(j).pos().equals("DT")) j++;
            int names = j;
            while (j < end && !quoted[j] && tv.get(j).pos().startsWith("NN")
                    && (tv.get(j).ner().equals("PERSON") || tv.get(j).ner().equals("ORGANIZATION"))) j++;
            if (j == names) return false;
        }
        return j >= end || STOPS.contains(tv.lower(j)) || tv.lower(j).equals("while") || tv.lower(j).equals("when");
    }

    private boolean commaBetween(int from, int to) {
        for (int j = from; j < to; j++) if (!quoted[j] && tv.lower(j).equals(",")) return true;
        return false;
    }

    /** Whether a noun phrase from {@code k} runs to the end, or to a relative clause or preposition after it. */
    private boolean apposition(int k, int end) {
        int j = k + 1;
        while (j < end && !quoted[j] && (tv.get(j).pos().startsWith("NN") || tv.get(j).pos().startsWith("JJ")
                || tv.get(j).pos().equals("VBN") || tv.get(j).pos().equals("POS") || tv.get(j).pos().equals("HYPH")
                || tv.get(j).pos().equals("VBG") && j == k + 1
                || tv.get(j).pos().equals("CD"))) j++;
        if (j == k + 1 || tv.get(j - 1).pos().equals("VBN")) return false;
        return j >= end || Set.of(".", "that", "which", "who", "in", "of", "between").contains(tv.lower(j));
    }

    /** "urged supporters at a rally to vote": an infinitive still to come belongs to the object, so the occasion is inside. */
    private boolean infinitiveAfter(int k, int end) {
        for (int j = k + 1; j + 1 < end && j < k + 12; j++) {
            if (quoted[j] || STOPS.contains(tv.lower(j))) return false;
            if (tv.lower(j).equals("to") && tv.get(j + 1).pos().equals("VB")) return true;
        }
        return false;
    }

    /** "in an interview", "during a televised speech", "at Tuesday's hearing": a preposition and an occasion noun. */
    private boolean occasionAhead(int k, int end) {
        String w = tv.lower(k);
        if (!w.equals("in") && !w.equals("during") && !w.equals("at") && !w.equals("on")) return false;
        for (int j = k + 1; j < end && j <= k + 4 && !quoted[j]; j++) {
            String pos = tv.get(j).pos();
            if (pos.startsWith("NN") && lexicon.isOccasion(tv.lemma(j))) return true;
            // "in a ruling released Thursday": a noun in "-ing" after its determiner is often tagged as a participle
            if (pos.equals("VBG") && j > k + 1 && !tv.get(j - 1).pos().equals("VBN") && lexicon.isOccasion(tv.lower(j))) return true;
            if (!(pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("POS")
                    || pos.equals("HYPH") || pos.equals("VBN"))) return false;
        }
        return false;
    }

    /** Whether content starting at {@code first} is a clause ("that …", "he will …") rather than an object. */
    private boolean clause(int first, int end) {
        if (tv.lower(first).equals("that") && !tv.get(first).pos().equals("DT") && !determiner(first, end) || tv.lower(first).equals("whether")
                || tv.lower(first).equals("if")) return true; // "that argument" (DT) is an object
        for (int k = first; k < end && k < first + 6; k++) {
            String pos = tv.get(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return true;
            if (pos.equals(",") || pos.equals("TO") || quoted[k]) return false;
            if (k > first && SUBORDINATE.contains(tv.lower(k))) return false; // "profanities as she hurries": an object
            if (k > first && (tv.lower(k).equals("and") || tv.lower(k).equals("but")) && k + 1 < end
                    && Set.of("VBD", "VBZ", "VBP").contains(tv.get(k + 1).pos())) {
                return false; // "promised a veto and attempted …": the verb is the source's next act
            }
        }
        return false;
    }

    /**
     * "declined that assignment and has since left": "that" before a singular noun that no verb follows is a
     * determiner, even when tagged as a complementizer ("said that money was tight" has its verb).
     */
    private boolean determiner(int that, int end) {
        int noun = that + 1;
        if (noun + 1 >= end || quoted[noun] || !tv.get(noun).pos().equals("NN")) return false;
        String next = tv.get(noun + 1).pos();
        return !next.startsWith("VB") && !next.equals("MD") && !next.equals("POS") && !next.startsWith("NN") && !next.startsWith("RB");
    }

    private static final Set<String> SUBORDINATE = Set.of("as", "while", "when", "because", "since", "until", "after",
            "before", "so", "though", "although", "if");

    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when",
            "where", "who", "because");

    /**
     * "says Obama and the party's leaders should …", "that the country's stability and prosperity are …": an "and"
     * after a noun, in a clause with no verb yet, joins two subjects of that verb.
     */
    private boolean coordinatedSubject(int first, int and) {
        String before = tv.get(and - 1).pos();
        if (quoted[and - 1] || !(before.startsWith("NN") || before.equals("PRP"))) return false;
        int open = first;
        for (int j = and - 1; j > first; j--) {
            if (!quoted[j] && CLAUSE_OPENERS.contains(tv.lower(j))) {
                open = j;
                break;
            }
        }
        for (int j = open; j < and; j++) {
            if (!quoted[j] && (tv.isVerb(j) || tv.get(j).pos().equals("MD"))) return false; // "seek to minimize costs and …"
        }
        return open > first || !parallel(first, and);
    }

    /**
     * "5 percent prefer Johnson and 1 percent support Stein": after an object, a second subject whose verb has the
     * cue's own tense is a parallel clause, not a second subject of the reported verb.
     */
    private boolean parallel(int first, int and) {
        int cue = first - 1;
        while (cue >= 0 && cue >= first - 3 && !tv.get(cue).pos().startsWith("VB")) cue--;
        if (cue < 0 || cue < first - 3) return false;
        int j = and + 1;
        while (j < tv.size() && j < and + 8 && !quoted[j] && !tv.isVerb(j)) j++;
        return j < tv.size() && !quoted[j] && tv.get(j).pos().equals(tv.get(cue).pos()) && !tv.get(j).pos().equals("MD");
    }

    private boolean finiteBefore(int from, int k) {
        for (int j = from; j < k; j++) {
            String pos = tv.get(j).pos();
            if (!quoted[j] && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD"))) return true;
        }
        return false;
    }

    /**
     * Past a prepositional phrase opening a clause ("in the course of their report(,)"), to where its subject would
     * stand; {@code k} itself when no such phrase starts there.
     */
    private int pastPrepositionalPhrase(int k, int end) {
        if (k >= end || quoted[k] || !tv.get(k).pos().equals("IN") || tv.lower(k).equals("that")) return k;
        int j = k + 1;
        while (j < end && j < k + 9 && !quoted[j] && (tv.get(j).pos().equals("DT") || tv.get(j).pos().startsWith("JJ")
                || tv.get(j).pos().startsWith("NN") || tv.get(j).pos().equals("PRP$") || tv.get(j).pos().equals("POS")
                || tv.get(j).pos().equals("CD") || tv.lower(j).equals("of"))) j++;
        if (j == k + 1 || j >= end) return k;
        return tv.lower(j).equals(",") ? j + 1 : j;
    }

    /** A short noun phrase then a finite verb: "Democrats accused", "the GOP said". */
    private boolean newSubjectAhead(int k, int end) {
        int j = k;
        while (j < end && j < k + 5 && !quoted[j] && (tv.get(j).pos().startsWith("NN") || tv.get(j).pos().equals("DT")
                || tv.get(j).pos().startsWith("JJ") || tv.get(j).pos().equals("PRP") && j == k || tv.get(j).pos().equals("POS")
                || tv.get(j).pos().equals("CD") && j == k)) { // "and 1 percent support …"
            j++; // a pronoun only opens the subject: "vibrancy he was bringing" is a relative clause
        }
        if (j == k || j >= end) return false;
        while (j < end && tv.get(j).pos().startsWith("RB")) j++; // "the union also stepped in"
        if (j >= end) return false;
        String pos = tv.get(j).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /** A short subject, then (after adverbs) a finite reporting verb: "Ham also noted", "the senator said". */
    private boolean cueClauseAhead(int k, int end) {
        int j = k;
        while (j < end && j < k + 5 && !quoted[j] && (tv.get(j).pos().startsWith("NN") || tv.get(j).pos().equals("DT")
                || tv.get(j).pos().startsWith("JJ") || tv.get(j).pos().equals("PRP"))) j++;
        if (j == k) return false;
        while (j < end && (tv.get(j).pos().startsWith("RB") || tv.get(j).pos().equals("MD"))) j++;
        if (j >= end || quoted[j]) return false;
        String pos = tv.get(j).pos();
        return (pos.equals("VBD") || pos.equals("VBZ")) && lexicon.verbLemma(tv.get(j).word(), tv.lemma(j)).isPresent();
    }

    /** "to share a currency and rely on …", "not to repeat that mistake and established …": verbs of one infinitive. */
    private boolean infinitive(int first) {
        return tv.lower(first).equals("to") || tv.lower(first).equals("not") && first + 1 < tv.size() && tv.lower(first + 1).equals("to");
    }

    /** A finite verb at {@code k}, after adverbs: "and (also) downplayed", "but has". */
    private boolean finiteAhead(int k, int end) {
        int j = k;
        while (j < end && j < k + 3 && tv.get(j).pos().startsWith("RB")) j++;
        if (j >= end || quoted[j]) return false;
        String pos = tv.get(j).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /** A reporting verb right at {@code k}, after at most one adverb. */
    private boolean cueAhead(int k, int end) {
        int j = k;
        while (j < end && j < k + 3 && (tv.get(j).pos().startsWith("RB") || SpeakerFinder.isAuxiliary(tv.lower(j)))) j++;
        return j < end && lexicon.verbLemma(tv.get(j).word(), tv.lemma(j)).isPresent();
    }

    /**
     * "Police say he posed a threat and refused to drop the gun": the verb after "and" takes the tense of the
     * reported clause, not of the present-tense cue before it, so it goes on with what was reported.
     */
    private boolean sameTenseAsContent(int first, int and) {
        int cue = first - 1;
        while (cue >= 0 && cue >= first - 3 && !tv.get(cue).pos().startsWith("VB")) cue--;
        if (cue < 0 || cue < first - 3) return false;
        String cueTag = tv.get(cue).pos();
        if (!cueTag.equals("VBZ") && !cueTag.equals("VBP")) return false;
        String contentTag = null;
        for (int j = first; j < and && contentTag == null; j++) {
            if (!quoted[j] && (tv.get(j).pos().equals("VBD") || tv.get(j).pos().equals("VBZ") || tv.get(j).pos().equals("VBP"))) {
                contentTag = tv.get(j).pos();
            }
        }
        int next = and + 1;
        if (next < tv.size() && tv.get(next).pos().startsWith("RB")) next++;
        if (!"VBD".equals(contentTag) || next >= tv.size() || !tv.get(next).pos().equals("VBD")) return false;
        // "… promised to go on and said she would …": a verb of speech opens a report of its own
        return lexicon.verbLemma(tv.get(next).word(), tv.lemma(next))
                .map(l -> lexicon.kindOf(l) != AttributionKind.SPEECH).orElse(false);
    }

    /** A finite or participial verb right at {@code k}, after at most one adverb: "and (also) warned". */
    private boolean verbAhead(int k, int end) {
        int j = k;
        if (j < end && tv.get(j).pos().startsWith("RB")) j++;
        if (j >= end || quoted[j]) return false;
        String pos = tv.get(j).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBG") || pos.equals("MD")
                || pos.equals("VBN") && tv.lower(k - 1).equals("and"); // "and called for …", often tagged VBN
    }

    /** "an invited crowd": a participle right before a noun or adjective modifies it. */
    private boolean adjectival(int k, int end) {
        return tv.get(k).pos().equals("VBN") && k + 1 < end && !quoted[k + 1]
                && (tv.get(k + 1).pos().startsWith("NN") || tv.get(k + 1).pos().startsWith("JJ"));
    }

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
                || tv.get(k).pos().equals("PRP") && OBJECT_PRONOUNS.contains(tv.lower(k))
                || tv.get(k).pos().equals("DT") || tv.get(k).pos().startsWith("JJ") || tv.get(k).pos().equals("POS")
                || tv.get(k).pos().equals("HYPH") && k > first || tv.isTime(k) || tv.lower(k).equals("on") || tv.lower(k).equals("in") || adjectival(k, end)
                || tv.lower(k).equals("of") && k > first && k + 1 < end && tv.get(k + 1).pos().startsWith("NN"))) {
            k++;
        }
        while (k < end && LEADING.contains(tv.lower(k))) k++;
        // "told one of his protégés on a regular basis that …": a "that" soon after, with no verb between
        // (a quoted title such as “Morning Joe” may stand in the listener)
        for (int j = k; j < end && j < k + 16 && (!quoted[j] || tv.isCapitalised(j) || tv.isPunctuation(j))
                && (!tv.isVerb(j) || adjectival(j, end)); j++) {
            if (tv.lower(j).equals("that") && tv.get(j).pos().equals("IN") && !relativePronoun(j)) return j;
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
