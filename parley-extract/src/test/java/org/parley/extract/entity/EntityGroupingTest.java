package org.parley.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;

/**
 * The resolver compares each name only with the groups it can match; this checks that it forms exactly the groups
 * of comparing every name with every group, as the rules read, on many random names.
 */
class EntityGroupingTest {
    private static final String[] FIRST = {"Mark", "M.", "Volodymyr", "Vladimir", "V.", "Donald", "Don", "Jane", "J.",
            "Anna", "Ann", "Olaf", "Emmanuel", "Pete", "Peter", "Kaja", "Joe", "Joseph", "Ursula", "Dmitry", "Dmitriy"};
    private static final String[] LAST = {"Rutte", "Zelensky", "Zelenskyy", "Zelenskiy", "Putin", "Trump", "Smith",
            "Smyth", "Scholz", "Macron", "Hegseth", "Kallas", "Biden", "von der Leyen", "Peskov", "Medvedev", "Medvedyev",
            "Lee", "Li", "Ahmed", "Akhmed", "Ørsted", "Müller", "Mueller", "O'Brien"};
    private static final String[] ORGS = {"NATO", "North Atlantic Treaty Organization", "N.A.T.O.", "UN", "United Nations",
            "EU", "European Union", "European Commission", "EC", "Kremlin", "IMF", "International Monetary Fund",
            "World Bank", "WB", "the Pentagon", "Foreign Ministry (Ukraine)", "Foreign Ministry", "acme corp", "ACME"};

    @Test
    void grouping_by_blocks_equals_comparing_every_name_with_every_group() {
        for (long seed = 1; seed <= 40; seed++) {
            List<ArticleEntities> articles = articles(new Random(seed));
            assertThat(EntityResolver.groupRefs(articles)).as("seed %d", seed).isEqualTo(reference(articles));
        }
    }

    private static List<ArticleEntities> articles(Random random) {
        List<ArticleEntities> out = new ArrayList<>();
        int n = 20 + random.nextInt(60);
        for (int a = 0; a < n; a++) {
            List<LocalEntity> entities = new ArrayList<>();
            int k = 1 + random.nextInt(8);
            for (int e = 0; e < k; e++) {
                String key = "e" + e;
                if (random.nextInt(3) == 0) {
                    entities.add(new LocalEntity(key, ORGS[random.nextInt(ORGS.length)], EntityType.ORGANIZATION, Set.of(), Set.of(), List.of()));
                } else {
                    String last = LAST[random.nextInt(LAST.length)];
                    String name = random.nextInt(4) == 0 ? last : FIRST[random.nextInt(FIRST.length)] + " " + last;
                    entities.add(new LocalEntity(key, name, EntityType.PERSON, Set.of(), Set.of(), List.of()));
                }
            }
            out.add(new ArticleEntities(new ArticleId(String.format(Locale.ROOT, "a%03d", a)), entities));
        }
        return out;
    }

    // ---- the rules as written before blocking: every name against every group

    private record Local(LocalRef ref, LocalEntity entity) {
        String[] words() {
            return entity.name().strip().split("\\s+");
        }
    }

    private static List<List<LocalRef>> reference(List<ArticleEntities> articles) {
        List<Local> locals = new ArrayList<>();
        for (ArticleEntities a : articles) {
            for (LocalEntity e : a.entities()) locals.add(new Local(new LocalRef(a.article(), e.key()), e));
        }
        locals.sort(Comparator.comparing((Local l) -> l.ref().article().value()).thenComparing(l -> l.ref().key()));
        List<List<Local>> groups = new ArrayList<>(persons(locals.stream().filter(l -> l.entity().type() == EntityType.PERSON).toList()));
        for (EntityType type : EntityType.values()) {
            if (type != EntityType.PERSON) groups.addAll(byName(locals.stream().filter(l -> l.entity().type() == type).toList()));
        }
        return groups.stream().map(g -> g.stream().map(Local::ref).toList()).toList();
    }

    private static List<List<Local>> persons(List<Local> persons) {
        List<List<Local>> full = new ArrayList<>();
        for (Local l : persons) {
            String[] w = l.words();
            if (w.length < 2) continue;
            List<Local> match = null;
            for (List<Local> g : full) {
                String[] gw = g.get(0).words();
                if (Names.sameWord(gw[gw.length - 1], w[w.length - 1]) && Names.compatibleFirst(gw[0], w[0])) {
                    match = g;
                    break;
                }
            }
            if (match == null) {
                match = new ArrayList<>();
                full.add(match);
            }
            match.add(l);
        }
        Map<String, List<Local>> lone = new LinkedHashMap<>();
        for (Local l : persons) {
            String[] w = l.words();
            if (w.length >= 2) continue;
            List<List<Local>> candidates = new ArrayList<>();
            for (List<Local> g : full) {
                String[] gw = g.get(0).words();
                if (Names.sameWord(gw[gw.length - 1], w[0])) candidates.add(g);
            }
            if (candidates.size() == 1) candidates.get(0).add(l);
            else lone.computeIfAbsent(Names.skeleton(w[0]), k -> new ArrayList<>()).add(l);
        }
        List<List<Local>> out = new ArrayList<>(full);
        out.addAll(lone.values());
        return out;
    }

    private static String pair(String a, String b) {
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        return x.length() <= y.length() ? x + "|" + y : y + "|" + x;
    }

    private static List<List<Local>> byName(List<Local> locals) {
        java.util.Set<String> written = new java.util.HashSet<>();
        for (Local l : locals) {
            for (Local m : locals) {
                List<String> a = new ArrayList<>(l.entity().aliases());
                a.add(l.entity().name());
                List<String> b = new ArrayList<>(m.entity().aliases());
                b.add(m.entity().name());
                if (!l.ref().article().equals(m.ref().article())) continue;
                for (String x : a) for (String y : b) if (EntityExtractor.acronymOf(x, y)) written.add(pair(x, y));
            }
        }
        List<List<Local>> groups = new ArrayList<>();
        Map<String, List<Local>> byKey = new HashMap<>();
        for (Local l : locals) {
            String key = l.entity().name().toLowerCase(Locale.ROOT).strip();
            List<Local> g = byKey.get(key);
            if (g == null && l.entity().type() == EntityType.ORGANIZATION) {
                for (List<Local> o : groups) {
                    String other = o.get(0).entity().name();
                    String shorter = other.length() <= l.entity().name().length() ? other : l.entity().name();
                    if (EntityExtractor.acronymOf(other, l.entity().name())
                            && (shorter.replace(".", "").length() > 2 || written.contains(pair(other, l.entity().name())))) {
                        g = o;
                    }
                }
            }
            if (g == null) {
                g = new ArrayList<>();
                groups.add(g);
            }
            byKey.put(key, g);
            g.add(l);
        }
        return groups;
    }
}
