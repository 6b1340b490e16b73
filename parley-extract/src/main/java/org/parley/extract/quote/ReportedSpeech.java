package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AttributionKind;
import org.parley.model.Sentence;

/**
 * Reported speech in one sentence: for each cue, its speaker (before the cue, after it when inverted, or the
 * clause subject for a participle: "…, saying that …") and its content.
 *
 * <ul>
 *   <li>cue before content ("X said (that) …"): content runs from after the cue to the end of the sentence,
 *       without the final stop;</li>
 *   <li>cue after content ("…, X said." / "…, said X."): content is the sentence up to the comma;</li>
 *   <li>"according to X, …" / "…, according to X": content is the other side of the comma.</li>
 * </ul>
 * Reports with no named source (agentless passives, "it is clear that …") are read by {@link SourcelessReports}.
 */
final class ReportedSpeech {
    private static final Set<String> LEADING = Set.of(",", ":", "out");
    private static final int MAX_TAIL_EXTRA = 6;
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves", "itself", "myself",
            "ourselves", "yourself");
    /** "began by saying …", "for saying …", "after saying …": a participle that hangs on the clause's subject. */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "after", "before", "while", "when", "for");
    /** Words that open an adjunct rather than what was said, right after a one-word cue. */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("from", "into", "at", "during", "before", "since",
            "while", "without", "until");

    private final TokenView tv;
    private final boolean[] quoted;
    private final SpeakerFinder speakers;
    private final CueFinder cues;
    private final Cues lexicon;
    private final ContentBounds bounds;
    private final SourcelessReports sourceless;

    ReportedSpeech(TokenView tv, boolean[] quoted, CueFinder cues, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.speakers = new SpeakerFinder(tv, quoted);
        this.cues = cues;
        this.lexicon = lexicon;
        this.bounds = new ContentBounds(tv, quoted, lexicon);
        this.sourceless = new SourcelessReports(tv, quoted, speakers, bounds, lexicon);
    }

    SpeakerFinder speakers() {
        return speakers;
    }

    List<Candidate> find(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        Candidate speakerLine = speakerLine(s);
        if (speakerLine != null) out.add(speakerLine);
        out.addAll(nounCues(s));
        out.addAll(sourceless.evidentials(s));
        for (CueFinder.Cue cue : cues.find(tv, s, quoted)) {
            Candidate c = cue.lemma().equals("according to") ? accordingTo(s, cue) : verb(s, cue);
            if (c != null) out.add(c);
        }
        return out;
    }

    private Candidate verb(Sentence s, CueFinder.Cue cue) {
        int from = afterDateline(s);
        int end = s.endToken();
        if (tv.get(cue.first()).pos().equals("VBN") && CueFinder.passiveWithAgent(tv, cue.last(), s)) return passive(s, cue);
        if (tv.get(cue.first()).pos().equals("VBN") && CueFinder.agentlessPassive(tv, cue.first(), s)) return sourceless.agentless(s, cue);
        if (tv.get(cue.first()).pos().equals("VBN") && CueFinder.openingParticiple(tv, cue.first(), s)) return sourceless.asked(s, cue);
        boolean participle = tv.get(cue.first()).pos().equals("VBG") && cue.first() > from
                && (tv.lower(cue.first() - 1).equals(",") || PARTICIPLE_PREPOSITIONS.contains(tv.lower(cue.first() - 1)));
        // ", stating …" hangs on the clause's subject, not on the words before the comma
        SpeakerFinder.Np np = participle ? speakers.clauseSubject(from, cue.first()) : speakers.before(cue.first(), from);
        boolean inverted = false;
        if (np == null && coordinated(cue.first(), from)) {
            np = speakers.clauseSubject(from, cue.first()); // "Trump ... and says he will …"
        }
        if (np == null && !participle && Set.of("VBD", "VBZ", "VBP").contains(tv.get(cue.first()).pos())) {
            int opener = asideOpener(cue.first(), from);
            if (opener > from) np = speakers.before(opener, from); // "The film ― which weaves … ― explains …"
        }
        if (np == null && invertible(cue.first(), from)) {
            np = speakers.after(cue.last(), end);
            inverted = np != null;
        }
        if (SourcelessReports.raising(cue)) return sourceless.raised(s, cue, np);
        if (np == null && participle && cue.first() - 1 == from) return opening(s, cue);
        if (np == null) return null;
        if (!participle && !inverted) np = withNamePrefix(np, from);
        int tailFirst = Math.min(np.first(), cue.first());
        int tailLast = Math.max(np.last(), cue.last());
        if (tailFirst - 2 > from && tv.lower(tailFirst - 1).equals("as") && tv.lower(tailFirst - 2).equals(",") && !participle
                && ContentBounds.trimStops(tv, tailLast, end - 1) == tailLast) {
            tailFirst--; // "It does not show whether he had a gun, as police have said.": a closing tail with "as"
        }
        // "…, the NAACP called for a moratorium": a cue with its preposition has its object after it, not before
        boolean objectAfter = cue.last() > cue.first() && cue.last() + 1 < end && !quoted[cue.last() + 1]
                && !ContentBounds.STOPS.contains(tv.lower(cue.last() + 1));
        if (!participle && !objectAfter && isTail(s, tailFirst, tailLast)) {
            int contentLast = ContentBounds.trimStops(tv, from - 1, tailFirst - 1);
            boolean nothingBefore = contentLast >= from && !quoted[from] && (contentLast - from < 2 || bounds.subordinate(from));
            if (!nothingBefore) {
                int start = contentLast < from ? tailFirst : quotedIn(from, tailFirst) ? from : paragraphStart(s, from, np);
                Candidate c = candidate(s, cue, np, start, contentLast, 0.7);
                c.tailFirst = tailFirst;
                return c;
            }
            // "When the time came, Washington backed down": no reported content before the comma; but in "Though the
            // move was smooth, he said, replacing her would be hard" the sentence goes on past the speaker
            if (!bounds.subordinate(from) || !parenthetical(s, tailFirst, tailLast)) return null;
        }
        if (inverted && tailLast + 1 < end && tv.lower(tailLast + 1).equals(",")) {
            return null; // "said Mr. Barrett, the lawyer for …": an apposition, not what he said
        }
        if (!participle && parenthetical(s, tailFirst, tailLast)) {
            // "The museum, Mr. Bush said, celebrated his heroes": the words around the speaker are the content
            int comma = commaAfterTail(s, tailLast);
            int last = bounds.end(comma + 1, end) - 1; // from the word after the comma
            last = ContentBounds.trimStops(tv, comma, last);
            if (last > comma) return candidate(s, cue, np, bounds.relativeStart(from, tailFirst - 1), continued(s, last), 0.7);
        }
        int first = (inverted ? tailLast : cue.last()) + 1;
        while (first < end && LEADING.contains(tv.lower(first))) first++;
        if (first >= end - 1 && end - 1 > cue.last() && tv.lower(end - 1).equals(":")) {
            // "Caddell continued:" with the quote in the next paragraph
            Candidate unquoted = paragraphAfterColon(s, cue, np);
            if (unquoted != null) return unquoted;
            Candidate c = candidate(s, cue, np, end - 1, end - 2, 0.7);
            c.colon = end - 1;
            return c;
        }
        first = cue.lemma().equals("tell") ? bounds.afterListener(first, end) : bounds.afterObject(first, end);
        if (first >= end) return null;
        first = bounds.afterReportingNoun(first, end);
        if (lexicon.takesOf(cue.lemma())) first = afterOf(first, end);
        if (cue.first() == cue.last() && ADJUNCT_OPENERS.contains(tv.lower(first)) && !quotedIn(first, end)) {
            int that = thatAfterAdjunct(first, end);
            if (that < 0) return null; // "reported from Midway Atoll", "learned from the experience": where or when, not what
            first = that; // "says at a campaign stop in Toledo, Ohio, that it means …"
        }
        int last = bounds.end(first, end) - 1;
        if (bounds.insideOpeningClause(from, cue.first())) last = Math.min(last, bounds.mainClauseComma(first, last) - 1);
        last = ContentBounds.trimStops(tv, first - 1, last);
        if (last > first && REFLEXIVES.contains(tv.lower(last)) && !quoted[last] && tv.get(last - 1).pos().startsWith("PRP")) {
            last--; // "doesn't believe it himself": the emphatic pronoun is the speaker, not what is believed
        }
        if (last < first) return null;
        int head = relativeHead(np, cue, from, end);
        if (head >= 0) return candidate(s, cue, np, head, last, 0.6);
        int what = np.first() - 1;
        if (what >= from && !quoted[what] && tv.lower(what).equals("what") && !inverted && !participle
                && !tv.lower(cue.last() + 1).equals(":") && !quotedIn(first, last + 1)) { // ("here is what he said: “…”")
            // "the gap between what Trump says his plan would do and how experts see it": a free relative is one
            // phrase, from "what" to where a second wh-phrase is joined to it
            return candidate(s, cue, np, what, freeRelativeEnd(first, last), 0.6);
        }
        return candidate(s, cue, np, first, continued(s, last), 0.7);
    }

    /**
     * "the target it pledged to reach", "an explosion that the mayor described as an attack": a cue in a relative
     * clause whose object is the noun it hangs on reports that noun; the content runs from the noun phrase's start.
     * -1 when the cue is not in such a clause or has an object of its own.
     */
    private int relativeHead(SpeakerFinder.Np np, CueFinder.Cue cue, int from, int end) {
        int after = cue.last() + 1;
        boolean gap = after >= end || ContentBounds.STOPS.contains(tv.lower(after))
                || !quoted[after] && (tv.lower(after).equals("to") || tv.get(after).pos().equals("IN") && !tv.lower(after).equals("that"));
        if (!gap) return -1;
        int p = np.first() - 1;
        boolean marked = p > from && !quoted[p] && (tv.lower(p).equals("that") || tv.lower(p).equals("which"))
                && !tv.get(p).pos().equals("DT");
        if (marked) p--;
        else if (!tv.get(np.head()).pos().equals("PRP")) return -1; // "the target it pledged": a pronoun after a noun
        if (p <= from || quoted[p] || !tv.get(p).pos().startsWith("NN") || tv.get(p).pos().startsWith("NNP")) return -1;
        String noun = tv.lower(p);
        if (!tv.get(p).pos().equals("NNS") && lexicon.verbLemma(tv.get(p).word(), tv.lemma(p))
                .filter(l -> !l.equals(noun)).isPresent()) {
            return -1; // "noted that he wants …" with "noted" mistagged as a noun: a complement clause, not a relative one
        }
        int k = p;
        while (k - 1 >= from && !quoted[k - 1] && Set.of("DT", "JJ", "JJS", "JJR", "NN", "NNS", "CD", "$", "POS", "PRP$", "HYPH")
                .contains(tv.get(k - 1).pos())) k--;
        return k;
    }

    private static final Set<String> WH = Set.of("what", "how", "why", "whether", "where", "when", "who");

    private int freeRelativeEnd(int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if (!quoted[k] && (tv.lower(k).equals("and") || tv.lower(k).equals("or")) && WH.contains(tv.lower(k + 1))) {
                return ContentBounds.trimStops(tv, first, k - 1);
            }
        }
        return last;
    }

    /** Conjunctions that carry a report on into the next sentence: "… . But it would also …". */
    private static final Set<String> CARRY_ON = Set.of("but", "and", "yet");
    private static final Set<String> BACKSHIFTED_MODALS = Set.of("would", "could", "might");

    /**
     * "The museum, he said, would make visitors face hard truths. But it would also capture …": a next sentence of
     * the same paragraph that opens with a conjunction and a pronoun and goes on in the reported clause's
     * backshifted modal, with no cue or quote of its own, still says what the source said.
     */
    private int continued(Sentence s, int last) {
        List<Sentence> all = tv.doc().sentences();
        if (ContentBounds.trimStops(tv, last, s.endToken() - 1) != last || s.index() + 1 >= all.size()) return last;
        Sentence next = all.get(s.index() + 1);
        int k = next.firstToken();
        if (next.paragraph() != s.paragraph() || k + 3 >= next.endToken() || !CARRY_ON.contains(tv.lower(k))) return last;
        if (!tv.get(k + 1).pos().equals("PRP") || !BACKSHIFTED_MODALS.contains(tv.lower(k + 2))) return last;
        boolean modal = false;
        for (int j = s.firstToken(); j <= last && !modal; j++) modal = BACKSHIFTED_MODALS.contains(tv.lower(j)) && !quoted[j];
        if (!modal) return last;
        for (int j = k; j < next.endToken(); j++) {
            if (quoted[j] || lexicon.verbLemma(tv.get(j).word(), tv.lemma(j)).isPresent() && tv.isVerb(j)) return last;
        }
        return ContentBounds.trimStops(tv, k, next.endToken() - 1);
    }

    /**
     * "The governor added:" closing its paragraph, and a next paragraph with no quotation mark: that paragraph is
     * what was added, reported without quotation marks (a transcript or a letter set off as a block).
     */
    private Candidate paragraphAfterColon(Sentence s, CueFinder.Cue cue, SpeakerFinder.Np np) {
        List<Sentence> all = tv.doc().sentences();
        if (s.index() + 1 >= all.size()) return null;
        Sentence next = all.get(s.index() + 1);
        if (next.paragraph() == s.paragraph() || quoted[next.firstToken()] || tv.isPunctuation(next.firstToken())) return null;
        int lastSentence = next.index();
        while (lastSentence + 1 < all.size() && all.get(lastSentence + 1).paragraph() == next.paragraph()) lastSentence++;
        int last = ContentBounds.trimStops(tv, next.firstToken(), all.get(lastSentence).endToken() - 1);
        if (last <= next.firstToken()) return null;
        return candidate(s, cue, np, next.firstToken(), last, 0.6);
    }

    /**
     * "After saying her foot was swollen, she …": a participle opening the sentence reports the main clause's
     * subject; its content ends at the comma before that clause.
     */
    private Candidate opening(Sentence s, CueFinder.Cue cue) {
        int first = bounds.afterObject(cue.last() + 1, s.endToken());
        if (first >= s.endToken()) return null;
        int last = bounds.end(first, s.endToken()) - 1;
        int comma = -1;
        int after = -1;
        for (int k = first + 1; k <= last && comma < 0; k++) {
            if (!tv.lower(k).equals(",")) continue;
            after = k + 1 < s.endToken() && quoted[k + 1] && isClosingMark(k + 1) ? k + 2 : k + 1; // “… on,” she was
            if (after < s.endToken() && !quoted[after]) comma = k;
        }
        if (comma < 0) return null;
        SpeakerFinder.Np np = speakers.clauseSubject(after, s.endToken());
        if (np == null || np.first() < after) return null;
        last = comma - 1;
        last = ContentBounds.trimStops(tv, first, last);
        return candidate(s, cue, np, first, last, 0.6);
    }

    /**
     * "…,” retired Air Force general Lloyd Newton said" and "…,” Mr. Morgan of the Sierra Club said": words of the
     * name that the noun-phrase reader stopped at (a participle, "of the") belong to the speaker when only they stand
     * between a comma or closing quote and the phrase.
     */
    private SpeakerFinder.Np withNamePrefix(SpeakerFinder.Np np, int from) {
        int j = np.first() - 1;
        while (j >= from && np.first() - j <= 6 && !quoted[j] && namePart(j)) j--;
        if (j + 1 == np.first() || j < from) return np;
        boolean bounded = quoted[j] && isClosingMark(j) || tv.lower(j).equals(",") && j > from && quoted[j - 1];
        return bounded && !tv.get(j + 1).pos().equals("IN") ? new SpeakerFinder.Np(j + 1, np.last(), np.head()) : np;
    }

    private boolean namePart(int k) {
        String pos = tv.get(k).pos();
        return pos.startsWith("NNP") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("VBN") && !tv.isCapitalised(k)
                || tv.lower(k).equals("of") || pos.equals("HYPH") || pos.equals("POS") || pos.equals("CD");
    }

    /** "The nominee has been endorsed by dozens of papers": the agent is the source, the subject the content. */
    private Candidate passive(Sentence s, CueFinder.Cue cue) {
        SpeakerFinder.Np agent = speakers.after(cue.last() + 1, s.endToken());
        SpeakerFinder.Np subject = speakers.clauseSubject(s.firstToken(), cue.first());
        if (agent == null || subject == null || subject.first() >= cue.first()) return null;
        return candidate(s, cue, agent, subject.first(), subject.last(), 0.6);
    }

    /** "accused the North's leader, Kim Jong Un, of “recklessness”": past the person to what follows "of". */
    private int afterOf(int first, int end) {
        for (int k = first; k + 1 < end && k < first + 12 && !quoted[k] && !tv.isVerb(k); k++) {
            if (tv.lower(k).equals("of") && k > first) return k + 1;
        }
        return first;
    }

    /**
     * "C2I's business is planting trees. The trees soak up carbon. An acre can convert 156 tons, Mr. V said.": the
     * sentences of the paragraph before a closing speaker tail are the speaker's too, when none of them has a cue or a
     * quotation mark of its own.
     */
    private int paragraphStart(Sentence s, int from, SpeakerFinder.Np speaker) {
        List<Sentence> all = tv.doc().sentences();
        int start = from;
        String name = tv.lower(speaker.head());
        for (int i = s.index() - 1; i >= 0 && all.get(i).paragraph() == s.paragraph(); i--) {
            Sentence p = all.get(i);
            for (int k = p.firstToken(); k < p.endToken(); k++) {
                if (quoted[k] || tv.isCapitalised(k) && tv.lower(k).equals(name)) return start; // (a sentence naming the source introduces it)
            }
            if (!cues.find(tv, p, quoted).isEmpty()) return start;
            start = p.firstToken();
        }
        return start;
    }

    private static final Set<String> DASHES = Set.of("―", "—", "–", "--");

    /** Where an aside between dashes opens, between a subject and its cue ("The film ― which … ― explains"); -1 if none. */
    private int asideOpener(int cue, int from) {
        int k = cue - 1;
        while (k > from && !quoted[k] && tv.get(k).pos().startsWith("RB")) k--;
        if (k <= from || quoted[k] || !DASHES.contains(tv.lower(k))) return -1;
        for (int j = k - 2; j > from && !quoted[j]; j--) {
            if (tv.lower(j).equals(tv.lower(k))) return j;
        }
        return -1;
    }

    /** A complementizer "that" after a place or occasion, with no finite verb before it; -1 when none. */
    private int thatAfterAdjunct(int first, int end) {
        for (int k = first + 1; k < end && k < first + 16 && !quoted[k]; k++) {
            String pos = tv.get(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return -1;
            if (tv.lower(k).equals("that") && pos.equals("IN")) return k;
        }
        return -1;
    }

    private boolean quotedIn(int first, int end) {
        for (int k = first; k < end; k++) if (quoted[k]) return true;
        return false;
    }

    static final Set<String> SUBORDINATORS = Set.of("when", "if", "because", "although", "though", "while",
            "as", "since", "once", "until", "unless");

    private static final Set<String> NOUN_PREPOSITIONS = Set.of("about", "of", "on", "for", "against", "over");

    /**
     * "Trump's claim that …", "her warning that …", "his comments about …", "her plan to …": a reporting noun, its
     * owner, and what follows: the clause after "that", the infinitive, or the preposition's object.
     */
    private List<Candidate> nounCues(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        for (int k = s.firstToken() + 1; k + 1 < s.endToken(); k++) {
            if (quoted[k] || !tv.get(k).pos().startsWith("NN") || quoted[k + 1]) continue;
            String next = tv.lower(k + 1);
            boolean that = next.equals("that");
            boolean prep = NOUN_PREPOSITIONS.contains(next);
            boolean infinitive = next.equals("to") && k + 2 < s.endToken() && tv.get(k + 2).pos().equals("VB");
            if (!that && !prep && !infinitive) continue;
            Optional<AttributionKind> kind = lexicon.noun(tv.lemma(k));
            if (kind.isEmpty()) continue;
            int owner = k - 1;
            while (owner > s.firstToken() && tv.get(owner).pos().startsWith("JJ")) owner--;
            SpeakerFinder.Np np;
            if (tv.get(owner).pos().equals("PRP$")) np = new SpeakerFinder.Np(owner, owner, owner);
            else if (tv.isPossessive(owner)) np = speakers.nounPhraseEndingAt(owner - 1, s.firstToken());
            else continue;
            if (np == null) continue;
            int first = prep ? k + 2 : k + 1; // "his comments about X": X; "her plan to X", "the claim that X": all
            if (first >= s.endToken()) continue;
            int last = bounds.end(first, s.endToken()) - 1;
            last = ContentBounds.trimStops(tv, first, last);
            if (last <= first && !prep || last < first) continue;
            CueFinder.Cue cue = new CueFinder.Cue(k, k, tv.lemma(k), kind.get());
            out.add(candidate(s, cue, np, first, last, 0.6));
        }
        return out;
    }

    /** Where a sentence starts after a dateline ("WASHINGTON ― …", "BRUSSELS - …"): the place is the writer's. */
    private int afterDateline(Sentence s) {
        int k = s.firstToken();
        while (k < s.endToken() && k < s.firstToken() + 4 && !quoted[k] && (isUpperWord(k) || tv.lower(k).equals(","))) k++;
        boolean dash = k > s.firstToken() && k + 1 < s.endToken() && !quoted[k]
                && (DASHES.contains(tv.lower(k)) || tv.lower(k).equals("-"));
        return dash ? k + 1 : s.firstToken();
    }

    private boolean isUpperWord(int k) {
        String w = tv.get(k).word();
        return w.length() > 1 && w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(java.util.Locale.ROOT));
    }

    /** ", Mr. Bush said," in the middle of a sentence, between words of its content ("If this fails, Mr. C argues, …"). */
    private boolean parenthetical(Sentence s, int tailFirst, int tailLast) {
        int after = commaAfterTail(s, tailLast);
        int k = tailFirst - 1; // "Hawaii, as one of his aides pointed out, rarely …": "as" marks the aside even after one word
        while (k > s.firstToken() && k >= tailFirst - 3 && !quoted[k]
                && (Set.of("CD", "DT", "JJ", "PDT").contains(tv.get(k).pos()) || tv.lower(k).equals("of"))) k--;
        boolean as = k > s.firstToken() && tv.lower(k).equals("as");
        if (as) tailFirst = k;
        return tailFirst - 1 > s.firstToken() + (as ? 0 : 1) && tv.lower(tailFirst - 1).equals(",") && !quoted[tailFirst - 2]
                && after > 0 && after + 1 < s.endToken() && !quoted[after + 1]
                && !tv.get(s.firstToken()).pos().startsWith("VB");
    }

    /**
     * The comma that closes a speaker-and-cue tail, past a time, adverbs or a short prepositional phrase ("Stumpf
     * explained earlier in the committee hearing,"); -1 when none follows.
     */
    private int commaAfterTail(Sentence s, int tailLast) {
        int k = tailLast + 1;
        while (k < s.endToken() && !quoted[k] && (tv.isTime(k) || tv.get(k).pos().startsWith("RB"))) k++;
        if (k < s.endToken() && !quoted[k] && tv.get(k).pos().equals("IN") && !tv.lower(k).equals("that")) {
            int j = k + 1;
            while (j < s.endToken() && j <= k + 5 && !quoted[j] && (tv.get(j).pos().startsWith("NN")
                    || tv.get(j).pos().equals("DT") || tv.get(j).pos().startsWith("JJ") || tv.get(j).pos().equals("POS")
                    || tv.get(j).pos().equals("CD") || tv.get(j).pos().equals("PRP$"))) j++;
            if (j > k + 1) k = j;
        }
        return k < s.endToken() && tv.lower(k).equals(",") ? k : -1;
    }

    /** Inverted order ("…, said Rutte", "“…” said Rutte", "Says Rutte:") follows a comma, a quote or nothing. */
    private boolean invertible(int cue, int from) {
        int k = cue - 1;
        while (k >= from && tv.get(k).pos().startsWith("RB")) k--;
        return k < from || quoted[k] || tv.lower(k).equals(",") || tv.lower(k).equals(":") || tv.lower(k).equals("--");
    }

    /** Whether the cue follows "and"/"but" (after adverbs): a second verb of the clause's subject. */
    private boolean coordinated(int cue, int from) {
        int k = cue - 1;
        while (k >= from && (tv.get(k).pos().startsWith("RB") || tv.get(k).pos().equals("MD")
                || tv.lower(k).equals("has") || tv.lower(k).equals("have"))) k--;
        return k > from && (tv.lower(k).equals("and") || tv.lower(k).equals("but"));
    }

    /** Whether the speaker and cue end the sentence after a comma or a closing quote. */
    private boolean isTail(Sentence s, int tailFirst, int tailLast) {
        int before = tailFirst - 1;
        if (before >= 0 && tv.lower(before).equals(",")) before--;
        boolean afterQuote = before >= 0 && quoted[before] && isClosingMark(before)
                && tv.doc().sentences().get(tv.get(before).sentence()).paragraph() == s.paragraph();
        if (afterQuote) return !takesObject(s, tailLast) && !clauseFollows(s, tailLast + 1) && !thatAfterListener(s, tailLast);
        if (takesObject(s, tailLast)) return false; // "…, Ham also noted several problems": a cue with its own object
        int extra = 0;
        for (int k = tailLast + 1; k < s.endToken(); k++) {
            String w = tv.lower(k);
            if (quoted[k] || tv.isVerb(k) || w.equals("that") || w.equals(":")) return false;
            if (w.equals(".") || w.equals("!") || w.equals("?")) break;
            if (k == tailLast + 1 && w.equals(",") && tv.isVerb(tailFirst) && k + 1 < s.endToken()
                    && (tv.get(k + 1).pos().equals("DT") || tv.get(k + 1).pos().equals("PRP$") || tv.lower(k + 1).equals("who"))) {
                break; // "…, said Jane Roe, a senior official with the board that oversees them.": an apposition
            }
            if (w.equals(",") && k + 1 < s.endToken() && tv.get(k + 1).pos().equals("VBG")) break; // ", adding …"
            if (w.equals(",") && k + 1 < s.endToken() && !quoted[k + 1]
                    && (tv.lower(k + 1).equals("as") || tv.lower(k + 1).equals("while"))) {
                break; // "…, lawmakers said Friday, as they bristled at …": what went on while they spoke
            }
            if (++extra > MAX_TAIL_EXTRA) return false;
        }
        if (tailFirst == s.firstToken()) return false;
        int prev = tailFirst - 1;
        return tv.lower(prev).equals(",") || quoted[prev] || tv.lower(prev).equals("--");
    }

    /**
     * After "“…” His comments highlight the balance …" the verb has an object of its own, so the quote before is
     * not what it reports ("“…,” he told reporters" aside).
     */
    private boolean takesObject(Sentence s, int tailLast) {
        int k = tailLast + 1;
        if (k >= s.endToken() || quoted[k]) return false;
        String pos = tv.get(k).pos();
        boolean object = pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ") || pos.equals("NN") || pos.equals("NNS");
        String lemma = tv.lemma(tailLast);
        return object && !lemma.equals("tell") && !lemma.equals("ask") && !tv.isTime(k);
    }

    /** "“…” He told a crowd at the club that …": the listener is followed by what was told. */
    private boolean thatAfterListener(Sentence s, int tailLast) {
        if (!tv.lemma(tailLast).equals("tell") || tailLast + 1 >= s.endToken()) return false;
        int first = bounds.afterListener(tailLast + 1, s.endToken());
        return first > tailLast + 1 && first < s.endToken() && tv.lower(first).equals("that");
    }

    /** "“…” She says it underscores that …": a clause of its own follows the cue, so the quote before is not its content. */
    private boolean clauseFollows(Sentence s, int k) {
        if (k >= s.endToken() || quoted[k]) return false;
        if (tv.lower(k).equals("that")) return true;
        int j = k;
        while (j < s.endToken() && j < k + 6 && !quoted[j] && (tv.get(j).pos().startsWith("NN") || tv.get(j).pos().equals("PRP")
                || tv.get(j).pos().equals("DT") || tv.get(j).pos().equals("POS") || tv.get(j).pos().startsWith("JJ")
                || tv.get(j).pos().equals("PRP$"))) j++;
        if (j == k || j >= s.endToken()) return false;
        String pos = tv.get(j).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
    }

    private boolean isClosingMark(int k) {
        String w = tv.get(k).word();
        return w.equals("”") || w.equals("\"") || w.equals("''") || w.equals("’’");
    }

    /**
     * A line that opens with a name and a colon: an interview transcript ("PENCE: Well, …") or a headline
     * ("Pat Caddell: Democrat Voters Worried …"). The words after the colon, to the paragraph's end, are the
     * name's.
     */
    private Candidate speakerLine(Sentence s) {
        List<Sentence> all = tv.doc().sentences();
        if (s.index() > 0 && all.get(s.index() - 1).paragraph() == s.paragraph()) return null;
        int colon = -1;
        for (int k = s.firstToken(); k < s.endToken() && k < s.firstToken() + 5; k++) {
            if (tv.lower(k).equals(":")) {
                colon = k;
                break;
            }
            if (quoted[k] || !tv.isCapitalised(k) && !tv.isPunctuation(k)) return null;
        }
        if (colon <= s.firstToken() || colon + 1 >= s.endToken()) return null;
        boolean named = false;
        for (int k = s.firstToken(); k < colon; k++) {
            String w = tv.get(k).word();
            named |= tv.get(k).ner().equals("PERSON") || w.length() > 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter);
        }
        if (!named) return null;
        int start = s.firstToken();
        while (start < colon - 1 && tv.isPunctuation(start)) start++; // the mark before "PENCE:"
        SpeakerFinder.Np np = new SpeakerFinder.Np(start, colon - 1, colon - 1);
        CueFinder.Cue cue = new CueFinder.Cue(colon, colon, ":", AttributionKind.SPEECH);
        if (quoted[colon + 1]) {
            Candidate c = candidate(s, cue, np, colon, colon - 1, 0.7);
            c.colon = colon;
            return c;
        }
        int lastSentence = s.index();
        while (lastSentence + 1 < all.size() && all.get(lastSentence + 1).paragraph() == s.paragraph()) lastSentence++;
        int last = all.get(lastSentence).endToken() - 1;
        last = ContentBounds.trimStops(tv, colon, last);
        if (last <= colon) return null;
        Candidate c = candidate(s, cue, np, colon + 1, last, 0.7);
        String tag = tv.doc().text().substring(tv.get(start).span().start(), tv.get(colon - 1).span().end());
        c.direct = tag.equals(tag.toUpperCase(Locale.ROOT)); // a transcript turn gives the speaker's own words
        return c;
    }

    private Candidate accordingTo(Sentence s, CueFinder.Cue cue) {
        SpeakerFinder.Np np = speakers.after(cue.last(), s.endToken());
        if (np == null) return null;
        int first;
        int last;
        if (cue.first() <= s.firstToken() + 1) {
            first = np.last() + 1;
            while (first < s.endToken() && !tv.lower(first).equals(",") && first < np.last() + 8) first++;
            first++;
            last = s.endToken() - 1;
        } else {
            first = s.firstToken();
            last = cue.first() - 1;
            int after = np.last() + 1;
            if (after + 1 < s.endToken() && tv.lower(after).equals(",") && tv.lower(after + 1).equals("and") && !quoted[after + 1]) {
                last = s.endToken() - 1; // "X paid 25 percent, according to the CBO, and Y paid 69 percent": both are its
            }
        }
        last = ContentBounds.trimStops(tv, first - 1, last);
        if (last < first || first >= s.endToken()) return null;
        return candidate(s, cue, np, first, last, 0.7);
    }

    private Candidate candidate(Sentence s, CueFinder.Cue cue, SpeakerFinder.Np np, int first, int last, double conf) {
        return Candidate.of(tv, lexicon, s, cue, np, first, last, conf);
    }
}
