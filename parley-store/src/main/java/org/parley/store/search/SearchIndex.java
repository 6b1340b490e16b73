package org.parley.store.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.parley.model.ArticleId;
import org.parley.store.Page;

/**
 * The Lucene index over article texts and attributions, kept in step with the database by
 * {@link org.parley.store.Store}: documents are added after each save commits, and the whole index is rebuilt
 * from the database when it is missing, stale or behind (see {@link #isCurrent}).
 *
 * <p>Thread-safe. One process at a time may hold an index directory (Lucene's write lock).
 */
public final class SearchIndex implements AutoCloseable {
    private static final String GENERATION = "resolution_generation";
    private static final String DATABASE = "database";
    private static final String KIND_ARTICLE = "article";
    private static final String KIND_ATTRIBUTION = "attribution";
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Directory directory;
    private final Analyzer analyzer = new NameGapAnalyzer(new EnglishAnalyzer());
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Object writeLock = new Object();
    /** One search with a pattern at a time (see {@link #search(SearchQuery, Page, SearchLimits)}). */
    private final Semaphore patternLane = new Semaphore(1);
    /** Set when documents were added since the searchers last reopened. */
    private final AtomicBoolean stale = new AtomicBoolean();
    private long lastCommit = System.nanoTime();
    private final List<String> refusals = new ArrayList<>();
    private static final int MAX_REFUSALS = 100;

    /** The longest time an added document waits before it is committed to disk. */
    static final long COMMIT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** How many documents a searcher sees now; fails when the index can no longer be read or written. */
    public int documents() throws IOException {
        if (!writer.isOpen()) {
            Throwable why = writer.getTragicException();
            throw new IOException("the index writer is closed" + (why == null ? "" : ": " + why), why);
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** The bytes of the index's files on disk. */
    public long bytes() throws IOException {
        long total = 0;
        for (String file : directory.listAll()) {
            try {
                total += directory.fileLength(file);
            } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException gone) {
                // merged away between listing and measuring: no longer part of the index
            }
        }
        return total;
    }

    /** Opens the index in {@code dir}, creating it, or starting afresh when what is there cannot be read. */
    public static SearchIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            return new SearchIndex(directory, new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)));
        } catch (IOException | IllegalArgumentException unreadable) {
            // A corrupt or foreign index is only a cache of the database: start empty, and the store rebuilds it.
            try {
                return new SearchIndex(directory, new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE)));
            } catch (IOException e) {
                directory.close();
                e.addSuppressed(unreadable);
                throw e;
            }
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(new NameGapAnalyzer(new EnglishAnalyzer())).setOpenMode(mode).setCodec(new SearchCodec());
    }

    /**
     * True when the index was built from {@code database}, holds {@code articles} articles and reflects entity
     * resolution {@code generation}. Articles are never deleted, so an index with as many articles as the database
     * holds the same ones.
     */
    public boolean isCurrent(String database, long articles, long generation) throws IOException {
        Map<String, String> data = liveData();
        if (!database.equals(data.get(DATABASE)) || !Long.toString(generation).equals(data.get(GENERATION))) return false;
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(new TermQuery(new Term("kind", KIND_ARTICLE))) == articles;
        } finally {
            searchers.release(searcher);
        }
    }

    private Map<String, String> liveData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    /**
     * Adds (or replaces) one article and its attributions. The next search sees them. They are committed to disk
     * at most {@link #COMMIT_INTERVAL_NANOS} later or at {@link #close()}: committing after every article would cost
     * more than saving it, and an index that lost its last additions in a crash is rebuilt at the next open.
     */
    public void add(IndexedArticle article, List<IndexedAttribution> attributions) throws IOException {
        synchronized (writeLock) {
            write(article, attributions);
            if (System.nanoTime() - lastCommit >= COMMIT_INTERVAL_NANOS) commit();
        }
        stale.set(true);
    }

    private void commit() throws IOException {
        writer.commit();
        lastCommit = System.nanoTime();
    }

    /** Receives the documents of a rebuild. */
    public interface Feed {
        void article(IndexedArticle article, List<IndexedAttribution> attributions) throws IOException;
    }

    /** Fills a rebuild: calls the feed for every article. */
    @FunctionalInterface
    public interface Source {
        void feed(Feed feed) throws IOException;
    }

    /**
     * Throws away every document, indexes all that {@code source} gives, and commits it as built from
     * {@code database} at entity resolution {@code generation}.
     */
    public void rebuild(Source source, String database, long generation) throws IOException {
        synchronized (writeLock) {
            try {
                writer.deleteAll();
                source.feed(this::write);
                markBuiltFrom(database, generation);
                commit();
            } catch (IOException | RuntimeException e) {
                writer.rollback();
                throw e;
            }
        }
        stale.set(true);
    }

    /**
     * Records that the index now reflects entity resolution {@code generation} of {@code database}, after the
     * caller re-indexed the articles the new resolution changed; committed at once.
     */
    public void markResolution(String database, long generation) throws IOException {
        synchronized (writeLock) {
            markBuiltFrom(database, generation);
            commit();
        }
        stale.set(true);
    }

    /** Records, for {@link #isCurrent}, which database and resolution generation the index reflects. */
    private void markBuiltFrom(String database, long generation) {
        writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation), DATABASE, database).entrySet());
    }

    private IndexSearcher acquire() throws IOException {
        if (stale.getAndSet(false)) searchers.maybeRefreshBlocking();
        return searchers.acquire();
    }

    private void write(IndexedArticle a, List<IndexedAttribution> attributions) throws IOException {
        try {
            writeWhole(a, attributions);
        } catch (IllegalArgumentException refused) {
            // Lucene refused a field (a term over 32,766 bytes, say) and dropped that document. The store checks
            // every field before it commits, so this is a store written by an older Parley or another program:
            // keep the article countable, so the index is current and opens, and say what is missing.
            writer.updateDocument(new Term("doc_id", "a:" + a.id().value()), bare(a));
            refused(a.id(), refused);
        }
    }

    private void writeWhole(IndexedArticle a, List<IndexedAttribution> attributions) throws IOException {
        Document d = bare(a);
        d.add(new StringField("outlet_key", outletKey(a.outlet()), Field.Store.NO));
        a.date().ifPresent(date -> d.add(new LongPoint("date", date.toEpochDay())));
        d.add(new TextField("title", a.title(), Field.Store.YES));
        d.add(new Field("text", a.text(), TEXT_WITH_OFFSETS));
        writer.updateDocument(new Term("doc_id", "a:" + a.id().value()), d);
        // Re-indexing an article after a review must drop a quote it rejected, which is no longer in the list.
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term("article", a.id().value())), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("kind", KIND_ATTRIBUTION)), BooleanClause.Occur.FILTER).build());
        for (IndexedAttribution q : attributions) {
            Document qd = new Document();
            qd.add(new StringField("doc_id", "q:" + q.id(), Field.Store.NO));
            qd.add(new StringField("kind", KIND_ATTRIBUTION, Field.Store.NO));
            qd.add(new StringField("article", q.article().value(), Field.Store.YES));
            qd.add(new StoredField("attribution", q.id()));
            qd.add(new StringField("outlet_key", outletKey(q.outlet()), Field.Store.NO));
            q.date().ifPresent(date -> qd.add(new LongPoint("date", date.toEpochDay())));
            qd.add(new Field("text", q.text(), TEXT_WITH_OFFSETS));
            for (String name : q.speakerNames()) qd.add(new TextField("speaker", name, Field.Store.NO));
            q.speaker().ifPresent(id -> qd.add(new StringField("speaker_id", id.value(), Field.Store.NO)));
            writer.updateDocument(new Term("doc_id", "q:" + q.id()), qd);
        }
    }

    /** What every article document has: its id and kind, so it is counted by {@link #isCurrent}. */
    private static Document bare(IndexedArticle a) {
        Document d = new Document();
        d.add(new StringField("doc_id", "a:" + a.id().value(), Field.Store.NO));
        d.add(new StringField("kind", KIND_ARTICLE, Field.Store.NO));
        d.add(new StringField("article", a.id().value(), Field.Store.YES));
        return d;
    }

    private void refused(ArticleId id, IllegalArgumentException e) {
        String line = "article %s is in the search index only in part (%s); searches may miss it"
                .formatted(id.value(), e.getMessage().lines().findFirst().orElse(""));
        synchronized (refusals) {
            if (refusals.size() < MAX_REFUSALS) refusals.add(line);
        }
    }

    /**
     * The articles this index could not hold whole since it was opened (at most {@value #MAX_REFUSALS}), one line
     * each: they are counted and found by id, but not by their words.
     */
    public List<String> refusals() {
        synchronized (refusals) {
            return List.copyOf(refusals);
        }
    }

    private static String outletKey(String outlet) {
        return outlet.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Runs a search. {@code page.cursor()} is the offset given by the previous page's {@link SearchResult#next()}.
     *
     * @throws IllegalArgumentException when the query text is not valid Lucene syntax
     */
    public SearchResult search(SearchQuery q, Page page) throws IOException {
        return search(q, page, SearchLimits.NONE);
    }

    /**
     * Runs a search within {@code limits}. A search using patterns (regular expressions, ranges, wildcard patterns,
     * fuzzy terms) runs only when no other such search is running, so they cannot take every core from the rest.
     *
     * @throws SearchCostException      when the query uses a pattern the limits turn off, another pattern search is
     *                                  running, or it runs over its time limit
     * @throws IllegalArgumentException when the query text is not valid Lucene syntax
     */
    public SearchResult search(SearchQuery q, Page page, SearchLimits limits) throws IOException {
        Parsed parsed = parse(q.text(), limits);
        if (parsed.pattern() == null) return run(q, page, parsed.query(), limits);
        if (!patternLane.tryAcquire()) {
            throw SearchCostException.busy("another search with a pattern is running; search again in a moment, or "
                    + "search for words, phrases or prefix* instead of " + parsed.pattern());
        }
        try {
            return run(q, page, parsed.query(), limits);
        } finally {
            patternLane.release();
        }
    }

    private SearchResult run(SearchQuery q, Page page, Query text, SearchLimits limits) throws IOException {
        int offset = (int) Math.max(0, Math.min(Integer.MAX_VALUE - Page.MAX_LIMIT - 1, page.cursor().isEmpty() ? 0 : page.numericCursor()));
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        switch (q.scope()) {
            case ARTICLES -> b.add(new TermQuery(new Term("kind", KIND_ARTICLE)), BooleanClause.Occur.FILTER);
            case ATTRIBUTIONS -> b.add(new TermQuery(new Term("kind", KIND_ATTRIBUTION)), BooleanClause.Occur.FILTER);
            case ALL -> { }
        }
        q.speaker().ifPresent(id -> b.add(new TermQuery(new Term("speaker_id", id.value())), BooleanClause.Occur.FILTER));
        if (q.speakerName().isPresent()) {
            b.add(phrase("speaker", q.speakerName().get()), BooleanClause.Occur.FILTER);
        }
        q.outlet().ifPresent(o -> b.add(new TermQuery(new Term("outlet_key", outletKey(o))),
                BooleanClause.Occur.FILTER));
        if (q.from().isPresent() || q.to().isPresent()) {
            long from = q.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
            long to = q.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery("date", from, to), BooleanClause.Occur.FILTER);
        }
        Query query = b.build();
        IndexSearcher shared = acquire();
        try {
            IndexSearcher searcher = limits.timeLimit().isZero() ? shared : timed(shared, limits);
            // One pass ranks the top hits and counts all of them (a separate count() would run the query again).
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(offset + page.limit() + 1, null, Integer.MAX_VALUE));
            if (searcher.timedOut()) throw overTime(q, limits);
            int total = (int) Math.min(Integer.MAX_VALUE, top.totalHits.value());
            ScoreDoc[] all = top.scoreDocs;
            int end = Math.min(all.length, offset + page.limit());
            List<ScoreDoc> shown = new ArrayList<>();
            for (int i = offset; i < end; i++) shown.add(all[i]);
            // Each hit's stored fields are read (decompressed) once, for the highlighter and for the hit.
            StoredFields stored = searcher.storedFields();
            Map<Integer, Document> documents = new HashMap<>();
            for (ScoreDoc doc : shown) documents.put(doc.doc, stored.document(doc.doc));
            Object[] snippets = highlight(searcher, text, shown, documents);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Document d = documents.get(shown.get(i).doc);
                IndexableField attribution = d.getField("attribution");
                Snippet snippet = snippets[i] instanceof Snippet s ? s : new Snippet(firstWords(d), List.of());
                hits.add(new SearchHit(attribution == null ? SearchHit.Kind.ARTICLE : SearchHit.Kind.ATTRIBUTION,
                        new ArticleId(d.get("article")),
                        attribution == null ? OptionalLong.empty() : OptionalLong.of(attribution.numericValue().longValue()),
                        shown.get(i).score, snippet));
            }
            Optional<String> next = all.length > offset + page.limit() ? Optional.of(Integer.toString(offset + page.limit())) : Optional.empty();
            return new SearchResult(hits, total, next);
        } catch (ExitableDirectoryReader.ExitingReaderException e) {
            // the term walk ran over the limit: while the query was rewritten or scored, or while the hits'
            // snippets were highlighted (a pattern walks the terms again there)
            throw overTime(q, limits);
        } finally {
            searchers.release(shared);
        }
    }

    /**
     * The same index, stopping at the time limit both while scoring and while walking the term dictionary (where a
     * regular expression spends its time, before any document is scored).
     */
    private static IndexSearcher timed(IndexSearcher shared, SearchLimits limits) throws IOException {
        QueryTimeout timeout = new QueryTimeoutImpl(limits.timeLimit().toMillis());
        IndexSearcher searcher = new IndexSearcher(ExitableDirectoryReader.wrap((DirectoryReader) shared.getIndexReader(), timeout));
        searcher.setSimilarity(shared.getSimilarity());
        searcher.setTimeout(timeout);
        return searcher;
    }

    private static SearchCostException overTime(SearchQuery q, SearchLimits limits) {
        return SearchCostException.refused(("the search '%s' ran over its time limit of %d ms and was stopped; search "
                + "for words or phrases, or narrow it with outlet, speaker or dates").formatted(
                q.text().length() <= 100 ? q.text() : q.text().substring(0, 100) + "…", limits.timeLimit().toMillis()));
    }

    private Object[] highlight(IndexSearcher searcher, Query text, List<ScoreDoc> docs, Map<Integer, Document> documents)
            throws IOException {
        if (docs.isEmpty()) return new Object[0];
        int[] ids = docs.stream().mapToInt(d -> d.doc).toArray();
        return SnippetHighlighter.of(searcher, analyzer, documents::get).highlight("text", text, ids, 2);
    }

    private static String firstWords(Document d) {
        String text = d.get("text");
        if (text == null) return "";
        String folded = text.strip().replaceAll("\\s+", " ");
        return folded.length() <= 200 ? folded : folded.substring(0, 200) + "…";
    }

    /** A parsed query, and the first pattern it uses ("a regular expression /x/") or null. */
    private record Parsed(Query query, String pattern) {
    }

    private Parsed parse(String text, SearchLimits limits) {
        StemmedPrefixParser parser = new StemmedPrefixParser(new String[] {"text", "title"}, analyzer,
                Map.of("text", 1.0f, "title", 2.0f), limits.patterns());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return new Parsed(parser.parse(text), parser.pattern);
        } catch (SearchCostException e) {
            throw e;
        } catch (ParseException | RuntimeException e) {
            if (e.getCause() instanceof SearchCostException cost) throw cost;
            throw new IllegalArgumentException(("search query '%s' is not valid: %s. Put phrases in double quotes and "
                    + "escape special characters (+ - ! ( ) : ^ [ ] { } ~ * ? \\ /) with a backslash")
                    .formatted(text, String.valueOf(e.getMessage()).lines().findFirst().orElse("")), e);
        }
    }

    private Query phrase(String field, String words) {
        QueryParser parser = new QueryParser(field, analyzer);
        try {
            return parser.parse("\"" + QueryParser.escape(words) + "\"");
        } catch (ParseException e) {
            throw new IllegalArgumentException("speaker name '%s' cannot be searched: %s".formatted(words, e.getMessage()), e);
        }
    }

    /** Commits what was added and closes the index. */
    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closes the searchers, then the writer (which commits what is pending), then the directory
        }
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The English analyzer, with a wide gap between the values of a multi-valued field so phrases don't span names. */
    private static final class NameGapAnalyzer extends AnalyzerWrapper {
        private final Analyzer delegate;

        NameGapAnalyzer(Analyzer delegate) {
            super(Analyzer.GLOBAL_REUSE_STRATEGY);
            this.delegate = delegate;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return delegate;
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }

    /**
     * Matches {@code word*} as typed and as the word's stem. The index holds stems ("ministers" and "minister" are
     * both "minist"), while Lucene matches a prefix against them unanalysed, so "minister*" found nothing; the
     * prefix's own stem ("minist") finds them. A prefix that analyses to nothing (a stop word) stays as typed.
     */
    private static final class StemmedPrefixParser extends MultiFieldQueryParser {
        private final Analyzer analyzer;
        private final boolean patterns;
        /** The first pattern the query uses, or null. */
        String pattern;

        StemmedPrefixParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts, boolean patterns) {
            super(fields, analyzer, boosts);
            this.analyzer = analyzer;
            this.patterns = patterns;
        }

        /**
         * Notes a pattern, or refuses it before it is built: building a regular expression's automaton is itself
         * part of its cost.
         */
        private void pattern(String what) {
            if (!patterns) {
                throw SearchCostException.refused(("this server does not run %s; search for words, \"phrases\" or "
                        + "prefix* (a trailing *), or escape the special characters with a backslash").formatted(what));
            }
            if (pattern == null) pattern = what;
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            pattern("a regular expression (/" + termStr + "/)");
            return super.getRegexpQuery(field, termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            pattern("a range ([" + part1 + " TO " + part2 + "])");
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            pattern("a wildcard pattern (" + termStr + ")");
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            pattern("a fuzzy term (" + termStr + "~)");
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            Query typed = super.getPrefixQuery(field, termStr);
            if (field == null) return typed;
            String stem = stem(field, termStr);
            String normalized = analyzer.normalize(field, termStr).utf8ToString();
            if (stem == null || stem.isEmpty() || stem.equals(normalized)) return typed;
            return new BooleanQuery.Builder()
                    .add(typed, BooleanClause.Occur.SHOULD)
                    .add(newPrefixQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD)
                    .build();
        }

        private String stem(String field, String word) {
            try (TokenStream tokens = analyzer.tokenStream(field, word)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                String first = tokens.incrementToken() ? term.toString() : null;
                boolean more = first != null && tokens.incrementToken();
                tokens.end();
                return more ? null : first;
            } catch (IOException e) {
                return null;
            }
        }
    }
}
