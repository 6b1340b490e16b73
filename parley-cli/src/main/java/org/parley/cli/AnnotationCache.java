package org.parley.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.TimeMention;
import org.parley.model.Token;

/**
 * What the annotator made of each article, kept in a folder so that an evaluation run again after a change to the
 * extraction rules skips CoreNLP, which is nearly all of its time. One JSON file per article, named by its
 * content-derived id: a changed text is annotated afresh. Only for evaluation: delete the folder when the annotator
 * changes.
 */
final class AnnotationCache {
    /** The annotator's part of an {@link AnnotatedArticle}; the article itself is read again from the corpus. */
    record Annotations(List<Sentence> sentences, List<Token> tokens, List<Mention> mentions, List<TimeMention> times,
                       String annotator) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path dir;
    private final Function<Article, AnnotatedArticle> annotator;

    AnnotationCache(Path dir, Function<Article, AnnotatedArticle> annotator) {
        this.dir = dir;
        this.annotator = annotator;
    }

    AnnotatedArticle annotate(Article article) {
        Path file = dir.resolve(article.id().value().replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
        try {
            if (Files.isRegularFile(file)) {
                Annotations a = MAPPER.readValue(file.toFile(), Annotations.class);
                return new AnnotatedArticle(article, a.sentences(), a.tokens(), a.mentions(), a.times(), a.annotator());
            }
            AnnotatedArticle doc = annotator.apply(article);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "annotating", ".tmp");
            MAPPER.writeValue(tmp.toFile(), new Annotations(doc.sentences(), doc.tokens(), doc.mentions(), doc.times(), doc.annotator()));
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the annotation cache " + file + "; delete the folder and run again", e);
        }
    }
}
