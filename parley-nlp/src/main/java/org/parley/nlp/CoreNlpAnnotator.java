package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Annotator;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.model.StageException;
import org.parley.nlp.internal.CorePipelines;
import org.parley.nlp.internal.DocumentBuilder;
import org.parley.nlp.internal.EntityTags;
import org.parley.nlp.internal.Paragraphs;
import org.parley.nlp.internal.SentenceCapper;
import org.parley.nlp.internal.TextBlocks;
import org.parley.nlp.internal.TimeTriggers;

/**
 * Parley's annotator on Stanford CoreNLP: tokens, sentences, parts of speech, lemmas, named entities and
 * SUTime dates normalised against the publication date.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so build one instance and share it: it is
 * thread-safe. CoreNLP's tokenizer, sentence splitter, POS tagger, lemmatiser, CRF NER and SUTime keep their
 * per-document state in the {@link Annotation} they are given (CoreNLP's own multi-threaded
 * {@code StanfordCoreNLP.annotate(Iterable, int)} shares one annotator instance across threads the same way), and
 * {@code CoreNlpAnnotatorIT} checks that two threads produce exactly what one does.
 *
 * <p>Steps for one article: cut the text into blocks of whole paragraphs (one block for any ordinary article);
 * tokenize and split each; cut over-long sentences; tag; run SUTime with the article's date as the document
 * date; turn the result into records whose spans are offsets into {@link Article#text()}.
 */
public final class CoreNlpAnnotator implements Annotator {
    private static final String VERSION_PREFIX = "1/corenlp-4.5.10/";

    private final NlpConfig config;
    private final StanfordCoreNLP split;
    private final StanfordCoreNLP tag;
    private final TimeAnnotator time;
    private final EntityTags tags;
    private final TimeTriggers triggers;

    public CoreNlpAnnotator(NlpConfig config) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.split = new StanfordCoreNLP(CorePipelines.split(config));
        this.tag = new StanfordCoreNLP(CorePipelines.tag(config), false);
        this.time = config.times() ? new TimeAnnotator("sutime", CorePipelines.time()) : null;
        this.tags = EntityTags.load();
        this.triggers = config.timeTriggers() ? TimeTriggers.load() : null;
    }

    public NlpConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public String version() {
        return VERSION_PREFIX + config.describe();
    }

    @Override
    public AnnotatedArticle process(Article article) {
        String text = article.text();
        boolean everyLine = config.lineBreaks() == NlpConfig.LineBreaks.EVERY_LINE;
        DocumentBuilder builder = new DocumentBuilder(article, Paragraphs.of(text, everyLine), tags);
        for (Span block : TextBlocks.split(text, config.maxBlockChars(), everyLine)) {
            builder.add(annotate(article, block), block.start());
        }
        return builder.build(name() + " " + version());
    }

    private Annotation annotate(Article article, Span block) {
        Annotation annotation = new Annotation(block.of(article.text()));
        article.published().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        try {
            split.annotate(annotation);
            SentenceCapper.cap(annotation, config.maxSentenceTokens());
            tag.annotate(annotation);
            if (time != null) annotateTimes(annotation);
            return annotation;
        } catch (RuntimeException e) {
            throw new StageException(new org.parley.model.Problem(article.source(), name(),
                    "CoreNLP failed on characters %d-%d of article '%s': %s".formatted(
                            block.start(), block.end(), article.name(), e),
                    "Check the text there for unusual characters or markup the cleaner left"), e);
        }
    }

    /**
     * SUTime over the sentences that can hold a time expression. TimeAnnotator reads the annotation's sentence
     * list, so it is swapped for the sentences with a trigger while SUTime runs and put back after; the sentences
     * themselves (and their indexes, offsets and tokens) are untouched.
     */
    private void annotateTimes(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (triggers == null || sentences == null) {
            time.annotate(annotation);
            return;
        }
        List<CoreMap> withTimes = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            if (triggers.mayHoldTime(sentence.get(CoreAnnotations.TokensAnnotation.class))) withTimes.add(sentence);
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, withTimes);
        try {
            time.annotate(annotation);
        } finally {
            annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        }
    }
}
