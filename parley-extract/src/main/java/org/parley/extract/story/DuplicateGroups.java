package org.parley.extract.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parley.model.ArticleId;

/**
 * Articles joined into groups of copies by near-duplicate pairs (transitively, by union-find), so that a
 * syndicated story carried by ten outlets counts once. Each group is represented by its smallest article id.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class DuplicateGroups {
    private final Map<ArticleId, ArticleId> representative;

    private DuplicateGroups(Map<ArticleId, ArticleId> representative) {
        this.representative = Map.copyOf(representative);
    }

    public static DuplicateGroups none() {
        return new DuplicateGroups(Map.of());
    }

    public static DuplicateGroups of(Collection<DuplicatePair> pairs) {
        Map<ArticleId, ArticleId> parent = new HashMap<>();
        for (DuplicatePair p : pairs) {
            ArticleId ra = root(parent, p.a());
            ArticleId rb = root(parent, p.b());
            if (!ra.equals(rb)) {
                // the smaller id becomes the root, so the representative is the group's smallest id
                if (ra.value().compareTo(rb.value()) < 0) parent.put(rb, ra);
                else parent.put(ra, rb);
            }
        }
        Map<ArticleId, ArticleId> rep = new HashMap<>();
        for (ArticleId id : parent.keySet()) rep.put(id, root(parent, id));
        return new DuplicateGroups(rep);
    }

    private static ArticleId root(Map<ArticleId, ArticleId> parent, ArticleId id) {
        parent.putIfAbsent(id, id);
        ArticleId r = id;
        while (!parent.get(r).equals(r)) r = parent.get(r);
        for (ArticleId at = id; !at.equals(r); ) {   // path compression
            ArticleId next = parent.get(at);
            parent.put(at, r);
            at = next;
        }
        return r;
    }

    /** The smallest id of the article's group; the article itself when it has no copy. */
    public ArticleId representative(ArticleId article) {
        return representative.getOrDefault(article, article);
    }

    public boolean sameGroup(ArticleId a, ArticleId b) {
        return representative(a).equals(representative(b));
    }

    /** How many of {@code articles} remain when copies of one another count once. */
    public int countDistinct(Collection<ArticleId> articles) {
        Set<ArticleId> reps = new HashSet<>();
        for (ArticleId a : articles) reps.add(representative(a));
        return reps.size();
    }

    /** Groups of two or more copies, each sorted by id, the list sorted by representative. */
    public List<List<ArticleId>> groups() {
        Map<String, List<ArticleId>> byRep = new TreeMap<>();
        for (Map.Entry<ArticleId, ArticleId> e : representative.entrySet()) {
            byRep.computeIfAbsent(e.getValue().value(), k -> new ArrayList<>()).add(e.getKey());
        }
        List<List<ArticleId>> out = new ArrayList<>();
        for (List<ArticleId> g : byRep.values()) {
            g.sort(Comparator.comparing(ArticleId::value));
            out.add(List.copyOf(g));
        }
        return List.copyOf(out);
    }

    /** Articles that have at least one copy. */
    public int articlesWithCopies() {
        return representative.size();
    }
}
