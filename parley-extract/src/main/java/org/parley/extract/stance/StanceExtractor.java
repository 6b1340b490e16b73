package org.parley.extract.stance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.issue.IssueMatch;
import org.parley.extract.issue.IssueMatcher;
import org.parley.extract.issue.IssueTargets;
import org.parley.extract.issue.Lemmas;
import org.parley.extract.stance.StanceLexicon.Cue;
import org.parley.extract.stance.StanceLexicon.Kind;
import org.parley.extract.stance.StanceReader.Reading;
import org.parley.extract.structure.StructureReader;
import org.parley.extract.time.TimexValues;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.DocumentKind;
import org.parley.model.DocumentStructure;
import org.parley.model.Granularity;
import org.parley.model.Issue;
import org.parley.model.LocalEntity;
import org.parley.model.Sentence;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.model.TimeMention;
import org.parley.model.Token;
import org.parley.model.Utterer;
import org.parley.model.When;

/**
 * Finds who stands where on which issue in one article.
 *
 * <p>For every sentence that touches an issue ({@link IssueMatcher}) and is not a question:
 * <ol>
 *   <li>the holder is the speaker of an attribution whose content holds the issue (unless the speaker is named in
 *       another sentence and this one has a subject of its own); otherwise the nearest named subject before the
 *       issue ("Moscow insists that ..."), skipping names that are the issue's subject matter rather than its holder
 *       ("Ukraine" in "Ukraine must never join NATO", "Ukraine's NATO membership") and names inside a "while ..."
 *       clause of their own; a possessor of a stance noun closer to the issue wins ("our demands concerning",
 *       "Trump's attitude towards", "the position of NATO on"); failing all, a subject after the issue ("..., Moscow
 *       insists"). Pronouns and bare roles resolve to the last named person before them, "I" and "we" to the
 *       article's main speaker ({@link HolderChooser}).</li>
 *   <li>the position is read by {@link StanceReader} from the cues between the holder and the end of the issue's
 *       clause; after the issue, only up to the next comma, conjunction or relative pronoun, since words beyond
 *       speak of something else ("... expansion and the deployment of weapons posing a threat").</li>
 *   <li>the date is the first day in the sentence that can be when it was said ({@link #statementTime}), else the
 *       article's date.</li>
 * </ol>
 * Thread-safe: holds only the compiled issues and lexicon; per-article state lives in a {@link HolderChooser}.
 */
public final class StanceExtractor {
    public static final String NAME = "stances";
    public static final String VERSION = "3";
    private static final Set<String> AFTER_ISSUE_STOPS = keys(",", ";", ":", "because", "since", "which", "that", "who", "and",
            "but", "or", "while", "although", "—", "–", "(");

    private final IssueMatcher matcher;
    private final StanceCalibration calibration;
    private final StanceLexicon lexicon;
    private final HolderFinder finder;
    private final StanceReader reader;
    private final StructureReader structures = new StructureReader();

    public StanceExtractor(Collection<Issue> issues, StanceLexicon lexicon) {
        this(new IssueMatcher(issues), lexicon);
    }

    public StanceExtractor(IssueMatcher matcher, StanceLexicon lexicon) {
        this(matcher, lexicon, StanceCalibration.bundled());
    }

    public StanceExtractor(IssueMatcher matcher, StanceLexicon lexicon, StanceCalibration calibration) {
        this.calibration = calibration;
        this.matcher = matcher;
        this.lexicon = lexicon;
        this.finder = new HolderFinder(lexicon);
        this.reader = new StanceReader(lexicon);
    }

    public String name() {
        return NAME;
    }

    public String version() {
        return VERSION;
    }

    public List<Issue> issues() {
        return matcher.issues();
    }

    /** The stances of an article whose structure has not been read yet (tests, the benchmark): reads it first. */
    public List<Stance> extract(AnnotatedArticle doc, List<LocalEntity> entities, List<Attribution> attributions, DateEstimate date) {
        return extract(doc, entities, attributions, date, structures.read(doc, entities));
    }

    public List<Stance> extract(AnnotatedArticle doc, List<LocalEntity> entities, List<Attribution> attributions, DateEstimate date,
                                DocumentStructure structure) {
        Map<String, Stance> best = new LinkedHashMap<>();
        Optional<Utterer> principal = structure.kind() == DocumentKind.READOUT ? structures.principal(doc, entities) : Optional.empty();
        HolderChooser chooser = new HolderChooser(doc, entities, attributions, structure, principal, finder, lexicon);
        for (Sentence s : doc.sentences()) {
            if (question(doc, s)) continue;
            List<IssueMatch> matches = matcher.match(doc, s);
            if (matches.isEmpty()) continue;
            Clauses clauses = Clauses.of(doc.tokens(), s);
            List<Candidate> candidates = chooser.resolveAll(s, finder.candidates(doc, s, entities));
            Optional<LocalDate> when = dateOf(doc, s, date);
            List<Cue> sentenceCues = lexicon.cues(doc.tokens(), s.firstToken(), s.endToken());
            for (IssueMatch m : matches) {
                if (IssueTargets.elsewhere(doc.tokens(), s, m)) continue;
                Stance stance = stanceOf(doc, s, clauses, m, candidates, chooser, attributions, sentenceCues, when);
                if (stance == null) continue;
                String key = stance.issue() + "|" + (stance.holder().entityKey().isEmpty() ? stance.holder().name()
                        : stance.holder().entityKey()) + "|" + s.index();
                best.merge(key, stance, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        return List.copyOf(best.values());
    }

    private Stance stanceOf(AnnotatedArticle doc, Sentence s, Clauses clauses, IssueMatch m, List<Candidate> candidates,
                            HolderChooser chooser, List<Attribution> attributions, List<Cue> sentenceCues, Optional<LocalDate> when) {
        List<Token> tokens = doc.tokens();
        int focus = m.exact() ? m.firstToken() : m.endToken() - 1;
        int anchorSegment = clauses.segmentOf(m.endToken() - 1);
        HolderChooser.Choice local = chooser.choose(s, clauses, candidates, m, focus, anchorSegment, sentenceCues);
        Attribution attribution = covering(attributions, m);
        if (attribution != null && chooser.speakerBeforeTurn(attribution, m.span().start())) attribution = null;
        if (attribution != null && local != null && local.stanceNoun() >= 0 && attribution.content().contains(local.holder().span())) {
            // "He noted the principled position of NATO as regards ...": the speaker reports a position that is NATO's.
            attribution = null;
        }
        if (attribution != null && !attribution.direct() && !chooser.speakerIn(attribution, s) && local != null
                && local.holder().end() <= focus) {
            attribution = null;
        }
        Candidate holder;
        String holderRule;
        int lo;
        int hi = Math.min(clauses.end(anchorSegment), afterIssue(tokens, s, m));
        int stanceNoun = -1;
        List<Cue> extra = List.of();
        Candidate speaker = attribution == null ? null : chooser.speaker((Speaker.Known) attribution.speaker(), attribution.confidence());
        if (speaker == null) attribution = null;
        if (attribution != null) {
            holder = speaker;
            holderRule = attribution.via().isPresent() ? "relayed-speaker" : "attribution-speaker";
            lo = Math.max(s.firstToken(), tokenAt(tokens, s, attribution.content().start()));
            hi = Math.min(hi, tokenAt(tokens, s, attribution.content().end() - 1) + 1);
            if (attribution.cue().isPresent()) {
                int c0 = tokenAt(tokens, attribution.cue().get().start());
                int c1 = tokenAt(tokens, attribution.cue().get().end() - 1) + 1;
                // The words just before the cue may negate it ("does not support"): read them with it.
                if (c0 >= 0 && c1 > c0) extra = lexicon.cues(tokens, Math.max(s.firstToken(), Math.min(c0, s.endToken()) - 3), c1);
            }
        } else if (local == null) {
            // No one the sentence names holds it: in a transcript turn or a speech, the one who has the floor says
            // it ("NATO's expansion is unacceptable to us." in Putin's turn is Putin's).
            Optional<Candidate> floor = chooser.turnSpeaker(m.span().start());
            if (floor.isEmpty()) return null;
            holder = floor.get();
            holderRule = "turn-speaker";
            lo = clauses.start(clauses.segmentOf(m.firstToken()));
        } else {
            holder = local.holder();
            holderRule = local.rule();
            stanceNoun = local.stanceNoun();
            if (holder.end() <= focus) {
                lo = stanceNoun >= 0 ? stanceNoun + 1 : holder.end();
            } else {
                lo = clauses.start(clauses.segmentOf(m.firstToken()));
                hi = Math.min(s.endToken(), holder.end() + 4);
            }
        }
        Candidate h = holder;
        int holderSegment = h.start() >= s.firstToken() && h.start() < s.endToken() ? clauses.segmentOf(h.start()) : -1;
        List<Cue> cues = new ArrayList<>(extra);
        boolean deniedInside = false;
        for (Cue c : sentenceCues) {
            if ((c.kind() == Kind.SHIFT || c.kind() == Kind.CONDITION) && !inside(c, m) && (c.start() < lo || c.end() > hi)) {
                // A change of position is reported of the holder anywhere in the sentence ("has started to shift his
                // positions, particularly regarding ..."); a condition may follow the issue's clause ("..., only after").
                cues.add(c);
                continue;
            }
            if (inside(c, m)) {
                // A term that itself denies the issue ("NATO's non-expansion"); words such as "end" or "stop" inside a
                // term are the term's own meaning ("negotiate an end"), not a denial.
                if (c.kind() == Kind.NEGATION || c.kind() == Kind.REVERSAL && c.phrase().startsWith("non-")) deniedInside = !deniedInside;
                continue;
            }
            if (c.start() < lo || c.end() > hi) continue;
            if (c.start() < h.end() && h.start() < c.end() || c.start() == stanceNoun) continue;
            int seg = clauses.segmentOf(c.start());
            if (clauses.subordinate(seg) && seg != anchorSegment && seg != holderSegment) continue;
            if (clauses.replacing(anchorSegment) && seg < anchorSegment) continue;
            if (extra.stream().anyMatch(e -> e.start() == c.start())) continue;
            cues.add(c);
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Reading r = reader.read(doc.text(), tokens, cues, m, lo, s, deniedInside);
        if (r != null && m.opposite()) r = r.reversed();
        if (r == null) return null;
        List<String> rules = new ArrayList<>();
        rules.add(m.exact() ? "term-exact" : "term-near");
        if (m.opposite()) rules.add("opposite-term");
        rules.add(holderRule);
        if (HolderChooser.officeOfPrincipal(h.surface()) && !h.name().equals(h.surface())) rules.add("readout-principal");
        if (r.negated()) rules.add("negation");
        r.condition().ifPresent(c -> rules.add("condition-" + c.kind().label()));
        rules.add(r.strength() >= 1 ? "strong-cue" : "weak-cue");
        // The chance the position is right, from how often these rules were right on judged statements; a holder
        // resolved with doubt (a pronoun, a role) lowers it further.
        double confidence = Math.max(0.05, calibration.confidence(rules) * Math.min(1, h.confidence() / 0.9));
        return new Stance(m.issue().id(), h.holder(), r.position(), r.cues(), r.negated(), confidence, s.span(), s.index(),
                r.condition(), r.shift(), when, rules);
    }

    private static Set<String> keys(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(Lemmas.key(w));
        return Set.copyOf(out);
    }

    /** One past the last token after the issue that can still speak of it. */
    private static int afterIssue(List<Token> tokens, Sentence s, IssueMatch m) {
        int i = m.endToken();
        while (i < s.endToken() && !AFTER_ISSUE_STOPS.contains(Lemmas.key(tokens.get(i)))) i++;
        return i;
    }

    private static boolean question(AnnotatedArticle doc, Sentence s) {
        String text = s.span().of(doc.text()).stripTrailing();
        return text.endsWith("?") || text.endsWith("?\"") || text.endsWith("?”");
    }

    private static boolean inside(Cue c, IssueMatch m) {
        if (m.exact()) return c.start() < m.endToken() && m.firstToken() < c.end();
        return c.start() == m.firstToken() || c.end() - 1 == m.endToken() - 1 || c.start() == m.endToken() - 1;
    }

    /**
     * The innermost attribution with a known speaker whose content holds the issue, leaving out the attributions of
     * whole transcript turns and speeches: a quote or report inside a turn is its own speaker's ("Putin: Macron told
     * me that ..."), and the rest of a turn is read like any other text, its first persons being the turn's speaker.
     */
    private static Attribution covering(List<Attribution> attributions, IssueMatch m) {
        Attribution best = null;
        for (Attribution a : attributions) {
            if (!(a.speaker() instanceof Speaker.Known) || !a.content().contains(m.span()) || wholeTurn(a)) continue;
            if (best == null || a.content().length() < best.content().length()) best = a;
        }
        return best;
    }

    private static boolean wholeTurn(Attribution a) {
        return a.rules().contains("turn") || a.rules().contains("speech");
    }

    private static Optional<LocalDate> dateOf(AnnotatedArticle doc, Sentence s, DateEstimate date) {
        for (TimeMention t : doc.times()) {
            if (t.sentence() != s.index()) continue;
            Optional<When> w = TimexValues.when(t, date.date());
            if (w.isPresent() && statementTime(w.get(), date.date())) return Optional.of(w.get().date());
        }
        return date.date();
    }

    /** How long before its article a statement the article dates by day ("on Tuesday", "on March 3") may have been made. */
    static final int STATEMENT_WINDOW_DAYS = 31;

    /**
     * Whether a time in the sentence can be when the statement was made: a day or week, on or before the article's
     * date and at most {@link #STATEMENT_WINDOW_DAYS} before it. Years, months, later and distant dates are what the
     * statement is about, not when it was made: "carbon neutrality by 2060" dated a stance 2060-01-01, and "a promise
     * Moscow violated in 2014" dated a 2024 statement 2014, which made false shifts against the holder's later words.
     */
    static boolean statementTime(When w, Optional<LocalDate> article) {
        if (w.granularity() != Granularity.DAY && w.granularity() != Granularity.WEEK) return false;
        if (article.isEmpty()) return true;
        long before = ChronoUnit.DAYS.between(w.date(), article.get());
        return before >= 0 && before <= STATEMENT_WINDOW_DAYS;
    }

    private static int tokenAt(List<Token> tokens, Sentence s, int offset) {
        for (int i = s.firstToken(); i < s.endToken(); i++) if (tokens.get(i).span().end() > offset) return i;
        return s.endToken() - 1;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return tokens.isEmpty() ? -1 : lo;
    }
}
