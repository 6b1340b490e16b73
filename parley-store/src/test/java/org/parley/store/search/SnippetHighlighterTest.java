package org.parley.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SnippetHighlighterTest {
    private static final String[] WORDS = {"the", "president", "said", "ministers", "minister", "talks", "peace",
            "ceasefire", "truce", "U.S.", "officials", "Mr.", "Smith", "would", "not", "send", "soldiers", "world",
            "word", "Kyiv", "summit", "spending", "presidents", "talked"};
    private static final String[] QUERIES = {"said", "\"the president\"", "soldier*", "minist*", "talk* AND peace",
            "ceasefire OR truce", "presid~1", "talks -said", "wor?d", "\"send soldiers\" OR summit*", "title:summit"};

    @Test
    void snippets_equal_lucenes_highlighter_with_the_same_settings_for_every_kind_of_query() throws Exception {
        Analyzer analyzer = new EnglishAnalyzer();
        try (Directory dir = new ByteBuffersDirectory()) {
            index(dir, analyzer, 3, 40);
            index(dir, analyzer, 4, 25); // a second segment, so hits come from more than one leaf
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                int compared = 0;
                for (String q : QUERIES) {
                    Query query = new QueryParser("text", analyzer).parse(q);
                    ScoreDoc[] top = searcher.search(query, 20).scoreDocs;
                    assertThat(top).as(q).isNotEmpty();
                    int[] ids = new int[top.length];
                    Map<Integer, Document> docs = new HashMap<>();
                    for (int i = 0; i < top.length; i++) {
                        ids[i] = top[i].doc;
                        docs.put(ids[i], searcher.storedFields().document(ids[i]));
                    }
                    Object[] ours = SnippetHighlighter.of(searcher, analyzer, docs::get).highlight("text", query, ids, 2);
                    Object[] theirs = new Stock(SnippetHighlighter.settings(searcher, analyzer)).highlight(query, ids);
                    assertThat(ours).as(q).containsExactly(theirs);
                    for (Object snippet : ours) {
                        if (snippet instanceof Snippet s && !q.startsWith("title:")) {
                            assertThat(s.marks()).as(q + ": " + s.text()).isNotEmpty();
                        }
                    }
                    compared += ours.length;
                }
                assertThat(compared).isGreaterThan(100);
            }
        }
    }

    /** Lucene's highlighter as it comes, with our settings. */
    private static final class Stock extends UnifiedHighlighter {
        Stock(Builder builder) {
            super(builder);
        }

        Object[] highlight(Query query, int[] ids) throws IOException {
            return highlightFieldsAsObjects(new String[] {"text"}, query, ids, new int[] {2}).get("text");
        }
    }

    /** Writes {@code n} documents of random sentences, some paragraphs long, as one segment. */
    private static void index(Directory dir, Analyzer analyzer, long seed, int n) throws IOException {
        FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
        withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        withOffsets.freeze();
        Random random = new Random(seed);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (int d = 0; d < n; d++) {
                Document doc = new Document();
                doc.add(new TextField("title", sentence(random), Field.Store.YES));
                StringBuilder text = new StringBuilder();
                int sentences = 1 + random.nextInt(d % 5 == 0 ? 60 : 6);
                for (int s = 0; s < sentences; s++) {
                    text.append(sentence(random)).append(random.nextInt(6) == 0 ? "\n\n" : " ");
                }
                doc.add(new Field("text", text.toString(), withOffsets));
                w.addDocument(doc);
            }
        }
    }

    private static String sentence(Random random) {
        List<String> words = new ArrayList<>();
        int length = 4 + random.nextInt(14);
        for (int i = 0; i < length; i++) words.add(WORDS[random.nextInt(WORDS.length)]);
        String s = String.join(" ", words);
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return switch (random.nextInt(5)) {
            case 0 -> "\u201c" + s + ",\u201d he said.";
            case 1 -> s + "?";
            default -> s + ".";
        };
    }
}
