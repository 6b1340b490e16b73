/**
 * Reading and cleaning news articles.
 *
 * <pre>{@code
 * ArticleReader reader = new ArticleReader(IngestConfig.defaults().withCharset(Charset.forName("windows-1252")));
 * try (Stream<Outcome<Article>> outcomes = reader.read(Path.of("news/"))) {
 *     outcomes.forEach(o -> {
 *         switch (o) {
 *             case Outcome.Done<Article> d -> store(d.value());          // d.warnings(): problems that did not stop it
 *             case Outcome.Failed<Article> f -> report(f.problem());    // "news/a.txt [read]: not valid UTF-8 at byte 1874. ..."
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>{@link org.parley.ingest.ArticleReader} picks the format by extension (else by content) and streams
 * containers record by record; {@link org.parley.ingest.Cleaner} blanks scraper residue so that
 * {@code article.text()} keeps the length of {@code article.originalText()}. Consume the stream with
 * {@code forEach} or {@code iterator()}; wrapping several reads in {@code flatMap} is fine with {@code forEach}, but
 * {@code flatMap(...).iterator()} makes the JDK buffer each inner stream whole.
 */
package org.parley.ingest;
