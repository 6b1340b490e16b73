package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.entity.TokenView;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.DocumentStructure;
import org.parley.extract.structure.StructureReader;
import org.parley.model.LocalEntity;
import org.parley.model.Problem;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Speaker;

/**
 * Who said what in one article: direct quotes (also over several paragraphs, split around "he said", partial
 * inside a sentence, in headlines) and reported speech, belief and reports, each with its speaker.
 *
 * <ol>
 *   <li>{@link ReportedSpeech} reads every cue outside quotation marks with its speaker and content;</li>
 *   <li>each quote ({@link QuoteMarks}) takes the cue right before it ({@code X said: “…”}), right after it
 *       ({@code “…,” he said}, joining a second piece: {@code “…,” he said, “…”}), or the reported clause it
 *       stands in (a partial quote makes that clause a mixed attribution);</li>
 *   <li>a quote with no cue closed on a comma and followed by a person acting ("“…,” Blige sings") is that
 *       person's; one that opens a sentence after one about a named person (its subject) in the same
 *       paragraph is that person's; otherwise it continues the turn of the speaker before it in its paragraph or
 *       the paragraph before; a headline quote takes the name before its colon; short scare quotes with neither are dropped;
 *       anything else has {@link Speaker.Unknown} — never a guess;</li>
 *   <li>speakers resolve to the article's entities: names and role nouns by their mentions, pronouns to the
 *       latest person speaker ({@link SpeakerResolver}).</li>
 * </ol>
 * Thread-safe: holds only lexicons.
 */
public final class AttributionExtractor {
    /** Attributions with the warnings met on the way (unclosed quotation marks). */
    public record Result(List<Attribution> attributions, List<Problem> warnings) {
        public Result {
            attributions = List.copyOf(attributions);
            warnings = List.copyOf(warnings);
        }
    }

    private static final int SCARE_QUOTE_WORDS = 3;
    private static final int TITLE_WORDS = 6;
    /** Most characters between two pieces of one turn ("…,” said Rep. X (D-N.C.), head of the caucus. “…"). */
    private static final int MAX_GAP = 320;
    private static final java.util.Set<String> DASHES = java.util.Set.of("―", "—", "–", "--", "-");

    private final Cues cues;
    private final CueFinder cueFinder;
    private final StructureReader structures = new StructureReader();
    private final Utterances utterances;

    public AttributionExtractor() {
        this(Cues.standard());
    }

    public AttributionExtractor(Cues cues) {
        this(cues, new Utterances());
    }

    public AttributionExtractor(Cues cues, Utterances utterances) {
        this.cues = cues;
        this.cueFinder = new CueFinder(cues);
        this.utterances = utterances;
    }

    public String name() {
        return "quotes";
    }

    public String version() {
        return "1";
    }

    public List<Attribution> extract(AnnotatedArticle doc, List<LocalEntity> entities) {
        return analyse(doc, entities).attributions();
    }

    /** Reads the article's structure itself: for callers that do not keep it (evaluation, benchmarks). */
    public Result analyse(AnnotatedArticle doc, List<LocalEntity> entities) {
        return analyse(doc, entities, structures.read(doc, entities));
    }

    public Result analyse(AnnotatedArticle doc, List<LocalEntity> entities, DocumentStructure structure) {
        String text = doc.text();
        TokenView tv = new TokenView(doc);
        List<QuoteMarks.Quote> quotes = new ArrayList<>(QuoteMarks.find(text));
        List<Problem> warnings = new ArrayList<>();
        boolean curly = curlyStyle(text);
        quotes.removeIf(q -> {
            if (q.closed() || !curly || text.charAt(q.outer().start()) != '"') return false;
            warnings.add(new Problem(doc.article().name(), name(), "straight quotation mark at offset " + q.outer().start()
                    + " is never closed in an article set in curly marks", "it was read as page residue, not a quote"));
            return true;
        });
        boolean[] quoted = new boolean[tv.size()];
        for (QuoteMarks.Quote q : quotes) {
            if (!q.closed()) {
                warnings.add(new Problem(doc.article().name(), name(), "quotation mark at offset " + q.outer().start()
                        + " is never closed", "the quote was cut at the end of its paragraph"));
            }
            int[] r = tv.inside(new Span(q.outer().start(), q.outer().end()));
            for (int k = r[0]; k < r[1]; k++) quoted[k] = true;
        }
        ReportedSpeech reported = new ReportedSpeech(tv, quoted, cueFinder, cues);
        List<Candidate> cands = new ArrayList<>();
        for (Sentence s : SplitRepair.join(tv, doc.sentences())) cands.addAll(reported.find(s));
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            i = linkQuote(tv, quotes, i, cands, out, reported.speakers());
        }
        for (Candidate c : cands) {
            if (!c.consumed && c.content.length() > 0) out.add(c);
        }
        // a "NAME: words" line inside a transcript turn is the turn itself, which Utterances gives its speaker; left
        // in, it would swallow the quotes and reports nested in the turn
        if (!structure.turns().isEmpty()) {
            out.removeIf(c -> c.cue != null && c.cue.lemma().equals(":") && structure.turnAt(c.content.start()).isPresent());
        }
        out.removeIf(c -> echoes(tv, c, out));
        out.removeIf(c -> nested(tv, c, out));
        out.sort(Comparator.comparing((Candidate c) -> c.content));
        List<Attribution> resolved = new SpeakerResolver(tv, entities).resolve(out);
        Utterances.Context voices = new Utterances.Context(doc, structure, entities, structures.principal(doc, entities),
                structures.outletOffice(doc.article().outlet()));
        return new Result(utterances.apply(voices, resolved), warnings);
    }

    /** Gives quote {@code i} its cue; returns the index of the last quote it used (a split quote uses several). */
    private int linkQuote(TokenView tv, List<QuoteMarks.Quote> quotes, int i, List<Candidate> cands,
                          List<Candidate> out, SpeakerFinder speakers) {
        QuoteMarks.Quote q = quotes.get(i);
        Span outer = new Span(q.outer().start(), q.outer().end());
        Span inner = new Span(q.inner().start(), q.inner().end());
        int[] r = tv.inside(outer);
        if (r[1] <= r[0]) return i;
        int firstTok = r[0];
        int lastTok = r[1] - 1;
        Sentence s = tv.doc().sentences().get(tv.get(firstTok).sentence());
        // 0. "Caddell continued:" ending the paragraph before
        for (Candidate c : cands) {
            if (c.consumed || c.colon < 0 || c.colon != firstTok - 1) continue;
            c.consumed = true;
            Candidate d = quoteCandidate(tv, inner, c, 0.9);
            out.add(d);
            return absorb(tv, quotes, i, lastTok, d, cands);
        }
        // 1. the quote stands inside a reported clause: that clause is a mixed attribution, or the quote itself
        Candidate inner1 = null;
        for (Candidate c : cands) {
            if (c.consumed || c.colon >= 0 || c.speaker == null) continue; // a sourceless report does not speak the quote
            if (c.tailFirst >= 0) {
                // "“You squeezed employees” to drive up the price, she said": the quote is part of the clause before the cue
                if (c.content.start() <= outer.start() && outer.end() < c.content.end() && tv.doc().text()
                        .substring(outer.end(), c.content.end()).codePoints().anyMatch(Character::isLetterOrDigit)) {
                    c.direct = true;
                    return i;
                }
                continue;
            }
            boolean runsOn = c.content.start() <= outer.start() && inner.start() < c.content.end()
                    && c.content.end() >= s.span().end() - 1; // the splitter cut the sentence inside the quote
            if (!startsInside(c.content, outer) && !runsOn) continue;
            if (inner1 == null || c.content.start() < inner1.content.start()) inner1 = c; // the outermost clause
        }
        if (inner1 != null) {
            Candidate c = inner1;
            String lead = tv.doc().text().substring(c.content.start(), outer.start()).strip();
            c.direct = true;
            if (outer.end() > c.content.end() + 2) {
                c.content = new Span(c.content.start(), outer.end()); // the splitter cut the sentence inside the quote
            }
            String rest = tv.doc().text().substring(Math.min(outer.end(), c.content.end()), c.content.end());
            boolean wholeClause = rest.codePoints().noneMatch(Character::isLetterOrDigit);
            if (wholeClause && (lead.isEmpty() || lead.matches("[,:]"))) {
                c.consumed = true;
                Candidate d = quoteCandidate(tv, inner, c, 0.9);
                out.add(d);
                return absorb(tv, quotes, i, lastTok, d, cands);
            }
            return i;
        }
        // 2. a cue right after it: “…,” he said (and the pieces that follow: , “…” / . “…”)
        for (Candidate c : cands) {
            if (c.consumed || c.tailFirst < 0) continue;
            int k = c.tailFirst - 1;
            while (k > lastTok && ",".equals(tv.lower(k))) k--;
            if (k != lastTok) continue;
            if (c.content.start() < outer.start()
                    && !tv.doc().text().substring(c.content.start(), outer.start()).isBlank()) {
                c.direct = true; // 'Trump is “crazy,” Clinton said': the whole clause, partly quoted
                return absorb(tv, quotes, i, Math.max(c.speaker.last(), c.cue.last()), c, cands);
            }
            c.consumed = true;
            Candidate d = quoteCandidate(tv, inner, c, 0.9);
            out.add(d);
            return absorb(tv, quotes, i, Math.max(c.speaker.last(), c.cue.last()), d, cands);
        }
        // 2b. “…” ― Name
        SpeakerFinder.Np signed = dashSpeaker(tv, outer, lastTok, speakers);
        if (signed != null) {
            Candidate d = quoteCandidate(tv, inner, null, 0.8);
            d.speaker = signed;
            out.add(d);
            return i;
        }
        // 3. no cue: a headline "Name's Stance: “…”", a continued turn, or nobody
        Candidate d = quoteCandidate(tv, inner, null, 0.6);

        SpeakerFinder.Np headline = headlineSpeaker(tv, firstTok, s, speakers);
        if (headline != null) {
            d.speaker = headline;
            out.add(d);
            return i;
        }
        String said = tv.doc().text().substring(inner.start(), inner.end()).strip();
        String[] words = said.split("\\s+");
        boolean inSentence = firstTok > s.firstToken();
        if (words.length <= SCARE_QUOTE_WORDS && inSentence) return i; // a scare quote or a phrase mentioned
        if (inSentence && !opensClause(tv, firstTok, s)) return i; // words quoted inside the writer's own sentence
        if (isTitle(tv.doc().text(), q)) return i; // a title: “The Steve Harvey Morning Show,” “Contract with America.”
        Candidate justBefore = cueJustBefore(tv, firstTok, cands);
        boolean inferred = false;
        SpeakerFinder.Np introducer = justBefore == null ? colonSubject(tv, firstTok, speakers) : null;
        if (introducer != null) {
            d.speaker = introducer; // "Sanders made the following comment: “…”"
        } else if (justBefore != null) {
            d.speaker = justBefore.speaker; // "…,” she said. “…”: the next sentence of the same turn
            d.cue = justBefore.cue;
            d.kind = justBefore.kind;
        } else if ((d.speaker = actorAfterComma(tv, lastTok)) != null) {
            inferred = true; // "“Promise mama …,” Blige sings to Clinton": the comma hands the quote to who acts next
        } else if (!inSentence && (d.speaker = personBefore(tv, s, speakers)) != null) {
            inferred = true; // "Sanders, who lost the primaries, identified …. “The younger people are …”"
        } else {
            d.continuation = true;
        }
        boolean fromContext = d.continuation || inferred;
        out.add(d);
        int used = absorb(tv, quotes, i, lastTok, d, cands);
        if (fromContext && used > i) {
            // “A.” “B.” ― Name: the name signs the whole turn
            QuoteMarks.Quote end = quotes.get(used);
            Span endOuter = new Span(end.outer().start(), end.outer().end());
            SpeakerFinder.Np np = dashSpeaker(tv, endOuter, tv.inside(endOuter)[1] - 1, speakers);
            if (np != null) {
                d.speaker = np; // (it signs the turn over the person the sentence before was about)
                d.continuation = false;
            }
        }
        return used;
    }

    /**
     * The person a paragraph's sentence is about, when a quote with no cue follows it in the same paragraph: the
     * subject of the sentence right before, if it is a person's name.
     */
    private static SpeakerFinder.Np personBefore(TokenView tv, Sentence quoteSentence, SpeakerFinder speakers) {
        if (quoteSentence.index() == 0) return null;
        Sentence prev = tv.doc().sentences().get(quoteSentence.index() - 1);
        if (prev.paragraph() != quoteSentence.paragraph()) return null;
        for (int k = prev.firstToken(); k < prev.endToken(); k++) {
            if (!tv.get(k).ner().equals("PERSON")) continue;
            int last = k;
            while (last + 1 < prev.endToken() && tv.get(last + 1).ner().equals("PERSON")) last++;
            int first = k;
            while (first > prev.firstToken() && tv.get(first - 1).pos().equals("NNP") && tv.isCapitalised(first - 1)) first--;
            boolean opens = first == prev.firstToken() || tv.lower(first - 1).equals(",") || tv.isPunctuation(first - 1)
                    && !tv.lower(first - 1).equals("(");
            String next = last + 1 < prev.endToken() ? tv.lower(last + 1) : "";
            boolean subject = next.equals(",") || next.equals("(") || next.equals("-lrb-")
                    || last + 1 < prev.endToken() && (tv.isVerb(last + 1) || SpeakerFinder.isAuxiliary(next));
            return opens && subject ? new SpeakerFinder.Np(first, last, last) : null;
        }
        return null;
    }

    /**
     * Whether an article sets its quotes in curly marks: then a straight mark that is never closed is left over from
     * the page (a blockquote's opening mark), not a quote.
     */
    private static boolean curlyStyle(String text) {
        long curly = text.chars().filter(c -> c == '“' || c == '”').count();
        long straight = text.chars().filter(c -> c == '"').count();
        return curly >= 4 && curly > straight;
    }

    /**
     * A quote closed on a comma ({@code “…,”}) and followed by a person's name and a finite verb that is no cue
     * ("Blige sings", "he shrugged off"): the comma hands the quote to that person, as in "“…,” she said".
     */
    private static SpeakerFinder.Np actorAfterComma(TokenView tv, int lastTok) {
        int k = lastTok + 1;
        if (lastTok < 1 || !tv.lower(lastTok - 1).equals(",") || k >= tv.size()
                || tv.get(k).sentence() != tv.get(lastTok).sentence() && !tv.isCapitalised(k)) return null;
        int first = k;
        while (k < tv.size() && k < first + 4 && tv.get(k).ner().equals("PERSON")) k++;
        if (k == first) {
            if (!Set.of("he", "she").contains(tv.lower(first))) return null;
            k++;
        }
        if (k >= tv.size()) return null;
        String pos = tv.get(k).pos();
        return pos.equals("VBD") || pos.equals("VBZ") ? new SpeakerFinder.Np(first, k - 1, k - 1) : null;
    }

    /** The name after a dash right after a quote, on the same line ("“…” ― Jane Roe"). */
    private static SpeakerFinder.Np dashSpeaker(TokenView tv, Span outer, int lastTok, SpeakerFinder speakers) {
        int dash = lastTok + 1;
        if (dash >= tv.size() || !DASHES.contains(tv.lower(dash))
                || tv.doc().text().substring(outer.end(), tv.get(dash).span().start()).contains("\n")) return null;
        return speakers.after(dash, Math.min(tv.size(), dash + 8));
    }

    /**
     * Joins to {@code d} the quotes that go on in the same paragraph right after token {@code afterTok}: the
     * second piece of "“A,” he said, “B.”" and the next sentences of one turn ("“A.” he said. “B.” “C.”").
     */
    private static int absorb(TokenView tv, List<QuoteMarks.Quote> quotes, int i, int afterTok, Candidate d,
                              List<Candidate> cands) {
        int j = i + 1;
        int used = i;
        int prev = afterTok;
        String text = tv.doc().text();
        List<Span> fragments = new ArrayList<>(d.fragments);
        while (j < quotes.size()) {
            QuoteMarks.Quote next = quotes.get(j);
            int first = tv.firstStartingAt(next.outer().start());
            if (first >= tv.size() || first <= prev) break;
            int prevSentence = tv.get(prev).sentence();
            int nextSentence = tv.get(first).sentence();
            String between = text.substring(tv.get(prev).span().end(), next.outer().start());
            if (nextSentence - prevSentence > 2 || between.contains("\n") || between.length() > MAX_GAP) break;
            int from = prev;
            int nextStart = next.outer().start();
            if (cands.stream().anyMatch(c -> c.cue != null && c.cue.first() > from && c.cue.first() < first
                    && (c.content.length() == 0 || c.content.end() >= nextStart))) {
                break; // a cue in between that reaches the quote ("…,” he said, adding, “…”) starts an attribution of its own
            }
            int nextLast = tv.inside(new Span(next.outer().start(), next.outer().end()))[1] - 1;
            boolean tailOnly = between.length() < 60 && between.chars().noneMatch(c -> c == '.' || c == '?' || c == '!');
            if (!endsSentence(tv, nextLast) && !(tailOnly && endsWithStop(text, next))) {
                if (nextSentence == prevSentence && isTitle(text, next)) {
                    j++; // "…,” Clinton said on ABC’s “This Week” on Sunday. “…”: a title in the tail, not a piece
                    continue;
                }
                break;
            }
            Span piece = new Span(next.inner().start(), next.inner().end());
            fragments.add(piece);
            d.content = new Span(d.content.start(), piece.end());
            prev = nextLast;
            used = j;
            j++;
        }
        d.fragments = fragments;
        return used;
    }

    /**
     * Whether a quote's words end with a full stop, question or exclamation mark ("“A,” she said, “B.” But …"): the
     * piece ends a sentence even where the splitter ran on past it.
     */
    private static boolean endsWithStop(String text, QuoteMarks.Quote q) {
        String inner = text.substring(q.inner().start(), q.inner().end()).strip();
        return !inner.isEmpty() && ".?!".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /** A short quote whose words are all capitalised or short: a title ("State of the Union", "This Week"). */
    private static boolean isTitle(String text, QuoteMarks.Quote q) {
        String[] words = text.substring(q.inner().start(), q.inner().end()).strip().split("\\s+");
        return words.length <= TITLE_WORDS && java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty()
                && (Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)) || w.length() <= 3));
    }

    /**
     * "Clarke said (that) he expected to sell …": a report whose speaker opens another report's content is part
     * of that content; news attribution counts the outer report once, so the inner one is dropped.
     */
    private static boolean echoes(TokenView tv, Candidate inner, List<Candidate> all) {
        if (inner.speaker == null || inner.cue == null || inner.direct) return false;
        int first = inner.speaker.first();
        int at = tv.get(first).span().start();
        int afterThat = first > 0 && tv.lower(first - 1).equals("that") ? tv.get(first - 1).span().start() : -1;
        for (Candidate outer : all) {
            if (outer == inner || outer.cue == null || outer.content.end() < inner.content.end()) continue;
            if (outer.content.start() == at || outer.content.start() == afterThat) return true;
        }
        return false;
    }

    /**
     * "Trump said Clinton called the deal “the gold standard”": a report inside the content of another is part of
     * what the outer source said; news attribution counts the outer report.
     */
    private static boolean nested(TokenView tv, Candidate inner, List<Candidate> all) {
        if (inner.cue == null || inner.direct) return false;
        Span cue = cueSpan(tv, inner.cue).orElseThrow();
        for (Candidate outer : all) {
            if (outer == inner || outer.cue == null) continue;
            if (outer.content.start() <= cue.start() && inner.content.end() <= outer.content.end()
                    && outer.content.start() <= inner.content.start()) return true;
        }
        return false;
    }

    /**
     * The subject of a sentence that ends in a colon right before the quote (or its paragraph), with no reporting
     * verb: "Sanders made the following comment: “…”", "The statement read in part: “…”".
     */
    private static SpeakerFinder.Np colonSubject(TokenView tv, int first, SpeakerFinder speakers) {
        int colon = first - 1;
        if (colon < 0 || !tv.lower(colon).equals(":")) return null;
        Sentence s = tv.doc().sentences().get(tv.get(colon).sentence());
        if (tv.doc().sentences().get(tv.get(first).sentence()).paragraph() - s.paragraph() > 1) return null;
        return speakers.clauseSubject(s.firstToken(), colon);
    }

    /** The cue whose words ("she said.") end right before token {@code first}, in the same paragraph. */
    private static Candidate cueJustBefore(TokenView tv, int first, List<Candidate> cands) {
        int k = first - 1;
        while (k >= 0 && first - k <= 2 && tv.isPunctuation(k)) k--;
        if (k < 0 || tv.isPunctuation(k)) return null;
        int paragraph = tv.doc().sentences().get(tv.get(first).sentence()).paragraph();
        if (tv.doc().sentences().get(tv.get(k).sentence()).paragraph() != paragraph) return null;
        for (Candidate c : cands) {
            if (c.speaker == null || c.cue == null) continue;
            if (Math.max(c.cue.last(), c.speaker.last()) == k) return c;
        }
        return null;
    }

    /** Whether a quote at token {@code first} opens its sentence or follows a colon, comma or dash ("asking, “…”"). */
    private static boolean opensClause(TokenView tv, int first, Sentence s) {
        int k = first - 1;
        if (k < s.firstToken()) return true;
        String w = tv.lower(k);
        // the splitter may leave an opening mark at the end of the sentence before: "… he said. ''But …"
        return w.equals(":") || w.equals(",") || w.equals(".") || w.equals("?") || w.equals("!") || DASHES.contains(w);
    }

    /** A quote that opens inside a clause and ends with it (give or take the final stop and its mark). */
    private static boolean startsInside(Span clause, Span quote) {
        return clause.start() <= quote.start() && quote.start() < clause.end() && quote.end() <= clause.end() + 2;
    }

    /** Whether only punctuation follows token {@code k} in its sentence. */
    private static boolean endsSentence(TokenView tv, int k) {
        int sentence = tv.get(k).sentence();
        for (int j = k + 1; j < tv.size() && tv.get(j).sentence() == sentence; j++) {
            if (!tv.isPunctuation(j)) return false;
        }
        return true;
    }

    private static Candidate quoteCandidate(TokenView tv, Span inner, Candidate cue, double confidence) {
        int first = tv.firstEndingAfter(inner.start());
        Sentence s = tv.doc().sentences().get(tv.get(Math.min(first, tv.size() - 1)).sentence());
        Candidate d = new Candidate(inner, cue == null ? AttributionKind.SPEECH : cue.kind, s.index(), s.paragraph());
        d.direct = true;
        d.fragments = List.of(inner);
        d.confidence = confidence;
        if (cue != null) {
            d.cue = cue.cue;
            d.speaker = cue.speaker;
        }
        return d;
    }

    /** "Rutte’s Stance: “…”" or "Rutte: “…”" at the start of a line. */
    private static SpeakerFinder.Np headlineSpeaker(TokenView tv, int firstTok, Sentence s, SpeakerFinder speakers) {
        int k = firstTok - 1;
        if (k < s.firstToken() || !tv.lower(k).equals(":")) return null;
        String before = tv.doc().text().substring(tv.get(s.firstToken()).span().start(), tv.get(k).span().start());
        if (before.contains(",") || before.split("\\s+").length > 5) return null;
        for (int j = s.firstToken(); j < k; j++) {
            if (tv.get(j).ner().equals("PERSON") || tv.get(j).ner().equals("ORGANIZATION")) {
                int last = j;
                while (last + 1 < k && tv.get(last + 1).ner().equals(tv.get(j).ner())) last++;
                return new SpeakerFinder.Np(j, last, last);
            }
        }
        // no tagged name: the first capitalised word ("Rutte’s Stance:")
        if (tv.isCapitalised(s.firstToken())) return new SpeakerFinder.Np(s.firstToken(), s.firstToken(), s.firstToken());
        return speakers.nounPhraseEndingAt(k - 1, s.firstToken());
    }

    static Optional<Span> cueSpan(TokenView tv, CueFinder.Cue cue) {
        if (cue == null) return Optional.empty();
        return Optional.of(new Span(tv.get(cue.first()).span().start(), tv.get(cue.last()).span().end()));
    }
}
