package org.parley.extract.stance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.issue.IssueMatch;
import org.parley.extract.issue.IssueMatcher;
import org.parley.extract.stance.StanceLexicon.Cue;
import org.parley.extract.stance.StanceLexicon.Kind;
import org.parley.extract.stance.StanceReader.Reading;
import org.parley.extract.time.TimexValues;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.EntityType;
import org.parley.model.Issue;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Speaker;
import org.parley.model.Stance;
import org.parley.model.TimeMention;
import org.parley.model.Token;
import org.parley.model.When;

/**
 * Finds who stands where on which issue in one article.
 *
 * <p>For every sentence that touches an issue ({@link IssueMatcher}):
 * <ol>
 *   <li>the holder is the speaker of an attribution whose content holds the issue; otherwise the nearest named
 *       subject before the issue ("Moscow insists that ..."), skipping names that are the issue's subject matter
 *       rather than its holder ("Ukraine" in "Ukraine must never join NATO", "Ukraine's NATO membership") and names
 *       inside a "while ..." clause of their own; otherwise a subject after it ("..., Moscow insists"); otherwise the
 *       possessor of a stance noun ("Trump's attitude towards ..."). Pronouns and bare roles resolve to the last
 *       named person (or body, for "they") before them.</li>
 *   <li>the position is read by {@link StanceReader} from the cues between the holder and the end of the issue's
 *       clause;</li>
 *   <li>the date is the first time expression of the sentence that can be dated, else the article's date.</li>
 * </ol>
 * Thread-safe: holds only the compiled issues and lexicon.
 */
public final class StanceExtractor {
    public static final String NAME = "stances";
    public static final String VERSION = "1";
    private static final int LOOK_BACK = 3;

    private final IssueMatcher matcher;
    private final StanceLexicon lexicon;
    private final HolderFinder finder;
    private final StanceReader reader;

    public StanceExtractor(Collection<Issue> issues, StanceLexicon lexicon) {
        this(new IssueMatcher(issues), lexicon);
    }

    public StanceExtractor(IssueMatcher matcher, StanceLexicon lexicon) {
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

    public List<Stance> extract(AnnotatedArticle doc, List<LocalEntity> entities, List<Attribution> attributions, DateEstimate date) {
        Map<String, Stance> best = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<IssueMatch> matches = matcher.match(doc, s);
            if (matches.isEmpty()) continue;
            Clauses clauses = Clauses.of(doc.tokens(), s);
            List<Candidate> candidates = resolve(doc, s, finder.candidates(doc, s, entities), entities);
            Optional<LocalDate> when = dateOf(doc, s, date);
            for (IssueMatch m : matches) {
                Stance stance = stanceOf(doc, s, clauses, m, candidates, entities, attributions, when);
                if (stance == null) continue;
                String key = stance.issue() + "|" + (stance.holder().entityKey().isEmpty() ? stance.holder().name()
                        : stance.holder().entityKey()) + "|" + s.index();
                best.merge(key, stance, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            }
        }
        return List.copyOf(best.values());
    }

    private Stance stanceOf(AnnotatedArticle doc, Sentence s, Clauses clauses, IssueMatch m, List<Candidate> candidates,
                            List<LocalEntity> entities, List<Attribution> attributions, Optional<LocalDate> when) {
        List<Token> tokens = doc.tokens();
        int focus = m.exact() ? m.firstToken() : m.endToken() - 1;
        int anchorSegment = clauses.segmentOf(m.endToken() - 1);
        List<Cue> sentenceCues = lexicon.cues(tokens, s.firstToken(), s.endToken());
        Candidate holder = null;
        int lo;
        int hi;
        List<Cue> extra = List.of();
        Attribution attribution = covering(attributions, m);
        if (attribution != null) {
            holder = speaker(doc, s, (Speaker.Known) attribution.speaker(), entities, attribution.confidence());
            lo = Math.max(s.firstToken(), tokenAt(tokens, s, attribution.content().start()));
            hi = Math.min(clauses.end(anchorSegment), tokenAt(tokens, s, attribution.content().end() - 1) + 1);
            if (attribution.cue().isPresent()) {
                int c0 = tokenAt(tokens, attribution.cue().get().start());
                int c1 = tokenAt(tokens, attribution.cue().get().end() - 1) + 1;
                if (c0 >= 0 && c1 > c0) extra = lexicon.cues(tokens, c0, c1);
            }
        } else {
            holder = choose(tokens, s, clauses, candidates, m, focus, anchorSegment, sentenceCues);
            if (holder == null) return null;
            if (holder.end() <= focus) {
                lo = holder.end();
                hi = clauses.end(anchorSegment);
            } else {
                lo = clauses.start(clauses.segmentOf(m.firstToken()));
                hi = Math.min(s.endToken(), holder.end() + 4);
            }
        }
        Candidate h = holder;
        int holderSegment = h.start() >= s.firstToken() && h.start() < s.endToken() ? clauses.segmentOf(h.start()) : -1;
        List<Cue> cues = new ArrayList<>(extra);
        for (Cue c : sentenceCues) {
            if (c.start() < lo || c.end() > hi) continue;
            if (c.start() < h.end() && h.start() < c.end()) continue;
            if (inside(c, m)) continue;
            int seg = clauses.segmentOf(c.start());
            if (clauses.subordinate(seg) && seg != anchorSegment && seg != holderSegment) continue;
            if (extra.stream().anyMatch(e -> e.start() == c.start())) continue;
            cues.add(c);
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Reading r = reader.read(doc.text(), tokens, cues, m, lo, s);
        if (r == null) return null;
        double confidence = (0.35 + 0.2 * Math.min(r.strength(), 2) + (r.asserted() || attribution != null ? 0.1 : 0))
                * m.confidence() * h.confidence();
        confidence = Math.max(0.05, Math.min(0.95, confidence));
        return new Stance(m.issue().id(), h.holder(), r.position(), r.cues(), r.negated(), confidence, s.span(), s.index(),
                r.condition(), r.shift(), when);
    }

    private static boolean inside(Cue c, IssueMatch m) {
        if (m.exact()) return c.start() < m.endToken() && m.firstToken() < c.end();
        return c.start() == m.firstToken() || c.end() - 1 == m.endToken() - 1 || c.start() == m.endToken() - 1;
    }

    private Candidate choose(List<Token> tokens, Sentence s, Clauses clauses, List<Candidate> candidates, IssueMatch m,
                             int focus, int anchorSegment, List<Cue> cues) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (!c.subject() || c.reference() || c.end() > focus) continue;
            int seg = clauses.segmentOf(c.start());
            if (seg != anchorSegment && clauses.subordinate(seg)) continue;
            if (target(c, m, focus, cues)) continue;
            best = c;
        }
        if (best != null) return best;
        for (Candidate c : candidates) {
            if (c.subject() && !c.reference() && c.start() >= m.endToken() && clauses.segmentOf(c.start()) == anchorSegment) {
                return c;
            }
        }
        for (Candidate c : candidates) {
            if (c.reference() || c.end() > focus || c.end() + 1 >= s.endToken()) continue;
            int next = c.end();
            if (Lemmas2.possessive(tokens.get(c.end() - 1)) && lexicon.stanceNoun(tokens.get(next))
                    || next + 1 < s.endToken() && Lemmas2.possessive(tokens.get(next)) && lexicon.stanceNoun(tokens.get(next + 1))) {
                return c;
            }
        }
        return null;
    }

    /** A name that is what the issue is about: inside it, or right before it with no attitude word between. */
    private static boolean target(Candidate c, IssueMatch m, int focus, List<Cue> cues) {
        if (m.exact() ? c.start() >= m.firstToken() && c.end() <= m.endToken() : c.start() <= focus && focus < c.end()) return true;
        if (focus - c.end() > 3) return false;
        for (Cue q : cues) {
            if (q.start() >= c.end() && q.start() < focus && q.kind() != Kind.NEGATION && q.kind() != Kind.REVERSAL
                    && q.kind() != Kind.HEDGE && q.kind() != Kind.CONDITION && !q.phrase().equals("must")) {
                return false;
            }
        }
        return true;
    }

    /** Resolves pronouns and bare roles to the last named person (or body, for "they") before them. */
    private List<Candidate> resolve(AnnotatedArticle doc, Sentence s, List<Candidate> candidates, List<LocalEntity> entities) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.reference()) {
                out.add(c);
                continue;
            }
            boolean person = c.type() == EntityType.PERSON;
            Candidate antecedent = null;
            for (Candidate p : candidates) {
                if (p.end() <= c.start() && !p.reference() && (p.type() == EntityType.PERSON) == person) antecedent = p;
            }
            for (int back = s.index() - 1; antecedent == null && back >= Math.max(0, s.index() - LOOK_BACK); back--) {
                Sentence prev = doc.sentences().get(back);
                for (Candidate p : finder.candidates(doc, prev, entities)) {
                    if (!p.reference() && (p.type() == EntityType.PERSON) == person) antecedent = p;
                }
            }
            if (antecedent != null) out.add(c.resolvedTo(antecedent, Math.min(c.confidence(), antecedent.confidence() * 0.8)));
        }
        return out;
    }

    private Candidate speaker(AnnotatedArticle doc, Sentence s, Speaker.Known k, List<LocalEntity> entities, double confidence) {
        EntityType type = EntityType.OTHER;
        String name = k.name();
        if (!k.entityKey().isEmpty()) {
            for (LocalEntity e : entities) {
                if (e.key().equals(k.entityKey())) {
                    type = e.type();
                    name = e.name();
                }
            }
        } else {
            for (Mention m : doc.mentions()) if (m.span().overlaps(k.mention())) type = m.type();
        }
        if (type == EntityType.PLACE) type = EntityType.GOVERNMENT;
        int t0 = tokenAt(doc.tokens(), k.mention().start());
        int t1 = tokenAt(doc.tokens(), k.mention().end() - 1) + 1;
        return new Candidate(Math.max(t0, 0), Math.max(t1, t0 + 1), k.mention(), k.surface(), k.entityKey(), name, type, true, false,
                Math.max(0.3, confidence));
    }

    private static Attribution covering(List<Attribution> attributions, IssueMatch m) {
        for (Attribution a : attributions) {
            if (a.speaker() instanceof Speaker.Known && a.content().contains(m.span())) return a;
        }
        return null;
    }

    private static Optional<LocalDate> dateOf(AnnotatedArticle doc, Sentence s, DateEstimate date) {
        for (TimeMention t : doc.times()) {
            if (t.sentence() != s.index()) continue;
            Optional<When> w = TimexValues.when(t, date.date());
            if (w.isPresent()) return Optional.of(w.get().date());
        }
        return date.date();
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

    /** Possessive markers, glued ("Trump's") or split ("Trump" "'s"). */
    private static final class Lemmas2 {
        static boolean possessive(Token t) {
            String w = t.word();
            return w.equals("'s") || w.equals("’s") || w.equals("'") || w.endsWith("'s") || w.endsWith("’s");
        }
    }
}
