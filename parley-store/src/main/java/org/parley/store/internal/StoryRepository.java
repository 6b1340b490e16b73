package org.parley.store.internal;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;
import org.parley.model.LocalRef;
import org.parley.store.ArticleRef;
import org.parley.store.ArticleText;
import org.parley.store.EntityRef;
import org.parley.store.StoredStory;
import org.parley.store.StoryLink;
import org.parley.store.StoryRecord;

/** MinHash signatures, stories and the story of each article (tables of V2__stories.sql). */
public final class StoryRepository {
    private static final int TEXT_BATCH = 200;

    /** Every article's text in storage order, read {@value #TEXT_BATCH} at a time so memory stays flat. */
    public void texts(Connection c, Consumer<ArticleText> action) throws SQLException {
        String sql = "SELECT id, seq, name, outlet, title, date_value, body FROM article WHERE seq > ? ORDER BY seq LIMIT ?";
        long after = Long.MIN_VALUE;
        while (true) {
            List<ArticleText> batch = new ArrayList<>(TEXT_BATCH);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, after);
                ps.setInt(2, TEXT_BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        batch.add(new ArticleText(new ArticleId(rs.getString("id")), rs.getLong("seq"), rs.getString("name"),
                                rs.getString("outlet"), rs.getString("title"), Sql.date(rs, "date_value"), rs.getString("body")));
                    }
                }
            }
            batch.forEach(action);
            if (batch.size() < TEXT_BATCH) return;
            after = batch.get(batch.size() - 1).seq();
        }
    }

    public Map<ArticleId, int[]> signatures(Connection c, String scheme) throws SQLException {
        Map<ArticleId, int[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, signature FROM minhash_signature WHERE scheme = ?")) {
            Sql.setText(ps, 1, scheme);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(new ArticleId(rs.getString(1)), ints(Base64.getDecoder().decode(rs.getString(2))));
            }
        }
        return out;
    }

    /** Replaces the signatures of the given articles. */
    public void saveSignatures(Connection c, String scheme, Map<ArticleId, int[]> signatures) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM minhash_signature WHERE article_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO minhash_signature (article_id, scheme, signature) VALUES (?, ?, ?)")) {
            for (Map.Entry<ArticleId, int[]> e : signatures.entrySet()) {
                Sql.setText(del, 1, e.getKey().value());
                del.addBatch();
                Sql.setText(ins, 1, e.getKey().value());
                Sql.setText(ins, 2, scheme);
                Sql.setText(ins, 3, Base64.getEncoder().encodeToString(bytes(e.getValue())));
                ins.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
        }
    }

    public List<StoryLink> links(Connection c) throws SQLException {
        List<StoryLink> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id, ord, opened, score FROM article_story ORDER BY ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoryLink(new ArticleId(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getBoolean(4), rs.getDouble(5)));
            }
        }
        return out;
    }

    /** Inserts or updates the stories, then inserts the links; an article already linked fails the insert. */
    public void save(Connection c, Collection<StoryRecord> stories, Collection<StoryLink> links) throws SQLException {
        try (PreparedStatement upd = c.prepareStatement("UPDATE story SET label = ?, first_date = ?, last_date = ? WHERE id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO story (id, label, first_date, last_date, first_article) VALUES (?, ?, ?, ?, ?)")) {
            for (StoryRecord s : stories) {
                Sql.setText(upd, 1, s.label());
                Sql.setDate(upd, 2, s.first());
                Sql.setDate(upd, 3, s.last());
                Sql.setText(upd, 4, s.id());
                if (upd.executeUpdate() > 0) continue;
                Sql.setText(ins, 1, s.id());
                Sql.setText(ins, 2, s.label());
                Sql.setDate(ins, 3, s.first());
                Sql.setDate(ins, 4, s.last());
                Sql.setText(ins, 5, s.firstArticle().value());
                ins.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_story (article_id, story_id, ord, opened, score) VALUES (?, ?, ?, ?, ?)")) {
            for (StoryLink l : links) {
                Sql.setText(ps, 1, l.article().value());
                Sql.setText(ps, 2, l.story());
                ps.setLong(3, l.ord());
                ps.setBoolean(4, l.opened());
                ps.setDouble(5, l.score());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every story, in the order of its first article, with its articles, people and issues. */
    public List<StoredStory> stories(Connection c) throws SQLException {
        Map<String, StoryRecord> records = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.label, s.first_date, s.last_date, s.first_article "
                + "FROM story s JOIN article_story l ON l.article_id = s.first_article ORDER BY l.ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                records.put(rs.getString(1), new StoryRecord(rs.getString(1), rs.getString(2), Sql.date(rs, "first_date"),
                        Sql.date(rs, "last_date"), new ArticleId(rs.getString(5))));
            }
        }
        Map<String, List<ArticleRef>> articles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.story_id, a.id, a.name, a.outlet, a.title, a.date_value "
                + "FROM article_story l JOIN article a ON a.id = l.article_id ORDER BY l.ord");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                articles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ArticleRef(new ArticleId(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), Sql.date(rs, "date_value")));
            }
        }
        Map<String, List<StoredStory.Count>> people = counts(c, "SELECT l.story_id, e.name, COUNT(*) AS n FROM article_story l "
                + "JOIN entity_link k ON k.article_id = l.article_id JOIN entity e ON e.id = k.entity_id "
                + "JOIN entity_mention m ON m.article_id = k.article_id AND m.entity_key = k.entity_key "
                + "WHERE e.entity_type = 'PERSON' GROUP BY l.story_id, e.id, e.name ORDER BY l.story_id, n DESC, e.name");
        Map<String, List<StoredStory.Count>> issues = counts(c, "SELECT l.story_id, s.issue, COUNT(*) AS n FROM article_story l "
                + "JOIN stance s ON s.article_id = l.article_id GROUP BY l.story_id, s.issue ORDER BY l.story_id, n DESC, s.issue");
        List<StoredStory> out = new ArrayList<>(records.size());
        for (StoryRecord r : records.values()) {
            out.add(new StoredStory(r, articles.getOrDefault(r.id(), List.of()), people.getOrDefault(r.id(), List.of()),
                    issues.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    private static Map<String, List<StoredStory.Count>> counts(Connection c, String sql) throws SQLException {
        Map<String, List<StoredStory.Count>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoredStory.Count(rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }

    /** Every local entity resolution linked to a global entity, with that entity's canonical name. */
    public Map<LocalRef, EntityRef> entityLinks(Connection c) throws SQLException {
        Map<LocalRef, EntityRef> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.article_id, k.entity_key, e.id, e.name FROM entity_link k "
                + "JOIN entity e ON e.id = k.entity_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(new LocalRef(new ArticleId(rs.getString(1)), rs.getString(2)),
                        new EntityRef(new EntityId(rs.getString(3)), rs.getString(4)));
            }
        }
        return out;
    }

    static byte[] bytes(int[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Integer.BYTES);
        for (int v : values) b.putInt(v);
        return b.array();
    }

    static int[] ints(byte[] bytes) {
        if (bytes.length % Integer.BYTES != 0) {
            throw new IllegalStateException("a stored signature has " + bytes.length + " bytes, not a whole number of 32-bit values");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / Integer.BYTES];
        for (int i = 0; i < out.length; i++) out[i] = b.getInt();
        return out;
    }
}
