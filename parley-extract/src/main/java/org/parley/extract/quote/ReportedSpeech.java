package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.entity.TokenView;
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
 * Reports with no named source (agentless passives, "it is clear that …") are read by {@link SourcelessReports};
 * reporting nouns by {@link NounCues}, "NAME:" lines by {@link SpeakerLines}; {@link RelativeClauses} and
 * {@link ParagraphReports} widen a content to the noun phrase or the sentences it belongs to.
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
    private final ParagraphReports paragraphs;
    private final RelativeClauses relatives;
    private final SpeakerLines lines;
    private final NounCues nouns;
    private final Attitudes attitudes;

    ReportedSpeech(TokenView tv, boolean[] quoted, CueFinder cues, Cues lexicon) {
        this.tv = tv;
        this.quoted = quoted;
        this.speakers = new SpeakerFinder(tv, quoted);
        this.cues = cues;
        this.lexicon = lexicon;
        this.bounds = new ContentBounds(tv, quoted, lexicon);
        this.sourceless = new SourcelessReports(tv, quoted, speakers, bounds, lexicon);
        this.paragraphs = new ParagraphReports(tv, quoted, cues, lexicon);
        this.relatives = new RelativeClauses(tv, quoted, lexicon);
        this.lines = new SpeakerLines(tv, quoted, lexicon);
        this.nouns = new NounCues(tv, quoted, speakers, bounds, lexicon);
        this.attitudes = new Attitudes(tv, quoted, speakers, bounds, lexicon);
    }

    SpeakerFinder speakers() {
        return speakers;
    }

    List<Candidate> find(Sentence s) {
        List<Candidate> out = new ArrayList<>();
        Candidate speakerLine = lines.speakerLine(s);
        if (speakerLine != null) out.add(speakerLine);
        List<Candidate> nounReports = nouns.nounCues(s);
        out.addAll(nounReports);
        out.addAll(sourceless.evidentials(s));
        out.addAll(attitudes.find(s));
        for (CueFinder.Cue cue : cues.find(tv, s, quoted)) {
            if (nouns.carriesNoun(cue, nounReports)) continue; // "made the case for X": the noun says what, not the verb
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
        if (np == null && participle) np = openingName(from, cue.first()); // "Dean, a former chairman, poked/VBN at …, tweeting
        if (np != null && !participle) np = authorOfMessage(np, cue, from);
        boolean inverted = false;
        if (np == null && coordinated(cue.first(), from)) {
            np = subordinateSubject(from, cue.first()); // "… after she attacked officers and blamed shootings on …"
            if (np == null) np = speakers.clauseSubject(mainClause(from, cue.first()), cue.first()); // "Trump ... and says he will …"
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
            // ("If states fail, the department can step in, Wilcox said" has its main clause after the condition)
            boolean nothingBefore = contentLast >= from && !quoted[from] && (contentLast - from < 2
                    || bounds.subordinate(from) && !bounds.shapes().commaBetween(from, contentLast + 1));
            if (!nothingBefore) {
                int start = contentLast < from ? tailFirst : quotedIn(from, tailFirst) ? from : paragraphs.paragraphStart(s, from, np);
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
            if (last > comma) return candidate(s, cue, np, bounds.relativeStart(from, tailFirst - 1), paragraphs.continued(s, last), 0.7);
        }
        int first = (inverted ? tailLast : cue.last()) + 1;
        while (first < end && LEADING.contains(tv.lower(first))) first++;
        if (first >= end - 1 && end - 1 > cue.last() && tv.lower(end - 1).equals(":")) {
            // "Caddell continued:" with the quote in the next paragraph
            Candidate unquoted = paragraphs.paragraphAfterColon(s, cue, np);
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
        } else if (!quoted[first] && (tv.get(first).pos().startsWith("RB") || tv.get(first).pos().equals("IN"))
                && !tv.lower(first).equals("that")) {
            int that = thatAfterAdjunct(first, end); // "insists, most recently in an interview, that he …"
            if (that > 0) first = that;
        }
        int last = bounds.end(first, end, lexicon.takesClause(cue.lemma())) - 1;
        if (bounds.insideOpeningClause(from, cue.first())) last = Math.min(last, bounds.mainClauseComma(first, last) - 1);
        last = ContentBounds.trimStops(tv, first - 1, last);
        if (last > first && REFLEXIVES.contains(tv.lower(last)) && !quoted[last] && tv.get(last - 1).pos().startsWith("PRP")) {
            last--; // "doesn't believe it himself": the emphatic pronoun is the speaker, not what is believed
        }
        if (last < first) return null;
        int head = relatives.relativeHead(np, cue, from, end);
        if (head >= 0) return candidate(s, cue, np, head, last, 0.6);
        int what = np.first() - 1;
        if (what >= from && !quoted[what] && tv.lower(what).equals("what") && !inverted && !participle
                && !tv.lower(cue.last() + 1).equals(":") && !quotedIn(first, last + 1)) { // ("here is what he said: “…”")
            // "the gap between what Trump says his plan would do and how experts see it": a free relative is one
            // phrase, from "what" to where a second wh-phrase is joined to it
            return candidate(s, cue, np, what, relatives.freeRelativeEnd(first, last), 0.6);
        }
        return candidate(s, cue, np, first, paragraphs.continued(s, last), 0.7);
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

    private static final Set<String> DASHES = Set.of("―", "—", "–", "--");

    /**
     * "Christie called her a “disgrace” after she attacked officers and blamed shootings on “bias”": the verb before
     * "and" stands in a clause opened by a subordinator after the main verb, so the coordinated cue shares that
     * clause's subject; null when the verb before "and" is the main clause's own.
     */
    private SpeakerFinder.Np subordinateSubject(int from, int cue) {
        int and = cue - 1;
        while (and > from && !tv.lower(and).equals("and") && !tv.lower(and).equals("but")) and--;
        int verb = and - 1;
        while (verb > from && (quoted[verb] || !Set.of("VBD", "VBZ", "VBP").contains(tv.get(verb).pos()))) verb--;
        if (verb <= from || !tv.get(verb).pos().equals(tv.get(cue).pos())) return null;
        SpeakerFinder.Np subject = speakers.before(verb, from);
        if (subject == null || subject.first() - 1 <= from) return null;
        String opener = tv.lower(subject.first() - 1);
        return SUBORDINATORS.contains(opener) || opener.equals("after") || opener.equals("before") ? subject : null;
    }

    /** Past an opening subordinate clause and its comma ("When X, Obama calls them … and describes …"). */
    private int mainClause(int from, int cue) {
        if (!bounds.subordinate(from)) return from;
        for (int k = from + 1; k < cue; k++) if (!quoted[k] && tv.lower(k).equals(",")) return k + 1;
        return from;
    }

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

    /** A complementizer "that" after a place, time or occasion set off by a comma, with no finite verb before; -1 if none. */
    private int thatAfterAdjunct(int first, int end) {
        for (int k = first + 1; k < end && k < first + 16 && !quoted[k]; k++) {
            String pos = tv.get(k).pos();
            if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) return -1;
            if (tv.lower(k).equals("that") && pos.equals("IN") && tv.lower(k - 1).equals(",")) return k; // the aside's comma
        }
        return -1;
    }

    private boolean quotedIn(int first, int end) {
        for (int k = first; k < end; k++) if (quoted[k]) return true;
        return false;
    }

    static final Set<String> SUBORDINATORS = Set.of("when", "if", "because", "although", "though", "while",
            "as", "since", "once", "until", "unless");

    /**
     * "Trump unleashed a series of tweets saying that …", "the campaign released a statement saying …": a message that
     * says something is its author's words; the author is the subject of the clause the message is the object of.
     */
    private SpeakerFinder.Np authorOfMessage(SpeakerFinder.Np np, CueFinder.Cue cue, int from) {
        if (!tv.get(cue.first()).pos().equals("VBG") || np.last() >= cue.first() || !lexicon.isOccasion(tv.lemma(np.head()))) {
            return np;
        }
        for (int k = np.last() + 1; k < cue.first(); k++) if (!tv.isTime(k)) return np; // ("tweets early Friday saying")
        SpeakerFinder.Np author = speakers.clauseSubject(from, np.first());
        return author != null && author.last() < np.first() ? author : np;
    }

    /** The person's name that opens the clause, when the tagger left the clause without a finite verb. */
    private SpeakerFinder.Np openingName(int from, int before) {
        if (from >= before || quoted[from] || !tv.get(from).ner().equals("PERSON")) return null;
        int last = from;
        while (last + 1 < before && tv.get(last + 1).ner().equals("PERSON")) last++;
        return new SpeakerFinder.Np(from, last, last);
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
        return w.length() > 1 && w.chars().anyMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** ", Mr. Bush said," in the middle of a sentence, between words of its content ("If this fails, Mr. C argues, …"). */
    private boolean parenthetical(Sentence s, int tailFirst, int tailLast) {
        int after = commaAfterTail(s, tailLast);
        int k = tailFirst - 1; // "Hawaii, as one of his aides pointed out, rarely …": "as" marks the aside even after one word
        while (k > s.firstToken() && k >= tailFirst - 3 && !quoted[k]
                && (Set.of("CD", "DT", "JJ", "PDT").contains(tv.get(k).pos()) || tv.lower(k).equals("of"))) k--;
        boolean as = k > s.firstToken() && tv.lower(k).equals("as") // ("Yet, as X observed, …" opens with a connective)
                && !(k - 2 == s.firstToken() && (tv.get(s.firstToken()).pos().equals("CC") || tv.get(s.firstToken()).pos().startsWith("RB")));
        if (as) tailFirst = k;
        return tailFirst - 1 > s.firstToken() + (as ? 0 : 1) && tv.lower(tailFirst - 1).equals(",") && !quoted[tailFirst - 2]
                && after > 0 && after + 1 < s.endToken() && (!quoted[after + 1] || bounds.subordinate(s.firstToken()))
                && !tv.get(s.firstToken()).pos().startsWith("VB"); // ("So when X, he said, “we were floored.”" is one report)
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
        if (tv.isVerb(tailFirst) && tailLast + 1 < s.endToken() && tv.lower(tailLast + 1).equals(",") && tailFirst > s.firstToken()
                && tv.lower(tailFirst - 1).equals(",")) {
            return true; // "…, said Katie Harbath, Facebook's director of outreach, who …": the rest is her apposition
        }
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
