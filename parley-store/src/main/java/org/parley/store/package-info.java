/**
 * Parley's store: articles and their analyses in a database, and a Lucene index over them.
 *
 * <p>How the CLI uses it:
 * <pre>{@code
 * try (Store store = Store.open(StoreConfig.parse(storeOption, indexDirOrNull))) {   // or StoreConfig.defaults()
 *     if (store.containsSource(article.source(), article.originalText()) || store.contains(article.id())) continue;
 *     ArticleAnalysis analysis = ...;                       // annotate + extract
 *     switch (store.save(analysis, analyzerVersion)) { case STORED -> ...; case UNCHANGED -> ...; }
 *     // AnalysisRejectedException: that analysis is inconsistent; report it as a Problem and go on.
 *     // StoreException otherwise: the database or index failed; stop.
 * }
 * // After a batch: resolve entities across articles and hand the result back.
 * List<ArticleEntities> local = store.localEntities();
 * store.replaceEntityResolution(resolver.links(local), resolver.entities());
 * }</pre>
 *
 * <p>Reading: {@link org.parley.store.Store#articles}, {@link org.parley.store.Store#article},
 * {@link org.parley.store.Store#attributions}, {@link org.parley.store.Store#stances},
 * {@link org.parley.store.Store#events}, {@link org.parley.store.Store#entities} and
 * {@link org.parley.store.Store#search} page with {@link org.parley.store.Page} and return
 * {@link org.parley.store.Paged} (or {@link org.parley.store.search.SearchResult}) whose {@code next()} cursor
 * reads on.
 *
 * <p>The schema lives in {@code db/migration} (Flyway) and is the same on H2 and PostgreSQL; the golden file
 * {@code src/test/resources/golden/schema.txt} pins it.
 */
package org.parley.store;
