package org.parley.store.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.TimeMention;
import org.parley.model.Token;

/**
 * The annotator's part of an {@link AnnotatedArticle} as stored in the {@code annotation} table: gzip-compressed
 * JSON of the same shape as the evaluation's annotation cache. The article itself is not in it (it is the article
 * row), so the blob holds only what CoreNLP added, and most of its bytes are the tokens.
 */
public final class AnnotationBlob {
    /** The version of the JSON shape; a reader meeting another one says to ingest again. */
    public static final int FORMAT = 1;

    /** The parts kept; the annotator name is a column of its own. */
    record Parts(List<Sentence> sentences, List<Token> tokens, List<Mention> mentions, List<TimeMention> times) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AnnotationBlob() {
    }

    public static byte[] write(AnnotatedArticle doc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            MAPPER.writeValue(out, new Parts(doc.sentences(), doc.tokens(), doc.mentions(), doc.times()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise the annotations of " + doc.article().name(), e);
        }
        return bytes.toByteArray();
    }

    public static AnnotatedArticle read(Article article, String annotator, byte[] data) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            Parts p = MAPPER.readValue(in, Parts.class);
            return new AnnotatedArticle(article, p.sentences(), p.tokens(), p.mentions(), p.times(), annotator);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored annotations of " + article.name() + " (id " + article.id()
                    + ") cannot be read; ingest the article again into a new store", e);
        }
    }
}
