/**
 * Internal: one reader per input format behind {@link org.parley.ingest.format.FormatReader}, with the sniffer,
 * the charset detector and the article builder they share. Not API: callers use
 * {@link org.parley.ingest.ArticleReader}; classes here are public only so that package can reach them.
 */
package org.parley.ingest.format;
