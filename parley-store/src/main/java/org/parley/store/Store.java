package org.parley.store;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleEntities;
import org.parley.model.ArticleId;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.Invariants;
import org.parley.model.LocalRef;
import org.parley.store.internal.AnnotationRepository;
import org.parley.store.internal.ArticleRepository;
import org.parley.store.internal.AttributionRepository;
import org.parley.store.internal.Db;
import org.parley.store.internal.EntityRepository;
import org.parley.store.internal.EventRepository;
import org.parley.store.internal.Json;
import org.parley.store.internal.Migrations;
import org.parley.store.internal.Sql;
import org.parley.store.internal.StanceRepository;
import org.parley.store.search.SearchIndex;
import org.parley.store.search.SearchLimits;
import org.parley.store.search.SearchQuery;
import org.parley.store.search.SearchResult;

/**
 * Parley's store: articles and everything extracted from them in a database (embedded H2 by default, or
 * PostgreSQL), with a Lucene index kept in step.
 *
 * <p>Each {@link #save} writes one article and its whole analysis in one transaction, so an interrupted run leaves
 * only whole articles. The search index is updated after the commit; it is a cache of the database, rebuilt at
 * {@link #open} when it is missing or behind, and by {@link #rebuildIndex()}.
 *
 * <p>Thread-safe; close it when done. Reads and writes may run from many threads.
 */
public final class Store implements AutoCloseable {
    private static final int SAVE_ATTEMPTS = 5;
    private static final int REBUILD_BATCH = 200;

    private final StoreConfig config;
    private final Db db;
    private final SearchIndex index;
    private final ArticleRepository articles = new ArticleRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final EntityRepository entities = new EntityRepository();
    private final AttributionRepository attributions = new AttributionRepository();
    private final StanceRepository stances = new StanceRepository();
    private final EventRepository events = new EventRepository();
    private final IndexSync sync;
    /** One resolution at a time: each one's partial re-index assumes the index reflected the one before. */
    private final Object resolutionLock = new Object();
    private final StoryStore stories;
    private final Reviews reviews;
    private final Reanalysis reanalysis;
    private final StatusProbe probe;

    private Store(StoreConfig config, Db db, SearchIndex index) {
        this.config = config;
        this.db = db;
        this.index = index;
        this.sync = new IndexSync(index, describe(config.database()), articles, attributions, entities);
        this.stories = new StoryStore(db);
        this.reviews = new Reviews(db, sync);
        this.reanalysis = new Reanalysis(db, sync);
        this.probe = new StatusProbe(db, index, describe(config.database()), config);
    }

    /**
     * Opens (creating or migrating as needed) the database and the index of {@code config}, and rebuilds the
     * index if it does not match the database.
     */
    public static Store open(StoreConfig config) {
        Objects.requireNonNull(config, "config is null");
        StoreConfig.Database database = config.database();
        Db db = switch (database) {
            case StoreConfig.H2File h2 -> new Db(h2.url(), "", "", config.poolSize());
            case StoreConfig.Jdbc jdbc -> new Db(jdbc.url(), jdbc.user(), jdbc.password(), config.poolSize());
        };
        SearchIndex index = null;
        try {
            Migrations.migrate(db);
            index = SearchIndex.open(config.indexDir());
            Store store = new Store(config, db, index);
            store.sync.rebuildIfStale(db);
            return store;
        } catch (IOException e) {
            closeQuietly(index, db);
            throw new StoreException("could not open the search index in " + config.indexDir()
                    + " (is another Parley process using it?)", e);
        } catch (SQLException e) {
            closeQuietly(index, db);
            throw new StoreException("could not open the store at " + describe(database), e);
        } catch (RuntimeException e) {
            closeQuietly(index, db);
            throw e;
        }
    }

    public StoreConfig config() {
        return config;
    }

    /**
     * Stores an article and its analysis in one transaction, then adds it to the search index.
     *
     * @return {@link SaveResult#UNCHANGED} when the article (same {@link ArticleId}) is already stored, also when
     * another thread or process stores it at the same moment; nothing is written then
     * @throws IllegalStateException       when the analysis breaks {@link Invariants} (spans outside the text …)
     * @throws AnalysisRejectedException when a field is over its {@link StoreLimits limit}, or the database refuses
     *                                   the analysis as inconsistent or a value as too large; nothing of the
     *                                   article is kept
     * @throws StoreException             when the database or the index fails
     */
    public SaveResult save(ArticleAnalysis analysis, String analyzerVersion) {
        Objects.requireNonNull(analysis, "analysis is null");
        Objects.requireNonNull(analyzerVersion, "analyzerVersion is null");
        Invariants.check(analysis);
        StoreLimits.check(analysis);
        Article article = analysis.article();
        if (!insert(analysis, analyzerVersion)) return SaveResult.UNCHANGED;
        try {
            sync.articleSaved(db, article.id());
        } catch (SQLException | IOException e) {
            throw new StoreException(("stored article %s (id %s) but could not add it to the search index in %s; "
                    + "searches miss it until the index is rebuilt (it is at the next start)")
                    .formatted(article.name(), article.id(), config.indexDir()), e);
        }
        return SaveResult.STORED;
    }

    /** Writes the article and its analysis in one transaction; false when it is already stored. */
    private boolean insert(ArticleAnalysis analysis, String analyzerVersion) {
        Article article = analysis.article();
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(c -> {
                    if (articles.exists(c, article.id())) return false;
                    // The article row goes first: its primary key is what two racing savers collide on.
                    articles.insert(c, analysis, analyzerVersion, Instant.now().truncatedTo(ChronoUnit.MICROS));
                    annotations.insert(c, analysis.annotated());
                    entities.insertLocal(c, article.id(), analysis.entities());
                    attributions.insert(c, article.id(), analysis.attributions());
                    stances.insert(c, article.id(), analysis.stances());
                    events.insert(c, article.id(), analysis.events());
                    return true;
                });
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e) && contains(article.id())) return false;
                if (Sql.isTransient(e) && attempt < SAVE_ATTEMPTS) continue;
                String what = "could not store article %s (%s, id %s); nothing of it was kept"
                        .formatted(article.name(), article.source(), article.id());
                if (Sql.isIntegrityViolation(e)) {
                    throw new AnalysisRejectedException(what + ". Its analysis is inconsistent: every speaker, holder "
                            + "and event participant key must be the key of one of its local entities, and keys must "
                            + "be unique", e);
                }
                if (Sql.isValueTooLarge(e)) {
                    throw new AnalysisRejectedException(what + ". The database cannot hold one of its values",
                            "shorten the article or its metadata (see \"Limits\" in the README)", e);
                }
                throw new StoreException(what, e);
            }
        }
    }

    /** Whether an article with this id (hash of its clean text) is stored. */
    public boolean contains(ArticleId id) {
        Objects.requireNonNull(id, "id is null");
        return read("look up article " + id, c -> articles.exists(c, id));
    }

    /**
     * Whether the text {@code originalText} was stored from {@code source} (the {@link Article#source()}): lets the
     * CLI skip reading, cleaning and annotating an input it stored before.
     */
    public boolean containsSource(String source, String originalText) {
        Objects.requireNonNull(source, "source is null");
        String hash = contentHash(Objects.requireNonNull(originalText, "originalText is null"));
        return read("look up source " + source, c -> articles.existsSource(c, source, hash));
    }

    /**
     * The text of a stored article, offsets as in the input: what evidence spans point into. Cheaper than
     * {@link #article(ArticleId)} when only a sentence is wanted.
     */
    public Optional<String> text(ArticleId id) {
        Objects.requireNonNull(id, "id is null");
        return read("read the text of " + id, c -> articles.body(c, id));
    }

    /** SHA-256 (hex) of a text exactly as read: what {@link #containsSource} compares. */
    public static String contentHash(String originalText) {
        return ArticleRepository.contentHash(originalText);
    }

    /** Articles in the order they were stored. */
    public Paged<ArticleSummary> articles(Page page) {
        return articles(ArticleQuery.all(), page);
    }

    /** Articles of an outlet or a date range, in the order they were stored. */
    public Paged<ArticleSummary> articles(ArticleQuery query, Page page) {
        Objects.requireNonNull(query, "query is null");
        Objects.requireNonNull(page, "page is null");
        return Paged.of(read("list articles", c -> articles.summaries(c, query, page)), page.limit(),
                s -> Long.toString(s.seq()));
    }

    public Optional<ArticleSummary> summary(ArticleId id) {
        return read("read article " + id, c -> articles.summary(c, id));
    }

    /** One article with its removals, metadata and analysis (without tokens). */
    public Optional<StoredArticle> article(ArticleId id) {
        Objects.requireNonNull(id, "id is null");
        return read("read article " + id, c -> {
            Optional<ArticleRepository.Row> row = articles.load(c, id);
            if (row.isEmpty()) return Optional.empty();
            ArticleRepository.Row r = row.get();
            return Optional.of(new StoredArticle(r.article(), r.seq(), r.date(), annotations.sentences(c, id),
                    annotations.mentions(c, id), annotations.times(c, id), entities.localEntities(c, id),
                    // as corrected by review, without what it rejected, like every listing
                    attributions.ofArticle(c, id).stream().filter(a -> a.review().filter(Review::rejected).isEmpty())
                            .map(StoredAttribution::attribution).toList(),
                    stances.ofArticle(c, id).stream().filter(s -> s.review().filter(Review::rejected).isEmpty())
                            .map(StoredStance::stance).toList(),
                    events.ofArticle(c, id).stream().map(StoredEvent::event).toList(),
                    Json.problems(r.warningsJson()), r.annotator(), r.analyzerVersion(),
                    r.storedAt(), r.structure()));
        });
    }

    /** Quotes and reported speech, oldest stored first, with the resolved speaker's canonical name. */
    public Paged<StoredAttribution> attributions(AttributionQuery query, Page page) {
        Objects.requireNonNull(query, "query is null");
        return Paged.of(read("list attributions", c -> attributions.list(c, query, page)), page.limit(),
                a -> Long.toString(a.id()));
    }

    public Optional<StoredAttribution> attribution(long id) {
        return read("read attribution " + id, c -> attributions.byId(c, id));
    }

    /** Stances in {@link StanceQuery#order()}, with the resolved holder's canonical name. */
    public Paged<StoredStance> stances(StanceQuery query, Page page) {
        Objects.requireNonNull(query, "query is null");
        return Paged.of(read("list stances", c -> stances.list(c, query, page)), page.limit(),
                query.order() == Order.CHRONOLOGICAL ? StanceRepository::dateCursor : s -> Long.toString(s.id()));
    }

    public Optional<StoredStance> stance(long id) {
        return read("read stance " + id, c -> stances.byId(c, id));
    }

    /** Events in {@link EventQuery#order()}, with the resolved participants. */
    public Paged<StoredEvent> events(EventQuery query, Page page) {
        Objects.requireNonNull(query, "query is null");
        return Paged.of(read("list events", c -> events.list(c, query, page)), page.limit(),
                query.order() == Order.CHRONOLOGICAL ? EventRepository::dateCursor : e -> Long.toString(e.id()));
    }

    public Optional<StoredEvent> event(long id) {
        return read("read event " + id, c -> events.byId(c, id));
    }

    /** Global entities in id order, with their mention and article counts. */
    public Paged<EntitySummary> entities(EntityQuery query, Page page) {
        Objects.requireNonNull(query, "query is null");
        return Paged.of(read("list entities", c -> entities.list(c, query, page)), page.limit(),
                e -> e.entity().id().value());
    }

    public Optional<EntitySummary> entity(EntityId id) {
        Objects.requireNonNull(id, "id is null");
        return read("read entity " + id, c -> entities.find(c, id));
    }

    public StoreCounts counts() {
        return read("count", c -> {
            long[] n = new long[7];
            String[] tables = {"article", "attribution", "stance", "event", "local_entity", "entity_mention", "entity"};
            for (int i = 0; i < tables.length; i++) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                    rs.next();
                    n[i] = rs.getLong(1);
                }
            }
            return new StoreCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        });
    }

    /** Every article's local entities, articles in storage order: the input of cross-article resolution. */
    public List<ArticleEntities> localEntities() {
        return read("read local entities", entities::allLocalEntities);
    }

    /**
     * Replaces the global entities and the links of local entities to them, in one transaction, and re-indexes the
     * attributions so searches by speaker use the new names.
     *
     * @param links    local entity (article and key) to the global entity it is; local entities not in it stay unlinked
     * @param entities every global entity; each link must point at one of them
     * @throws IllegalArgumentException when a link points at an entity not given
     * @throws StoreException           when a link names a local entity the store does not hold
     */
    public void replaceEntityResolution(Map<LocalRef, EntityId> links, Collection<Entity> entities) {
        Objects.requireNonNull(links, "links is null");
        Objects.requireNonNull(entities, "entities is null");
        Set<EntityId> ids = new HashSet<>();
        for (Entity e : entities) {
            if (!ids.add(e.id())) throw new IllegalArgumentException("entity " + e.id() + " (" + e.name() + ") is given twice");
        }
        List<String> dangling = new ArrayList<>();
        links.forEach((ref, id) -> {
            if (!ids.contains(id)) dangling.add(ref.article() + "/" + ref.key() + " -> " + id);
        });
        if (!dangling.isEmpty()) {
            throw new IllegalArgumentException(dangling.size() + " link(s) point at entities not given: "
                    + String.join(", ", dangling.subList(0, Math.min(5, dangling.size()))));
        }
        synchronized (resolutionLock) {
            Set<ArticleId> affected;
            try {
                affected = db.inTransaction(c -> this.entities.replaceResolution(c, links, entities));
            } catch (SQLException e) {
                throw new StoreException("could not replace the entity resolution (" + entities.size() + " entities, "
                        + links.size() + " links); the previous one is kept. A link may name a local entity that is not stored", e);
            }
            try {
                sync.resolutionChanged(db, affected, REBUILD_BATCH);
            } catch (IOException e) {
                throw new StoreException("could not update the search index in " + config.indexDir()
                        + " after the entity resolution changed; it is rebuilt when the store is next opened", e);
            } catch (SQLException e) {
                throw new StoreException("could not read the store to update the search index; it is rebuilt when the "
                        + "store is next opened", e);
            }
        }
    }

    /** Extracting stored articles again from their stored annotations (stored since schema version 8). */
    public Reanalysis reanalysis() {
        return reanalysis;
    }

    /** Review and correction of stances and quotes: what every listing of them applies. */
    public Reviews reviews() {
        return reviews;
    }

    /** Signatures, stories and story links: what is kept of articles across outlets. */
    public StoryStore stories() {
        return stories;
    }

    /** Full-text search over articles and attributions, with no limit on its syntax or time. */
    public SearchResult search(SearchQuery query, Page page) {
        return search(query, page, SearchLimits.NONE);
    }

    /**
     * Full-text search over articles and attributions within {@code limits}.
     *
     * @throws org.parley.store.search.SearchCostException when the query costs more than the limits allow
     */
    public SearchResult search(SearchQuery query, Page page, SearchLimits limits) {
        Objects.requireNonNull(query, "query is null");
        Objects.requireNonNull(page, "page is null");
        Objects.requireNonNull(limits, "limits is null");
        try {
            return index.search(query, page, limits);
        } catch (IOException e) {
            throw new StoreException("could not search the index in " + config.indexDir(), e);
        }
    }

    /**
     * The articles the search index could not hold whole since the store opened, one line each (say, one stored
     * by an older Parley with an outlet name over Lucene's term limit): the store opens and works, and searches
     * may miss them.
     */
    public List<String> indexRefusals() {
        return index.refusals();
    }

    /**
     * Asks the database a query and the index for a searcher, now: what a health check reports. Never throws, and
     * answers within about {@code timeout} even when the database hangs; says what failed instead.
     */
    public StoreStatus status(java.time.Duration timeout) {
        return probe.status(timeout);
    }

    /** Rebuilds the search index from the database. */
    public void rebuildIndex() {
        try {
            sync.rebuild(db, REBUILD_BATCH);
        } catch (IOException e) {
            throw new StoreException("could not rebuild the search index in " + config.indexDir()
                    + "; close and reopen the store to try again", e);
        } catch (SQLException e) {
            throw new StoreException("could not read the store to rebuild the search index; close and reopen the "
                    + "store to try again", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(index, db);
    }

    private <T> T read(String what, Db.Work<T> work) {
        try {
            return db.read(work);
        } catch (SQLException e) {
            throw new StoreException("could not " + what, e);
        }
    }

    private static String describe(StoreConfig.Database database) {
        return switch (database) {
            case StoreConfig.H2File h2 -> h2.file().toAbsolutePath() + ".mv.db";
            case StoreConfig.Jdbc jdbc -> jdbc.toString();
        };
    }

    private static void closeQuietly(SearchIndex index, Db db) {
        try {
            if (index != null) index.close();
        } catch (IOException e) {
            throw new StoreException("could not close the search index", e);
        } finally {
            db.close();
        }
    }
}
