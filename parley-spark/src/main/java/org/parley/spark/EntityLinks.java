package org.parley.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.parley.extract.entity.EntityResolver;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;

/**
 * Entity resolution across the corpus, distributed: the local entities are grouped by {@link EntityBlocks} key
 * and each block is resolved by {@link EntityResolver}, the single-machine code, into {@link Schemas#ENTITY_LINK}
 * rows (article, key, entity_id, canonical_name). Nothing is collected to the driver.
 */
public final class EntityLinks {
    private EntityLinks() {
    }

    /** @param entities rows of the entities table: article, key, name, type, roles, aliases */
    public static Dataset<Row> resolve(Dataset<Row> entities) {
        return entities.select("article", "key", "name", "type", "roles", "aliases")
                .groupByKey((MapFunction<Row, String>) r -> EntityBlocks.key(type(r.getString(3)), r.getString(2)),
                        Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (block, rows) -> links(rows),
                        Encoders.row(Schemas.ENTITY_LINK))
                .sortWithinPartitions(col("article"), col("key"));
    }

    /** Resolves the local entities of one block (rows: article, key, name, type, roles, aliases). */
    static Iterator<Row> links(Iterator<Row> rows) {
        Map<String, List<LocalEntity>> byArticle = new LinkedHashMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            LocalEntity e = new LocalEntity(r.getString(1), r.getString(2), type(r.getString(3)),
                    new HashSet<>(r.<String>getList(5)), new HashSet<>(r.<String>getList(4)), List.of());
            byArticle.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(e);
        }
        return links(byArticle).iterator();
    }

    /** Resolves local entities by article id: rows of article, key, entity_id, canonical_name. */
    static List<Row> links(Map<String, List<LocalEntity>> byArticle) {
        List<ArticleEntities> articles = new ArrayList<>();
        byArticle.forEach((id, es) -> articles.add(new ArticleEntities(new ArticleId(id), es)));
        EntityResolver.Resolution resolution = new EntityResolver().resolve(articles);
        Map<EntityId, String> names = new LinkedHashMap<>();
        for (Entity e : resolution.entities()) names.put(e.id(), e.name());
        List<Row> out = new ArrayList<>();
        for (Map.Entry<LocalRef, EntityId> m : resolution.mapping().entrySet()) {
            out.add(RowFactory.create(m.getKey().article().value(), m.getKey().key(), m.getValue().value(),
                    names.get(m.getValue())));
        }
        return out;
    }

    static EntityType type(String label) {
        return EntityType.valueOf(label.toUpperCase(Locale.ROOT));
    }
}
