package org.parley.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;

/**
 * Resolves the entities of many articles into one list, by the same rules as within an article.
 *
 * <ul>
 *   <li>persons with full names join when their surnames are spellings of one name ({@link Names#sameWord})
 *       and their first names agree;</li>
 *   <li>first names agree when they are spellings or short forms of one name ({@code given-names.tsv}: "Joe" /
 *       "Joseph", "Volodymyr" / "Vladimir");</li>
 *   <li>a person known only by one name joins the unique full-name person with that surname, unless an honorific
 *       says otherwise ("Mr. Biden" is not "Jill Biden"); when several full names share it, it joins the one person
 *       whose offices it shares ("President Biden" and "Joseph Biden, President", not "Jill Biden, First Lady"), or
 *       among several such the one written in three times as many articles as the others together; otherwise it
 *       stays apart (ambiguous: never a guess);</li>
 *   <li>organisations join by name or acronym ("NATO" / "North Atlantic Treaty Organization"); a two-letter
 *       acronym, which many names share ("UN": "United Nations", "United News"), only with an expansion some article
 *       wrote beside it; governments and places by name;</li>
 *   <li>roles and aliases accumulate; the canonical name is the full name most articles use (then the longest,
 *       then the first in alphabetical order), and the id is {@code type:slug}, e.g. {@code person:mark-rutte}.</li>
 * </ul>
 * Pure and deterministic: the result does not depend on the order of the input.
 */
public final class EntityResolver {
    /** The resolved entities, and which entity each article's local entity became. */
    public record Resolution(List<Entity> entities, Map<LocalRef, EntityId> mapping) {
        public Resolution {
            entities = List.copyOf(entities);
            mapping = Map.copyOf(mapping);
        }
    }

    private record Local(LocalRef ref, LocalEntity entity) {
        String[] words() {
            return entity.name().strip().split("\\s+");
        }
    }

    public Resolution resolve(List<ArticleEntities> articles) {
        List<List<Local>> groups = groups(articles);
        Map<EntityId, Entity> entities = new TreeMap<>(Comparator.comparing(EntityId::value));
        Map<LocalRef, EntityId> mapping = new HashMap<>();
        for (List<Local> group : groups) {
            Entity e = merge(group, entities);
            entities.put(e.id(), e);
            for (Local l : group) mapping.put(l.ref(), e.id());
        }
        return new Resolution(new ArrayList<>(entities.values()), mapping);
    }

    private static List<List<Local>> groups(List<ArticleEntities> articles) {
        List<Local> locals = new ArrayList<>();
        for (ArticleEntities a : articles) {
            for (LocalEntity e : a.entities()) locals.add(new Local(new LocalRef(a.article(), e.key()), e));
        }
        locals.sort(Comparator.comparing((Local l) -> l.ref().article().value()).thenComparing(l -> l.ref().key()));
        List<List<Local>> groups = new ArrayList<>();
        groups.addAll(persons(locals.stream().filter(l -> l.entity().type() == EntityType.PERSON).toList()));
        for (EntityType type : EntityType.values()) {
            if (type == EntityType.PERSON) continue;
            groups.addAll(byName(locals.stream().filter(l -> l.entity().type() == type).toList()));
        }
        return groups;
    }

    /** The groups of local entities that become one entity each, in the order they were formed (for tests). */
    static List<List<LocalRef>> groupRefs(List<ArticleEntities> articles) {
        return groups(articles).stream().map(g -> g.stream().map(Local::ref).toList()).toList();
    }

    /**
     * Full names group by surname spelling and compatible first name, each joining the first group (in the order
     * groups were opened) whose first name matches; lone names then join the only full-name group with their
     * surname. Two surnames can match only when their skeletons start with the same letter ({@link
     * Names#sameSkeleton}), so each name is compared with that letter's groups alone: the same groups in the same
     * order as comparing with all of them, without the quadratic cost on a large store.
     */
    private static List<List<Local>> persons(List<Local> persons) {
        List<List<Local>> full = new ArrayList<>();
        List<String[]> fullWords = new ArrayList<>();
        List<String> fullSkeletons = new ArrayList<>();
        Map<Character, List<Integer>> byInitial = new HashMap<>();
        for (Local l : persons) {
            String[] w = l.words();
            if (w.length < 2) continue;
            String skeleton = Names.skeleton(w[w.length - 1]);
            int match = -1;
            for (int g : byInitial.getOrDefault(initial(skeleton), List.of())) {
                if (Names.sameSkeleton(fullSkeletons.get(g), skeleton) && Names.compatibleFirst(fullWords.get(g)[0], w[0])) {
                    match = g;
                    break;
                }
            }
            if (match < 0) {
                match = full.size();
                full.add(new ArrayList<>());
                fullWords.add(w);
                fullSkeletons.add(skeleton);
                byInitial.computeIfAbsent(initial(skeleton), k -> new ArrayList<>()).add(match);
            }
            full.get(match).add(l);
        }
        Map<String, List<Local>> lone = new LinkedHashMap<>();
        for (Local l : persons) {
            String[] w = l.words();
            if (w.length >= 2) continue;
            String skeleton = Names.skeleton(w[0]);
            List<Integer> candidates = new ArrayList<>();
            for (int g : byInitial.getOrDefault(initial(skeleton), List.of())) {
                if (Names.sameSkeleton(fullSkeletons.get(g), skeleton)) candidates.add(g);
            }
            int join = lonePick(l, candidates, full);
            if (join >= 0) full.get(join).add(l);
            else lone.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(l);
        }
        List<List<Local>> out = new ArrayList<>(full);
        out.addAll(lone.values());
        return out;
    }

    /**
     * The full-name group a lone surname joins, or -1: the only candidate unless an honorific contradicts its first
     * name's gender; among several, the only one that shares an office with it (role heads, {@link
     * RoleReader#roleHead}) and whose gender does not contradict.
     */
    private static int lonePick(Local l, List<Integer> candidates, List<List<Local>> full) {
        Cluster.Gender gender = honorificGender(l.entity());
        List<Integer> fitting = new ArrayList<>();
        for (int g : candidates) {
            Cluster.Gender other = PronounResolver.firstNameGender(full.get(g).get(0).words()[0].toLowerCase(Locale.ROOT));
            boolean contradicts = gender != Cluster.Gender.UNKNOWN && other != null && other != gender;
            if (contradicts) continue;
            if (candidates.size() == 1 || sharesOffice(l.entity(), full.get(g))) fitting.add(g);
        }
        if (fitting.size() == 1) return fitting.get(0);
        // several hold the office: the one written in at least three times as many articles as the others together
        // ("Barack Obama", 303 articles, over "Michelle Obama" or a headline's "Team Obama" a lone "President Obama"
        // once joined within an article)
        int best = -1;
        int others = 0;
        for (int g : fitting) {
            if (best < 0 || articles(full.get(g)) > articles(full.get(best))) best = g;
        }
        for (int g : fitting) if (g != best) others += articles(full.get(g));
        return best >= 0 && others > 0 && articles(full.get(best)) >= 3 * others ? best : -1;
    }

    private static int articles(List<Local> group) {
        return (int) group.stream().map(l -> l.ref().article()).distinct().count();
    }

    private static boolean sharesOffice(LocalEntity lone, List<Local> group) {
        java.util.Set<String> heads = new java.util.HashSet<>();
        for (String r : lone.roles()) heads.add(RoleReader.roleHead(r));
        for (Local member : group) {
            for (String r : member.entity().roles()) if (heads.contains(RoleReader.roleHead(r))) return true;
        }
        return false;
    }

    /** MALE for an alias "Mr. Biden", FEMALE for "Mrs. Biden" or "Ms. Biden", else UNKNOWN. */
    private static Cluster.Gender honorificGender(LocalEntity e) {
        Cluster.Gender g = Cluster.Gender.UNKNOWN;
        for (String alias : e.aliases()) {
            String first = alias.strip().split("\\s+")[0].toLowerCase(Locale.ROOT).replace(".", "");
            Cluster.Gender h = switch (first) {
                case "mr", "sir" -> Cluster.Gender.MALE;
                case "mrs", "ms", "dame" -> Cluster.Gender.FEMALE;
                default -> Cluster.Gender.UNKNOWN;
            };
            if (h == Cluster.Gender.UNKNOWN) continue;
            if (g != Cluster.Gender.UNKNOWN && g != h) return Cluster.Gender.UNKNOWN;
            g = h;
        }
        return g;
    }

    private static char initial(String skeleton) {
        return skeleton.isEmpty() ? '\0' : skeleton.charAt(0);
    }

    /**
     * Groups by lower-cased name; an organisation whose name is new joins the last group opened whose first name is
     * its acronym or expansion ("NATO" / "North Atlantic Treaty Organization"). Candidates for that are looked up by
     * acronym and by initials instead of testing every group.
     */
    private static List<List<Local>> byName(List<Local> locals) {
        // acronyms and expansions written in one article: as one entity's name and alias, or as two entities
        java.util.Set<String> written = new java.util.HashSet<>();
        Map<ArticleId, List<String>> namesByArticle = new HashMap<>();
        for (Local l : locals) {
            List<String> names = namesByArticle.computeIfAbsent(l.ref().article(), k -> new ArrayList<>());
            names.add(l.entity().name());
            names.addAll(l.entity().aliases());
        }
        for (List<String> names : namesByArticle.values()) {
            for (String a : names) {
                for (String b : names) if (a.length() < b.length() && EntityExtractor.acronymOf(a, b)) written.add(pairKey(a, b));
            }
        }
        List<List<Local>> groups = new ArrayList<>();
        Map<String, List<Local>> byKey = new HashMap<>();
        Map<String, List<Integer>> byAcronymKey = new HashMap<>();
        for (Local l : locals) {
            String name = l.entity().name();
            String key = name.toLowerCase(Locale.ROOT).strip();
            List<Local> g = byKey.get(key);
            if (g == null && l.entity().type() == EntityType.ORGANIZATION) {
                int last = -1;
                for (String k : acronymKeys(name)) {
                    for (int i : byAcronymKey.getOrDefault(k, List.of())) {
                        String other = groups.get(i).get(0).entity().name();
                        if (i > last && EntityExtractor.acronymOf(other, name)
                                && (acronymLetters(other, name) > 2 || written.contains(pairKey(other, name)))) {
                            last = i;
                        }
                    }
                }
                if (last >= 0) g = groups.get(last);
            }
            if (g == null) {
                g = new ArrayList<>();
                groups.add(g);
                if (l.entity().type() == EntityType.ORGANIZATION) {
                    for (String k : acronymKeys(name)) byAcronymKey.computeIfAbsent(k, x -> new ArrayList<>()).add(groups.size() - 1);
                }
            }
            byKey.put(key, g);
            g.add(l);
        }
        return groups;
    }

    /** The names of an acronym pair, shorter first, lower case: the same key whichever way round they come. */
    private static String pairKey(String a, String b) {
        String x = a.strip().toLowerCase(Locale.ROOT);
        String y = b.strip().toLowerCase(Locale.ROOT);
        return x.length() <= y.length() ? x + "|" + y : y + "|" + x;
    }

    private static int acronymLetters(String a, String b) {
        return (a.length() <= b.length() ? a : b).replace(".", "").length();
    }

    /**
     * The keys under which {@link EntityExtractor#acronymOf} can pair a name with another: the name as an acronym
     * (dots removed) and the initials of its capitalised words. Two names pair only when one's acronym is the
     * other's initials, so both are indexed under both.
     */
    private static List<String> acronymKeys(String name) {
        String initials = EntityExtractor.initials(name);
        String acronym = name.replace(".", "");
        if (initials.isEmpty() || initials.equals(acronym)) return List.of(acronym);
        return List.of(acronym, initials);
    }

    private static Entity merge(List<Local> group, Map<EntityId, Entity> existing) {
        Map<String, Integer> names = new TreeMap<>();
        TreeSet<String> aliases = new TreeSet<>();
        TreeSet<String> roles = new TreeSet<>();
        for (Local l : group) {
            names.merge(l.entity().name(), 1, Integer::sum);
            aliases.add(l.entity().name());
            aliases.addAll(l.entity().aliases());
            roles.addAll(l.entity().roles());
        }
        String canonical = names.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length >= 2 ? 0 : 1)
                        .thenComparing(e -> -e.getValue())
                        .thenComparing(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .findFirst().map(Map.Entry::getKey).orElseThrow();
        EntityType type = group.get(0).entity().type();
        EntityId id = new EntityId(type.name().toLowerCase(Locale.ROOT) + ":" + Names.slug(canonical));
        Entity before = existing.get(id);
        if (before != null) {
            aliases.addAll(before.aliases());
            roles.addAll(before.roles());
        }
        aliases.remove(canonical);
        return new Entity(Objects.requireNonNull(id), canonical, type, aliases, roles);
    }
}
