package org.parley.extract.issue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Issue;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Finds where sentences touch issues, comparing lemma keys and word families rather than raw strings, so
 * "joining NATO", "join the Alliance", "NATO's accession process", "become a NATO member" and "membership in NATO"
 * all match an issue whose terms are "join NATO", "NATO membership" and "member of NATO".
 *
 * <p>Rules, in order: (1) a term is the sequence of its content words' keys (function words such as "of", "the"
 * are dropped); (2) in text, consecutive term words may be separated by up to {@value #MAX_GAP} words that are
 * function words, adjectives, names or numbers, with at most one other word; (3) a two-word term also matches in
 * reverse order across a preposition ("membership in NATO" for "NATO membership"); (4) failing those, all words of
 * a term within {@value #NEAR} words of each other in one sentence give an inexact match. Terms are compiled once
 * and indexed by their first key; the matcher is immutable and thread-safe.
 */
public final class IssueMatcher {
    static final int MAX_GAP = 3;
    static final int NEAR = 12;

    private record Term(Issue issue, String text, List<String> keys) {
    }

    private final TermFamilies families;
    private final List<Issue> issues;
    private final Map<String, List<Term>> byFirst = new HashMap<>();
    private final Map<String, List<Term>> byLast = new HashMap<>();
    private final Map<String, List<Term>> byAny = new HashMap<>();

    public IssueMatcher(Collection<Issue> issues, TermFamilies families) {
        this.families = families;
        this.issues = List.copyOf(issues);
        for (Issue issue : this.issues) {
            for (String text : java.util.stream.Stream.concat(issue.terms().stream(), issue.against().stream()).toList()) {
                // A hyphenated word may be one token ("Euro-Atlantic") or three ("Euro", "-", "Atlantic"): index both.
                Set<String> forms = new java.util.LinkedHashSet<>(List.of(text, text.replace('-', ' ')));
                for (String form : forms) add(issue, text, form);
            }
        }
    }

    private void add(Issue issue, String text, String form) {
        List<String> keys = new ArrayList<>();
        for (String k : Lemmas.keys(form.replace("'s ", " ").replace("’s ", " "))) {
            if (!families.functionWord(k)) keys.add(families.normal(k));
        }
        if (keys.isEmpty()) return;
        Term term = new Term(issue, text, List.copyOf(keys));
        byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(term);
        if (keys.size() == 2) byLast.computeIfAbsent(keys.get(1), k -> new ArrayList<>()).add(term);
        for (String k : new LinkedHashSet<>(keys)) byAny.computeIfAbsent(k, x -> new ArrayList<>()).add(term);
    }

    public IssueMatcher(Collection<Issue> issues) {
        this(issues, TermFamilies.bundled());
    }

    public List<Issue> issues() {
        return issues;
    }

    /** Every issue match in the article, in text order. */
    public List<IssueMatch> match(AnnotatedArticle doc) {
        List<IssueMatch> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) out.addAll(match(doc, s));
        return out;
    }

    /** The issue matches of one sentence: exact ones, and for issues without an exact one, an inexact one. */
    public List<IssueMatch> match(AnnotatedArticle doc, Sentence sentence) {
        List<Token> tokens = doc.tokensOf(sentence);
        int n = tokens.size();
        String[] norm = new String[n];
        for (int i = 0; i < n; i++) norm[i] = families.normal(tokens, i);
        List<IssueMatch> exact = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Term t : byFirst.getOrDefault(norm[i], List.of())) {
                int end = forward(t, tokens, norm, i);
                if (end > 0) exact.add(matchOf(t, sentence, tokens, i, end, true));
            }
            for (Term t : byLast.getOrDefault(norm[i], List.of())) {
                int end = reverse(t, tokens, norm, i);
                if (end > 0) exact.add(matchOf(t, sentence, tokens, i, end, true));
            }
        }
        List<IssueMatch> out = longestPerPlace(exact);
        Set<String> found = new java.util.HashSet<>();
        for (IssueMatch m : out) found.add(m.issue().id());
        out.addAll(near(sentence, tokens, norm, found));
        out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return out;
    }

    private int forward(Term t, List<Token> tokens, String[] norm, int start) {
        int pos = start;
        for (int k = 1; k < t.keys().size(); k++) {
            pos = next(t.keys().get(k), tokens, norm, pos, false);
            if (pos < 0) return -1;
        }
        return pos + 1;
    }

    private int reverse(Term t, List<Token> tokens, String[] norm, int start) {
        if (t.keys().get(0).equals(t.keys().get(1))) return -1;
        int pos = next(t.keys().get(0), tokens, norm, start, true);
        return pos < 0 ? -1 : pos + 1;
    }

    /** The index of {@code key} after {@code from} across an allowed gap, or -1. */
    private int next(String key, List<Token> tokens, String[] norm, int from, boolean needPreposition) {
        int others = 0;
        boolean preposition = false;
        for (int j = from + 1; j < tokens.size() && j <= from + 1 + MAX_GAP; j++) {
            if (key.equals(norm[j])) return !needPreposition || preposition ? j : -1;
            Token t = tokens.get(j);
            String pos = t.pos();
            if (pos.equals("IN") || pos.equals("TO") || Set.of("of", "in", "to", "into", "for", "within").contains(Lemmas.key(t))) {
                preposition = true;
            }
            if (!families.skippable(t)) {
                if (pos.startsWith("VB") || !Character.isLetterOrDigit(t.word().charAt(0)) || ++others > 1) return -1;
            }
        }
        return -1;
    }

    private List<IssueMatch> near(Sentence sentence, List<Token> tokens, String[] norm, Set<String> found) {
        Map<String, List<Integer>> where = new HashMap<>();
        for (int i = 0; i < norm.length; i++) where.computeIfAbsent(norm[i], k -> new ArrayList<>()).add(i);
        List<IssueMatch> out = new ArrayList<>();
        for (int i = 0; i < norm.length; i++) {
            for (Term t : byAny.getOrDefault(norm[i], List.of())) {
                if (t.keys().size() < 2 || found.contains(t.issue().id())) continue;
                int lo = Integer.MAX_VALUE;
                int hi = -1;
                boolean all = true;
                for (String k : t.keys()) {
                    int best = closest(where.get(k), i);
                    if (best < 0) {
                        all = false;
                        break;
                    }
                    lo = Math.min(lo, best);
                    hi = Math.max(hi, best);
                }
                // A term of several words needs several words: one that the word families fold onto a single key
                // ("eastward expansion") must not match a lone "expand".
                if (all && hi - lo <= NEAR && hi > lo) {
                    found.add(t.issue().id());
                    out.add(matchOf(t, sentence, tokens, lo, hi + 1, false));
                }
            }
        }
        return out;
    }

    private static int closest(List<Integer> positions, int to) {
        if (positions == null) return -1;
        int best = -1;
        for (int p : positions) if (best < 0 || Math.abs(p - to) < Math.abs(best - to)) best = p;
        return best;
    }

    private static IssueMatch matchOf(Term t, Sentence s, List<Token> tokens, int from, int end, boolean exact) {
        Span span = new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end());
        return new IssueMatch(t.issue(), s.index(), s.firstToken() + from, s.firstToken() + end, span, t.text(), exact);
    }

    /** Keeps, among overlapping matches of one issue, the longest. */
    private static List<IssueMatch> longestPerPlace(List<IssueMatch> all) {
        List<IssueMatch> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> Integer.compare(b.endToken() - b.firstToken(), a.endToken() - a.firstToken()));
        List<IssueMatch> kept = new ArrayList<>();
        for (IssueMatch m : sorted) {
            boolean overlaps = kept.stream().anyMatch(k -> k.issue().equals(m.issue())
                    && k.firstToken() < m.endToken() && m.firstToken() < k.endToken());
            if (!overlaps) kept.add(m);
        }
        return kept;
    }
}
