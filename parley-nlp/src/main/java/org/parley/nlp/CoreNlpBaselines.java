package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Annotator;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.AttributionKind;
import org.parley.model.Problem;
import org.parley.model.Span;
import org.parley.model.Speaker;
import org.parley.model.StageException;
import org.parley.nlp.internal.DocumentBuilder;
import org.parley.nlp.internal.EntityTags;
import org.parley.nlp.internal.Paragraphs;

/**
 * CoreNLP's own pipelines, to compare Parley against: the default English pipeline (speed and entity quality)
 * and CoreNLP's quote attribution (quotes with speakers). Both load their models on first use, once per JVM,
 * and are thread-safe.
 */
public final class CoreNlpBaselines {
    /** What the default pipeline and the quote baseline are called in reports. */
    public static final String DEFAULT_PIPELINE = "corenlp-default";
    public static final String QUOTE_ATTRIBUTION = "corenlp-quote";

    private CoreNlpBaselines() {
    }

    /**
     * CoreNLP's default English pipeline {@code tokenize,ssplit,pos,lemma,ner} with its default models (three
     * CRF NER models, numeric classifiers, SUTime, fine-grained KBP NER), run on the whole text at once, as
     * an {@link Annotator}. Its dates live on tokens only, so {@code times()} is empty.
     */
    public static Annotator defaultPipeline() {
        return DefaultHolder.INSTANCE;
    }

    /**
     * CoreNLP's quote attribution ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with
     * {@code quote.attributeQuotes=true}) on one article: every direct quote it finds, its content without the
     * quote marks, and the mention it attributes it to. Slow: seconds per article, and about 2 GB of heap.
     */
    public static List<Attribution> attributeQuotes(Article article) {
        return QuoteHolder.PIPELINE.attribute(article);
    }

    private static final class DefaultHolder {
        static final Annotator INSTANCE = new DefaultPipeline();
    }

    private static final class QuoteHolder {
        static final QuotePipeline PIPELINE = new QuotePipeline();
    }

    private static final class DefaultPipeline implements Annotator {
        private final StanfordCoreNLP pipeline;
        private final EntityTags tags = EntityTags.load();

        DefaultPipeline() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            pipeline = new StanfordCoreNLP(p);
        }

        @Override
        public String name() {
            return DEFAULT_PIPELINE;
        }

        @Override
        public String version() {
            return "corenlp-4.5.10/default";
        }

        @Override
        public AnnotatedArticle process(Article article) {
            Annotation annotation = run(pipeline, article, name());
            DocumentBuilder builder = new DocumentBuilder(article, Paragraphs.of(article.text(), false), tags);
            builder.add(annotation, 0);
            return builder.build(name() + " " + version());
        }
    }

    private static final class QuotePipeline {
        private final StanfordCoreNLP pipeline;

        QuotePipeline() {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
            p.setProperty("quote.attributeQuotes", "true");
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            pipeline = new StanfordCoreNLP(p);
        }

        List<Attribution> attribute(Article article) {
            Annotation annotation = run(pipeline, article, QUOTE_ATTRIBUTION);
            String text = article.text();
            List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
            List<Attribution> out = new ArrayList<>();
            List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
            if (quotes == null) return out;
            for (CoreMap quote : quotes) {
                Span content = withoutQuoteMarks(text, quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
                if (content.length() == 0) continue;
                Integer sentence = quote.get(CoreAnnotations.SentenceBeginAnnotation.class);
                out.add(new Attribution(content, content.of(text), true, AttributionKind.SPEECH, List.of(content),
                        Optional.empty(), "", speaker(quote, tokens, text), sentence == null ? 0 : sentence, 0.5));
            }
            return out;
        }

        private static Speaker speaker(CoreMap quote, List<CoreLabel> tokens, String text) {
            Integer begin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer end = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            String said = quote.get(QuoteAttributionAnnotator.MentionAnnotation.class);
            if (begin == null || end == null || begin < 0 || end < begin || end >= tokens.size()) return Speaker.unknown();
            // The mention's token range is inclusive; fall back to exclusive if the text says otherwise.
            Span span = new Span(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
            if (said != null && !squash(span.of(text)).equals(squash(said)) && end > begin) {
                span = new Span(tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition());
            }
            String speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            return new Speaker.Known(span, span.of(text), "", speaker == null ? span.of(text) : speaker);
        }

        private static String squash(String s) {
            return s.replaceAll("\\s+", "");
        }
    }

    /** The quote's span without its quote marks and the white space inside them. */
    static Span withoutQuoteMarks(String text, int begin, int end) {
        while (begin < end && (isQuoteMark(text.charAt(begin)) || Character.isWhitespace(text.charAt(begin)))) begin++;
        while (end > begin && (isQuoteMark(text.charAt(end - 1)) || Character.isWhitespace(text.charAt(end - 1)))) end--;
        return new Span(begin, end);
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»' || c == '`';
    }

    private static Annotation run(StanfordCoreNLP pipeline, Article article, String stage) {
        Annotation annotation = new Annotation(article.text());
        article.published().ifPresent(d -> annotation.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        try {
            pipeline.annotate(annotation);
            return annotation;
        } catch (RuntimeException e) {
            throw new StageException(new Problem(article.source(), stage,
                    "CoreNLP failed on article '%s': %s".formatted(article.name(), e),
                    "The article may be too long or hold unusual characters for this baseline"), e);
        }
    }
}
