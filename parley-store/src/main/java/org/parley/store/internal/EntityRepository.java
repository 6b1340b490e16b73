package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.EntityMention;
import org.parley.model.EntityType;
import org.parley.model.LocalEntity;
import org.parley.model.LocalRef;
import org.parley.model.MentionKind;
import org.parley.store.EntityQuery;
import org.parley.store.EntityRef;
import org.parley.store.EntitySummary;
import org.parley.store.Page;

/** Local entities of each article with their mentions, and the global entities resolution links them to. */
public final class EntityRepository {

    public void insertLocal(Connection c, ArticleId article, List<LocalEntity> entities) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO local_entity (article_id, entity_key, ord, name, "
                + "entity_type, aliases_json, roles_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (LocalEntity e : entities) {
                Sql.setText(ps, 1, article.value());
                Sql.setText(ps, 2, e.key());
                ps.setInt(3, ord++);
                Sql.setText(ps, 4, e.name());
                Sql.setText(ps, 5, e.type().name());
                Sql.setText(ps, 6, Json.write(e.aliases()));
                Sql.setText(ps, 7, Json.write(e.roles()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity_mention (article_id, entity_key, ord, span_start, "
                + "span_end, surface, mention_kind, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LocalEntity e : entities) {
                int ord = 0;
                for (EntityMention m : e.mentions()) {
                    Sql.setText(ps, 1, article.value());
                    Sql.setText(ps, 2, e.key());
                    ps.setInt(3, ord++);
                    ps.setInt(4, m.span().start());
                    ps.setInt(5, m.span().end());
                    Sql.setText(ps, 6, m.surface());
                    Sql.setText(ps, 7, m.kind().name());
                    ps.setInt(8, m.sentence());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    public List<LocalEntity> localEntities(Connection c, ArticleId article) throws SQLException {
        List<ArticleEntities> found = load(c, Optional.of(article));
        return found.isEmpty() ? List.of() : found.getFirst().entities();
    }

    /** Every article's local entities, articles in storage order. */
    public List<ArticleEntities> allLocalEntities(Connection c) throws SQLException {
        return load(c, Optional.empty());
    }

    private List<ArticleEntities> load(Connection c, Optional<ArticleId> article) throws SQLException {
        String mentionFilter = article.isPresent() ? " WHERE m.article_id = ?" : "";
        String entityFilter = article.isPresent() ? " WHERE e.article_id = ?" : "";
        Map<String, List<EntityMention>> mentions = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.* FROM entity_mention m" + mentionFilter
                + " ORDER BY m.article_id, m.entity_key, m.ord")) {
            if (article.isPresent()) Sql.setText(ps, 1, article.get().value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mentions.computeIfAbsent(rs.getString("article_id") + "\u0000" + rs.getString("entity_key"), k -> new ArrayList<>())
                            .add(new EntityMention(Sql.span(rs, "span"), rs.getString("surface"),
                                    MentionKind.valueOf(rs.getString("mention_kind")), rs.getInt("sentence")));
                }
            }
        }
        Map<String, List<LocalEntity>> byArticle = new LinkedHashMap<>();
        String sql = "SELECT e.* FROM local_entity e JOIN article a ON a.id = e.article_id"
                + entityFilter + " ORDER BY a.seq, e.ord";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (article.isPresent()) Sql.setText(ps, 1, article.get().value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("article_id");
                    String key = rs.getString("entity_key");
                    byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(new LocalEntity(key, rs.getString("name"),
                            EntityType.valueOf(rs.getString("entity_type")), Json.stringSet(rs.getString("aliases_json")),
                            Json.stringSet(rs.getString("roles_json")), mentions.getOrDefault(id + "\u0000" + key, List.of())));
                }
            }
        }
        List<ArticleEntities> out = new ArrayList<>();
        byArticle.forEach((id, list) -> out.add(new ArticleEntities(new ArticleId(id), list)));
        return out;
    }

    /**
     * Makes the stored resolution equal to {@code entities} and {@code links}, writing only what differs from the
     * stored one (a new article changes a few links and names; rewriting every row made each ingest cost the whole
     * store), and bumps the resolution generation. Returns the articles whose attributions now index differently:
     * those with a link added, changed or removed, or linked to an entity whose canonical name changed. The caller
     * runs it in one transaction.
     */
    public Set<ArticleId> replaceResolution(Connection c, Map<LocalRef, EntityId> links, Collection<Entity> entities) throws SQLException {
        Map<String, String[]> before = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name, entity_type, aliases_json, roles_json FROM entity")) {
            while (rs.next()) {
                before.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        Map<LocalRef, String> linked = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_id, entity_key, entity_id FROM entity_link")) {
            while (rs.next()) linked.put(new LocalRef(new ArticleId(rs.getString(1)), rs.getString(2)), rs.getString(3));
        }
        Set<String> renamed = new HashSet<>();
        Set<String> kept = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO entity (id, name, entity_type, aliases_json, roles_json) "
                + "VALUES (?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE entity SET name = ?, entity_type = ?, aliases_json = ?, "
                     + "roles_json = ? WHERE id = ?");
             PreparedStatement dropNames = c.prepareStatement("DELETE FROM entity_name WHERE entity_id = ?");
             PreparedStatement names = c.prepareStatement("INSERT INTO entity_name (entity_id, name_lower) VALUES (?, ?)")) {
            for (Entity e : entities) {
                String id = e.id().value();
                kept.add(id);
                String[] row = {e.name(), e.type().name(), Json.write(e.aliases()), Json.write(e.roles())};
                String[] old = before.get(id);
                if (old != null && Arrays.equals(old, row)) continue;
                if (old == null) {
                    Sql.setText(insert, 1, id);
                    for (int i = 0; i < row.length; i++) Sql.setText(insert, i + 2, row[i]);
                    insert.addBatch();
                } else {
                    if (!old[0].equals(row[0])) renamed.add(id);
                    for (int i = 0; i < row.length; i++) Sql.setText(update, i + 1, row[i]);
                    Sql.setText(update, 5, id);
                    update.addBatch();
                    Sql.setText(dropNames, 1, id);
                    dropNames.addBatch();
                }
                Set<String> lower = new HashSet<>();
                lower.add(e.name().toLowerCase(Locale.ROOT));
                for (String alias : e.aliases()) lower.add(alias.toLowerCase(Locale.ROOT));
                for (String name : lower) {
                    Sql.setText(names, 1, id);
                    Sql.setText(names, 2, name);
                    names.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
            dropNames.executeBatch();
            names.executeBatch();
        }
        Set<ArticleId> affected = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO entity_link (article_id, entity_key, entity_id) VALUES (?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE entity_link SET entity_id = ? WHERE article_id = ? AND entity_key = ?");
             PreparedStatement delete = c.prepareStatement("DELETE FROM entity_link WHERE article_id = ? AND entity_key = ?")) {
            for (Map.Entry<LocalRef, EntityId> link : links.entrySet()) {
                LocalRef ref = link.getKey();
                String id = link.getValue().value();
                String old = linked.remove(ref);
                if (id.equals(old)) {
                    if (renamed.contains(id)) affected.add(ref.article());
                    continue;
                }
                PreparedStatement ps = old == null ? insert : update;
                if (old == null) {
                    Sql.setText(ps, 1, ref.article().value());
                    Sql.setText(ps, 2, ref.key());
                    Sql.setText(ps, 3, id);
                } else {
                    Sql.setText(ps, 1, id);
                    Sql.setText(ps, 2, ref.article().value());
                    Sql.setText(ps, 3, ref.key());
                }
                ps.addBatch();
                affected.add(ref.article());
            }
            for (LocalRef gone : linked.keySet()) {
                Sql.setText(delete, 1, gone.article().value());
                Sql.setText(delete, 2, gone.key());
                delete.addBatch();
                affected.add(gone.article());
            }
            insert.executeBatch();
            update.executeBatch();
            delete.executeBatch();
        }
        try (PreparedStatement dropNames = c.prepareStatement("DELETE FROM entity_name WHERE entity_id = ?");
             PreparedStatement drop = c.prepareStatement("DELETE FROM entity WHERE id = ?")) {
            for (String id : before.keySet()) {
                if (kept.contains(id)) continue;
                Sql.setText(dropNames, 1, id);
                dropNames.addBatch();
                Sql.setText(drop, 1, id);
                drop.addBatch();
            }
            dropNames.executeBatch();
            drop.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE store_meta SET meta_value = ? WHERE meta_key = 'resolution_generation'")) {
            Sql.setText(ps, 1, Long.toString(resolutionGeneration(c) + 1));
            ps.executeUpdate();
        }
        return affected;
    }

    /** Bumped by every {@link #replaceResolution}: tells the search index whether its speaker names are current. */
    public long resolutionGeneration(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT meta_value FROM store_meta WHERE meta_key = 'resolution_generation'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
    }

    private static final String SUMMARY_SQL = "SELECT e.id, e.name, e.entity_type, e.aliases_json, e.roles_json, "
            + "(SELECT COUNT(*) FROM entity_link l JOIN entity_mention m ON m.article_id = l.article_id "
            + "AND m.entity_key = l.entity_key WHERE l.entity_id = e.id) AS mention_total, "
            + "(SELECT COUNT(DISTINCT l.article_id) FROM entity_link l WHERE l.entity_id = e.id) AS article_total FROM entity e";

    public List<EntitySummary> list(Connection c, EntityQuery q, Page page) throws SQLException {
        Where where = new Where();
        page.cursor().ifPresent(cursor -> where.and("e.id > ?", cursor));
        q.type().ifPresent(t -> where.and("e.entity_type = ?", t.name()));
        q.nameContains().ifPresent(s -> where.and("EXISTS (SELECT 1 FROM entity_name n WHERE n.entity_id = e.id "
                + "AND n.name_lower LIKE ?" + Sql.LIKE_ESCAPE + ")", Sql.containsPattern(s)));
        try (PreparedStatement ps = c.prepareStatement(SUMMARY_SQL + where.sql() + " ORDER BY e.id LIMIT ?")) {
            ps.setInt(where.bind(ps), page.limit() + 1);
            List<EntitySummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(summary(rs));
            }
            return out;
        }
    }

    public Optional<EntitySummary> find(Connection c, EntityId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SUMMARY_SQL + " WHERE e.id = ?")) {
            Sql.setText(ps, 1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
            }
        }
    }

    /** Global entity of each linked local key of one article. */
    public Map<String, EntityRef> links(Connection c, ArticleId article) throws SQLException {
        Map<String, EntityRef> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.entity_key, e.id, e.name FROM entity_link l "
                + "JOIN entity e ON e.id = l.entity_id WHERE l.article_id = ?")) {
            Sql.setText(ps, 1, article.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new EntityRef(new EntityId(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static EntitySummary summary(ResultSet rs) throws SQLException {
        Entity e = new Entity(new EntityId(rs.getString("id")), rs.getString("name"),
                EntityType.valueOf(rs.getString("entity_type")), Json.stringSet(rs.getString("aliases_json")),
                Json.stringSet(rs.getString("roles_json")));
        return new EntitySummary(e, rs.getInt("mention_total"), rs.getInt("article_total"));
    }
}
