package org.parley.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.ArticleId;
import org.parley.model.Speaker;
import org.parley.store.internal.ArticleRepository;
import org.parley.store.internal.AttributionRepository;
import org.parley.store.internal.Db;
import org.parley.store.internal.EntityRepository;
import org.parley.store.search.IndexedArticle;
import org.parley.store.search.IndexedAttribution;
import org.parley.store.search.SearchIndex;

/** Feeds the search index from the database: one article after its save commits, or everything in a rebuild. */
final class IndexSync {
    private final SearchIndex index;
    private final ArticleRepository articles;
    private final AttributionRepository attributions;
    private final EntityRepository entities;

    /** Names the database in the index, so an index directory reused for another database is rebuilt. */
    private final String database;

    IndexSync(SearchIndex index, String database, ArticleRepository articles, AttributionRepository attributions,
              EntityRepository entities) {
        this.index = index;
        this.database = database;
        this.articles = articles;
        this.attributions = attributions;
        this.entities = entities;
    }

    /** Indexes an article as committed: read back, so the index holds exactly what the database holds. */
    void articleSaved(Db db, ArticleId id) throws SQLException, IOException {
        Docs docs = db.read(c -> {
            ArticleRepository.IndexRow row = articles.indexRow(c, id).orElse(null);
            return row == null ? null : docs(row, attributions.ofArticle(c, id));
        });
        if (docs != null) index.add(docs.article, docs.attributions);
    }

    /**
     * Brings the index in step with a new entity resolution: re-indexes the {@code affected} articles (their
     * attributions carry speaker names and ids) when the index reflected the resolution before this one, else, or
     * when more than a quarter of the articles changed, rebuilds it all.
     */
    void resolutionChanged(Db db, Set<ArticleId> affected, int batch) throws SQLException, IOException {
        long[] state = db.read(c -> new long[] {articles.count(c), entities.resolutionGeneration(c)});
        if (!index.isCurrent(database, state[0], state[1] - 1) || affected.size() > Math.max(100, state[0] / 4)) {
            rebuild(db, batch);
            return;
        }
        for (ArticleId id : affected) articleSaved(db, id);
        index.markResolution(database, state[1]);
    }

    void rebuildIfStale(Db db) throws SQLException, IOException {
        long[] state = db.read(c -> new long[] {articles.count(c), entities.resolutionGeneration(c)});
        if (!index.isCurrent(database, state[0], state[1])) rebuild(db, 200);
    }

    void rebuild(Db db, int batch) throws SQLException, IOException {
        long generation = db.read(entities::resolutionGeneration);
        try {
            index.rebuild(feed -> {
                long after = Long.MIN_VALUE;
                while (true) {
                    long from = after;
                    List<Docs> page;
                    try {
                        page = db.read(c -> {
                            List<Docs> out = new ArrayList<>();
                            for (ArticleRepository.IndexRow row : articles.indexRows(c, from, batch)) {
                                out.add(docs(row, attributions.ofArticle(c, row.id())));
                            }
                            return out;
                        });
                    } catch (SQLException e) {
                        throw new WrappedSql(e);
                    }
                    if (page.isEmpty()) return;
                    for (Docs d : page) feed.article(d.article, d.attributions);
                    after = page.getLast().seq;
                }
            }, database, generation);
        } catch (WrappedSql e) {
            throw e.sql;
        }
    }

    private record Docs(long seq, IndexedArticle article, List<IndexedAttribution> attributions) {
    }

    private static Docs docs(ArticleRepository.IndexRow row, List<StoredAttribution> stored) {
        IndexedArticle article = new IndexedArticle(row.id(), row.title(), row.outlet(), row.date(), row.text());
        List<IndexedAttribution> out = new ArrayList<>();
        for (StoredAttribution a : stored) {
            // Searches find quotes as review left them: rejected ones not at all, corrected ones by their new speaker.
            if (a.review().filter(Review::rejected).isPresent()) continue;
            List<String> names = new ArrayList<>();
            if (a.attribution().speaker() instanceof Speaker.Known k) {
                names.add(k.name());
                if (!k.surface().equals(k.name())) names.add(k.surface());
            }
            a.speaker().ifPresent(e -> names.add(e.name()));
            out.add(new IndexedAttribution(a.id(), row.id(), row.outlet(), row.date(), a.attribution().text(), names,
                    a.speaker().map(EntityRef::id)));
        }
        return new Docs(row.seq(), article, out);
    }

    private static final class WrappedSql extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException sql;

        WrappedSql(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
