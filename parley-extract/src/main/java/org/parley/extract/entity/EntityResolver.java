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
 *   <li>a person known only by one name joins the unique full-name person with that surname; when several
 *       full names share it, it stays apart (ambiguous: never a guess);</li>
 *   <li>organisations join by name or acronym ("NATO" / "North Atlantic Treaty Organization"); governments
 *       and places by name;</li>
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
        Map<EntityId, Entity> entities = new TreeMap<>(Comparator.comparing(EntityId::value));
        Map<LocalRef, EntityId> mapping = new HashMap<>();
        for (List<Local> group : groups) {
            Entity e = merge(group, entities);
            entities.put(e.id(), e);
            for (Local l : group) mapping.put(l.ref(), e.id());
        }
        return new Resolution(new ArrayList<>(entities.values()), mapping);
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

    private static List<List<Local>> byName(List<Local> locals) {
        List<List<Local>> groups = new ArrayList<>();
        Map<String, List<Local>> byKey = new HashMap<>();
        for (Local l : locals) {
            String key = l.entity().name().toLowerCase(Locale.ROOT).strip();
            List<Local> g = byKey.get(key);
            if (g == null && l.entity().type() == EntityType.ORGANIZATION) {
                for (List<Local> o : groups) {
                    if (EntityExtractor.acronymOf(o.get(0).entity().name(), l.entity().name())) g = o;
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
