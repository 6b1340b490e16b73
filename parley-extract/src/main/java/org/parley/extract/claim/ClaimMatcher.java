package org.parley.extract.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.extract.story.DuplicateGroups;
import org.parley.model.Attribution;
import org.parley.model.Speaker;

/**
 * Groups attributions carried by several articles into {@link Claim}s: the same quote (exact, trimmed or lightly
 * edited) or the same reported claim (same canonical speaker, similar content terms).
 *
 * <p>Steps: (1) candidate pairs: direct quotes sharing a word trigram (trigrams carried by more than
 * {@value #MAX_POSTINGS} attributions are too common to say anything and are skipped), and any two attributions of
 * the same canonical speaker where at least one is reported speech; (2) a pair of direct quotes matches on wording
 * alone (speakers may disagree: that is a SPEAKER conflict, not two claims), a pair with reported speech needs the
 * same speaker and similar terms; (3) matches are joined transitively; (4) each group becomes a claim whose
 * independent outlets count an outlet once and near-duplicate articles (from {@link DuplicateGroups}) once.
 *
 * <p>Every attribution lands in exactly one claim; single-source claims are returned too. Immutable and
 * thread-safe; the output does not depend on input order beyond ids and spans.
 */
public final class ClaimMatcher {
    static final int MAX_POSTINGS = 500;

    private final ClaimConfig config;

    public ClaimMatcher(ClaimConfig config) {
        this.config = Objects.requireNonNull(config, "config is null");
    }

    /** An attribution of one article, prepared. */
    private record Item(ArticleFacts facts, Attribution attribution, String text, QuoteText quote,
                        Optional<String> speaker) {
        ClaimSource source() {
            return new ClaimSource(facts.article(), facts.outlet(), attribution.content(), text, speaker,
                    attribution.direct());
        }
    }

    /** Claims sorted by independent outlets, then sources (most first), then id. */
    public List<Claim> match(List<ArticleFacts> articles, DuplicateGroups duplicates, CanonicalNames names) {
        Objects.requireNonNull(duplicates, "duplicates is null");
        Objects.requireNonNull(names, "names is null");
        List<Item> items = items(articles, names);
        UnionFind groups = new UnionFind(items.size());
        for (long pair : candidates(items)) {
            int i = (int) (pair >>> 32);
            int j = (int) pair;
            if (matches(items.get(i), items.get(j))) groups.union(i, j);
        }
        Map<Integer, List<Item>> byRoot = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(items.get(i));
        List<Claim> claims = new ArrayList<>();
        for (List<Item> group : byRoot.values()) claims.add(claim(group, duplicates));
        claims.sort(Comparator.comparingInt((Claim c) -> -c.independentOutlets())
                .thenComparingInt(c -> -c.sources().size()).thenComparing(Claim::id));
        return List.copyOf(claims);
    }

    private List<Item> items(List<ArticleFacts> articles, CanonicalNames names) {
        List<Item> items = new ArrayList<>();
        List<ArticleFacts> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(f -> f.article().value()));
        for (ArticleFacts f : sorted) {
            List<Attribution> atts = new ArrayList<>(f.attributions());
            atts.sort(Comparator.comparing(Attribution::content));
            for (Attribution a : atts) {
                String text = a.text().isEmpty() ? f.quote(a.content()) : a.text();
                Optional<String> speaker = switch (a.speaker()) {
                    case Speaker.Known k -> Optional.of(names.canonical(f.article(), k.entityKey(), k.name()))
                            .filter(s -> !s.isBlank());
                    case Speaker.Unknown u -> Optional.empty();
                };
                items.add(new Item(f, a, text, QuoteText.of(text, config.charShingle()), speaker));
            }
        }
        return items;
    }

    /** Candidate pairs {@code i << 32 | j}, {@code i < j}. */
    private Set<Long> candidates(List<Item> items) {
        Set<Long> pairs = new HashSet<>();
        Map<Long, List<Integer>> byTrigram = new HashMap<>();
        Map<String, List<Integer>> bySpeaker = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.quote().words() < config.minWords()) continue;
            if (it.attribution().direct()) {
                for (long t : it.quote().trigrams()) byTrigram.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
            int index = i;
            it.speaker().ifPresent(s -> bySpeaker.computeIfAbsent(s, k -> new ArrayList<>()).add(index));
        }
        for (List<Integer> posting : byTrigram.values()) {
            if (posting.size() <= MAX_POSTINGS) addPairs(posting, pairs);
        }
        for (List<Integer> same : bySpeaker.values()) addPairs(same, pairs);
        return pairs;
    }

    private static void addPairs(List<Integer> members, Set<Long> pairs) {
        for (int x = 0; x < members.size(); x++) {
            for (int y = x + 1; y < members.size(); y++) {
                int i = Math.min(members.get(x), members.get(y));
                int j = Math.max(members.get(x), members.get(y));
                if (i != j) pairs.add(((long) i << 32) | j);
            }
        }
    }

    private boolean matches(Item a, Item b) {
        if (a.quote().words() < config.minWords() || b.quote().words() < config.minWords()) return false;
        if (a.attribution().direct() && b.attribution().direct()) {
            return a.quote().quoteSimilarity(b.quote(), config.minContainedWords()) >= config.quoteSimilarity();
        }
        return a.speaker().isPresent() && a.speaker().equals(b.speaker())
                && a.quote().termSimilarity(b.quote()) >= config.reportedSimilarity();
    }

    private static Claim claim(List<Item> group, DuplicateGroups duplicates) {
        List<ClaimSource> sources = group.stream().map(Item::source)
                .sorted(Comparator.comparing((ClaimSource s) -> s.article().value()).thenComparing(ClaimSource::span))
                .toList();
        ClaimSource first = sources.get(0);
        return new Claim("claim-" + first.article().value() + "@" + first.span().start(), representative(group),
                majority(group), group.stream().anyMatch(i -> i.attribution().direct()), sources,
                independentOutlets(sources, duplicates));
    }

    /** The most frequent wording, direct quotes first; ties: the longer, then the alphabetically first. */
    private static String representative(List<Item> group) {
        boolean anyDirect = group.stream().anyMatch(i -> i.attribution().direct());
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> shown = new HashMap<>();
        for (Item i : group) {
            if (anyDirect && !i.attribution().direct()) continue;
            counts.merge(i.quote().normalised(), 1, Integer::sum);
            shown.merge(i.quote().normalised(), i.text().strip(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        }
        String best = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey))
                .findFirst().orElseThrow().getKey();
        return shown.get(best);
    }

    private static Optional<String> majority(List<Item> group) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Item i : group) i.speaker().ifPresent(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Sources joined when they share an outlet or their articles are copies; the count of what remains. */
    private static int independentOutlets(List<ClaimSource> sources, DuplicateGroups duplicates) {
        UnionFind same = new UnionFind(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                ClaimSource a = sources.get(i);
                ClaimSource b = sources.get(j);
                boolean sameOutlet = !a.outlet().isEmpty() && a.outlet().equals(b.outlet());
                if (sameOutlet || a.article().equals(b.article()) || duplicates.sameGroup(a.article(), b.article())) {
                    same.union(i, j);
                }
            }
        }
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) roots.add(same.find(i));
        return roots.size();
    }
}
