package org.parley.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SearchCodecTest {

    @Test
    void stored_texts_of_every_size_read_back_as_written_from_an_index_opened_by_codec_name() throws IOException {
        List<String> texts = texts(new Random(7), 300);
        texts.add("");
        texts.add("x".repeat(100_000)); // longer than two chunks: Lucene stores it in slices
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, texts, new SearchCodec());
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).allSatisfy(leaf ->
                        assertThat(((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName()).isEqualTo(SearchCodec.NAME));
                assertThat(stored(reader)).containsExactlyElementsOf(texts);
            }
        }
        assertThat(Codec.forName(SearchCodec.NAME)).isInstanceOf(SearchCodec.class);
    }

    @Test
    void an_index_written_with_lucenes_default_codec_stays_readable_and_merges_into_the_new_one() throws IOException {
        Random random = new Random(11);
        List<String> before = texts(random, 120);
        List<String> after = texts(random, 80);
        try (Directory dir = new ByteBuffersDirectory()) {
            write(dir, before, Codec.getDefault());
            write(dir, after, new SearchCodec());
            List<String> all = new ArrayList<>(before);
            all.addAll(after);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(2);
                assertThat(stored(reader)).containsExactlyElementsOf(all);
            }
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setCodec(new SearchCodec()))) {
                w.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).singleElement().satisfies(leaf ->
                        assertThat(((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName()).isEqualTo(SearchCodec.NAME));
                // A forced merge may take the segments in either order.
                assertThat(stored(reader)).containsExactlyInAnyOrderElementsOf(all);
            }
        }
    }

    private static void write(Directory dir, List<String> texts, Codec codec) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setCodec(codec))) {
            for (int i = 0; i < texts.size(); i++) {
                Document d = new Document();
                d.add(new TextField("text", texts.get(i), Field.Store.YES));
                d.add(new StoredField("n", i));
                w.addDocument(d);
            }
        }
    }

    private static List<String> stored(DirectoryReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) out.add(reader.storedFields().document(doc).get("text"));
        return out;
    }

    /** Texts from a few bytes to tens of kilobytes, with accents and symbols outside ASCII. */
    private static List<String> texts(Random random, int n) {
        String[] words = {"peace", "talks", "Zelenskyy", "Kyiv", "café", "€", "—", "said", "“quoted”", "中"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(10) == 0 ? 3_000 + random.nextInt(20_000) : random.nextInt(300);
            while (sb.length() < length) sb.append(words[random.nextInt(words.length)]).append(' ');
            out.add(sb.toString());
        }
        return out;
    }
}
