package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.parley.extract.entity.EntityResolver;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;

class EntityBlocksTest {
    private static LocalEntity entity(String key, String name, EntityType type) {
        return new LocalEntity(key, name, type, Set.of(), Set.of(), List.of());
    }

    /** Made-up names: spelling variants, lone surnames, acronyms and an ambiguous surname. */
    private static Map<String, List<LocalEntity>> corpus() {
        Map<String, List<LocalEntity>> c = new LinkedHashMap<>();
        c.put("a1", List.of(entity("e0", "Anna Medvedev", EntityType.PERSON), entity("e1", "Global Trade Union", EntityType.ORGANIZATION),
                entity("e2", "Ostrava", EntityType.PLACE)));
        c.put("a2", List.of(entity("e0", "Anna Medvedyev", EntityType.PERSON), entity("e1", "GTU", EntityType.ORGANIZATION),
                entity("e2", "ostrava", EntityType.PLACE), entity("e3", "Karl Brandt", EntityType.PERSON)));
        c.put("a3", List.of(entity("e0", "Medvedev", EntityType.PERSON), entity("e1", "G.T.U.", EntityType.ORGANIZATION),
                entity("e2", "Brandt", EntityType.PERSON), entity("e3", "Olga Brandt", EntityType.PERSON)));
        c.put("a4", List.of(entity("e0", "Zelenskiy", EntityType.PERSON), entity("e1", "Petra Zelensky", EntityType.PERSON),
                entity("e2", "Hewlett-Packard", EntityType.ORGANIZATION), entity("e3", "HP", EntityType.ORGANIZATION)));
        return c;
    }

    @Test
    void resolving_block_by_block_gives_what_resolving_the_whole_corpus_gives() {
        Map<String, List<LocalEntity>> corpus = corpus();
        List<ArticleEntities> all = new ArrayList<>();
        corpus.forEach((id, es) -> all.add(new ArticleEntities(new ArticleId(id), es)));
        Map<String, String> whole = new HashMap<>();
        new EntityResolver().resolve(all).mapping().forEach((ref, id) -> whole.put(ref.article().value() + "/" + ref.key(), id.value()));

        Map<String, Map<String, List<LocalEntity>>> blocks = new HashMap<>();
        corpus.forEach((article, es) -> es.forEach(e -> blocks.computeIfAbsent(EntityBlocks.key(e.type(), e.name()), k -> new LinkedHashMap<>())
                .computeIfAbsent(article, k -> new ArrayList<>()).add(e)));
        Map<String, String> blocked = new HashMap<>();
        for (Map<String, List<LocalEntity>> block : blocks.values()) {
            for (Row r : EntityLinks.links(block)) blocked.put(r.getString(0) + "/" + r.getString(1), r.getString(2));
        }

        assertThat(blocked).isEqualTo(whole);
        assertThat(blocked.get("a1/e0")).isEqualTo(blocked.get("a2/e0"));
        assertThat(blocked.get("a1/e1")).isEqualTo(blocked.get("a2/e1")).isEqualTo(blocked.get("a3/e1"));
        assertThat(blocked.get("a4/e2")).isEqualTo(blocked.get("a4/e3"));
        assertThat(blocked.get("a3/e2")).as("'Brandt' is ambiguous between Karl and Olga").isNotEqualTo(blocked.get("a2/e3"));
    }

    @Test
    void surname_key_ignores_vowels_and_acronym_key_matches_initials() {
        assertThat(EntityBlocks.key(EntityType.PERSON, "Anna Medvedev")).isEqualTo(EntityBlocks.key(EntityType.PERSON, "Medvedyev"));
        assertThat(EntityBlocks.key(EntityType.ORGANIZATION, "North Atlantic Treaty Organization"))
                .isEqualTo(EntityBlocks.key(EntityType.ORGANIZATION, "Nato"));
        assertThat(EntityBlocks.key(EntityType.PLACE, "Kyiv")).isNotEqualTo(EntityBlocks.key(EntityType.GOVERNMENT, "Kyiv"));
    }
}
