package org.parley.extract.quote;

import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;

/**
 * The shape of the words at a position of a sentence, as {@link ContentBounds} needs to read it: a new subject and
 * its verb, a listener, an occasion, an apposition, a relative pronoun, a second verb of the same subject. Quoted
 * words are never read as the writer's.
 */
final class PhraseShapes {
    private final TokenView tv;
    private final boolean[] quoted;
    private final Cues lexicon;

    PhraseShapes(TokenView tv, boolean[] quoted, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.lexicon = lexicon;
    }

    /** "railed against the provisions that pock the code": a "that" right before a finite verb is the verb's subject. */
    boolean relativePronoun(int that) {
        int next = that + 1;
        while (next < tv.size() && next < that + 3 && !quoted[next] && tv.get(next).pos().startsWith("RB")) next++;
        if (next >= tv.size() || quoted[next]) return false;
        String pos = tv.get(next).pos();
        return pos.equals("VBP") || pos.equals("VBZ") || pos.equals("VBD") || pos.equals("MD");
    }

    /**
     * The dash that closes an aside opened by the dash at {@code k}, when the content goes on after it; -1 when no
     * dash closes it, when the aside quotes someone (a report of its own), or when a new clause or the sentence's own
     * verb follows it ("noted that X ― as was true ― Trump boasted …", "the best one I know of -- … -- comes from").
     */
    int closingDash(int k, int end) {
        for (int j = k + 1; j + 1 < end; j++) {
            if (quoted[j]) return -1;
            if (!tv.lower(j).equals(tv.lower(k))) continue;
            boolean goesOn = j > k + 1 && !quoted[j + 1] && !ContentBounds.STOPS.contains(tv.lower(j + 1)) && !newSubjectAhead(j + 1, end)
                    && !cueClauseAhead(j + 1, end) && !Set.of("VBZ", "VBD").contains(tv.get(j + 1).pos());
            return goesOn ? j : -1;
        }
        return -1;
    }

    /** Verbs whose object goes on with "to" and a second term: "compared the network to the BBC". */
    private static final Set<String> COMPARING = Set.of("compare", "liken", "equate", "link", "tie", "connect", "prefer");

    boolean comparing(int first) {
        for (int j = first - 1; j >= 0 && j >= first - 3; j--) {
            if (tv.get(j).pos().startsWith("VB")) return COMPARING.contains(lexicon.verbLemma(tv.get(j).word(), tv.lemma(j)).orElse(tv.lemma(j)));
        }
        return false;
    }

    static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "her", "us", "them", "you");

    /** A pronoun, person or organization that ends the content (or comes before "while"/"when"): who was addressed. */
    boolean listenerAhead(int k, int end) {
        int j = k;
        if (j < end && !quoted[j] && OBJECT_PRONOUNS.contains(tv.lower(j))) {
            j++;
        } else {
            if (j < end && (tv.get(j).pos().equals("DT") || tv.lower(j).equals("both"))) j++;
            int names = j;
            while (j < end && !quoted[j] && (listenerName(j) || tv.lower(j).equals("and") && j > names && j + 1 < end
                    && listenerName(j + 1))) j++; // "to both Democrats and Republicans"
            if (j == names) return false;
        }
        return j >= end || ContentBounds.STOPS.contains(tv.lower(j)) || tv.lower(j).equals("while") || tv.lower(j).equals("when");
    }

    boolean commaBetween(int from, int to) {
        for (int j = from; j < to; j++) if (!quoted[j] && tv.lower(j).equals(",")) return true;
        return false;
    }

    /** A person's or organization's name, or a plural proper noun naming a group ("Democrats"). */
    private boolean listenerName(int j) {
        return !quoted[j] && (tv.get(j).pos().startsWith("NN") && (tv.get(j).ner().equals("PERSON")
                || tv.get(j).ner().equals("ORGANIZATION")) || tv.get(j).pos().equals("NNPS"));
    }

    /** Whether a noun phrase from {@code k} runs to the end, or to a relative clause or preposition after it. */
    boolean apposition(int k, int end) {
        int j = k + 1;
        while (j < end && !quoted[j] && (tv.get(j).pos().startsWith("NN") || tv.get(j).pos().startsWith("JJ")
                || tv.get(j).pos().equals("VBN") || tv.get(j).pos().equals("POS") || tv.get(j).pos().equals("HYPH")
                || tv.get(j).pos().equals("VBG") && j == k + 1
                || tv.get(j).pos().equals("CD"))) j++;
        if (j == k + 1 || tv.get(j - 1).pos().equals("VBN")) return false;
        return j >= end || Set.of(".", "that", "which", "who", "in", "of", "between").contains(tv.lower(j));
    }

    /** "urged supporters at a rally to vote": an infinitive still to come belongs to the object, so the occasion is inside. */
    boolean infinitiveAfter(int k, int end) {
        for (int j = k + 1; j + 1 < end && j < k + 12; j++) {
            if (quoted[j] || ContentBounds.STOPS.contains(tv.lower(j))) return false;
            if (tv.lower(j).equals("to") && tv.get(j + 1).pos().equals("VB")) return true;
        }
        return false;
    }

    /** "in an interview", "during a televised speech", "at Tuesday's hearing": a preposition and an occasion noun. */
    boolean occasionAhead(int k, int end) {
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

    /**
     * "declined that assignment and has since left": "that" before a singular noun that no verb follows is a
     * determiner, even when tagged as a complementizer ("said that money was tight" has its verb).
     */
    boolean determiner(int that, int end) {
        int noun = that + 1;
        if (noun + 1 >= end || quoted[noun] || !tv.get(noun).pos().equals("NN")) return false;
        String next = tv.get(noun + 1).pos();
        return !next.startsWith("VB") && !next.equals("MD") && !next.equals("POS") && !next.startsWith("NN") && !next.startsWith("RB");
    }

    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "when",
            "where", "who", "because");

    /**
     * "says Obama and the party's leaders should …", "that the country's stability and prosperity are …": an "and"
     * after a noun, in a clause with no verb yet, joins two subjects of that verb.
     */
    boolean coordinatedSubject(int first, int and) {
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
    boolean parallel(int first, int and) {
        int cue = first - 1;
        while (cue >= 0 && cue >= first - 3 && !tv.get(cue).pos().startsWith("VB")) cue--;
        if (cue < 0 || cue < first - 3) return false;
        int j = and + 1;
        while (j < tv.size() && j < and + 8 && !quoted[j] && !tv.isVerb(j)) j++;
        return j < tv.size() && !quoted[j] && tv.get(j).pos().equals(tv.get(cue).pos()) && !tv.get(j).pos().equals("MD");
    }

    boolean finiteBefore(int from, int k) {
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
    int pastPrepositionalPhrase(int k, int end) {
        if (k >= end || quoted[k] || !tv.get(k).pos().equals("IN") || tv.lower(k).equals("that")) return k;
        int j = k + 1;
        while (j < end && j < k + 9 && !quoted[j] && (tv.get(j).pos().equals("DT") || tv.get(j).pos().startsWith("JJ")
                || tv.get(j).pos().startsWith("NN") || tv.get(j).pos().equals("PRP$") || tv.get(j).pos().equals("POS")
                || tv.get(j).pos().equals("CD") || tv.lower(j).equals("of"))) j++;
        if (j == k + 1 || j >= end) return k;
        return tv.lower(j).equals(",") ? j + 1 : j;
    }

    /** A short noun phrase then a finite verb: "Democrats accused", "the GOP said". */
    boolean newSubjectAhead(int k, int end) {
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
    boolean cueClauseAhead(int k, int end) {
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
    boolean infinitive(int first) {
        return tv.lower(first).equals("to") || tv.lower(first).equals("not") && first + 1 < tv.size() && tv.lower(first + 1).equals("to");
    }

    /** A finite verb at {@code k}, after adverbs: "and (also) downplayed", "but has". */
    boolean finiteAhead(int k, int end) {
        int j = k;
        while (j < end && j < k + 3 && tv.get(j).pos().startsWith("RB")) j++;
        if (j >= end || quoted[j]) return false;
        String pos = tv.get(j).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    /** A reporting verb right at {@code k}, after at most one adverb. */
    boolean cueAhead(int k, int end) {
        int j = k;
        while (j < end && j < k + 3 && (tv.get(j).pos().startsWith("RB") || SpeakerFinder.isAuxiliary(tv.lower(j)))) j++;
        return j < end && lexicon.verbLemma(tv.get(j).word(), tv.lemma(j)).isPresent();
    }

    /**
     * "Police say he posed a threat and refused to drop the gun": the verb after "and" takes the tense of the
     * reported clause, not of the present-tense cue before it, so it goes on with what was reported.
     */
    boolean sameTenseAsContent(int first, int and) {
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
    boolean verbAhead(int k, int end) {
        int j = k;
        if (j < end && tv.get(j).pos().startsWith("RB")) j++;
        if (j >= end || quoted[j]) return false;
        String pos = tv.get(j).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBG") || pos.equals("MD")
                || pos.equals("VBN") && tv.lower(k - 1).equals("and"); // "and called for …", often tagged VBN
    }

    /** "an invited crowd": a participle right before a noun or adjective modifies it. */
    boolean adjectival(int k, int end) {
        return tv.get(k).pos().equals("VBN") && k + 1 < end && !quoted[k + 1]
                && (tv.get(k + 1).pos().startsWith("NN") || tv.get(k + 1).pos().startsWith("JJ"));
    }
}
