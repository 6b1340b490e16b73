/**
 * The Lucene index: English analysis, article and attribution documents, phrase queries, snippets with marked
 * matches (offsets, never markup), and filters by speaker, outlet and date. {@link org.parley.store.Store} keeps it
 * in step with the database; use it through {@link org.parley.store.Store#search}.
 */
package org.parley.store.search;
