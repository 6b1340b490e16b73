package org.parley.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.MentionKind;

/** The mentions of one entity while an article is being read (per-article state, never shared). */
final class Cluster {
    enum Gender { UNKNOWN, MALE, FEMALE }

    final EntityType type;
    /** The canonical name for non-person entities (a country's lexicon name); persons pick their fullest name. */
    String fixedName;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final List<EntityMention> mentions = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;

    Cluster(EntityType type, String fixedName) {
        this.type = type;
        this.fixedName = fixedName;
    }

    void addName(EntityMention m) {
        names.merge(m.surface(), 1, Integer::sum);
        mentions.add(m);
    }

    void add(EntityMention m) {
        mentions.add(m);
    }

    /** The fullest name used: most words, then most frequent, then first seen. */
    String name() {
        if (fixedName != null) return fixedName;
        String best = null;
        for (Map.Entry<String, Integer> e : names.entrySet()) {
            if (best == null || better(e.getKey(), e.getValue(), best, names.get(best))) best = e.getKey();
        }
        return best == null ? "" : best;
    }

    private static boolean better(String a, int countA, String b, int countB) {
        int wa = a.split("\\s+").length;
        int wb = b.split("\\s+").length;
        if (wa != wb) return wa > wb;
        return countA > countB;
    }

    /** Words of the fullest name, e.g. ["Mark", "Rutte"]. */
    String[] words() {
        return name().split("\\s+");
    }

    String last() {
        String[] w = words();
        return w[w.length - 1];
    }

    int firstStart() {
        return mentions.stream().mapToInt(m -> m.span().start()).min().orElse(Integer.MAX_VALUE);
    }

    /** Start of the latest mention before {@code offset}, or -1. */
    int lastBefore(int offset) {
        int best = -1;
        for (EntityMention m : mentions) if (m.span().start() < offset) best = Math.max(best, m.span().start());
        return best;
    }

    LocalEntity toLocal(String key) {
        String name = name();
        Set<String> al = new LinkedHashSet<>(names.keySet());
        al.addAll(aliases);
        al.remove(name);
        List<EntityMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(EntityMention::span));
        List<EntityMention> unique = new ArrayList<>();
        for (EntityMention m : sorted) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).span().equals(m.span())) unique.add(m);
        }
        return new LocalEntity(key, name, type, al, roles, unique);
    }

    boolean hasNameKind() {
        return mentions.stream().anyMatch(m -> m.kind() == MentionKind.NAME);
    }
}
