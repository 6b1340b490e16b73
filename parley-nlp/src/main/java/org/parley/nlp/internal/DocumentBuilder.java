package org.parley.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.Token;

/**
 * Turns CoreNLP annotations of an article's blocks into Parley records, shifting block offsets to article
 * offsets. Every surface is cut from the article text, so surfaces equal {@code span.of(text)} by construction.
 */
public final class DocumentBuilder {
    private final Article article;
    private final String text;
    private final Paragraphs paragraphs;
    private final EntityTags tags;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();

    public DocumentBuilder(Article article, Paragraphs paragraphs, EntityTags tags) {
        this.article = article;
        this.text = article.text();
        this.paragraphs = paragraphs;
        this.tags = tags;
    }

    /** Adds the sentences, tokens, mentions and dates of one annotated block that starts at {@code base}. */
    public void add(Annotation block, int base) {
        int firstSentence = sentences.size();
        List<Span> timexSpans = new ArrayList<>();
        List<String> timexTypes = new ArrayList<>();
        List<CoreMap> timexes = block.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap timex : timexes) {
                Timex t = timex.get(TimeAnnotations.TimexAnnotation.class);
                timexSpans.add(span(timex, base));
                timexTypes.add(t == null || t.timexType() == null ? "DATE" : t.timexType());
            }
        }
        for (CoreMap sentence : block.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) continue;
            int index = sentences.size();
            int first = tokens.size();
            for (CoreLabel label : labels) {
                Span span = new Span(base + label.beginPosition(), base + label.endPosition());
                tokens.add(new Token(tokens.size(), span, span.of(text), label.lemma(), label.tag(),
                        coarseTag(label, span, timexSpans, timexTypes), index));
            }
            Span sentenceSpan = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(new Sentence(index, sentenceSpan, first, tokens.size(), paragraphs.indexOf(sentenceSpan.start())));
            addMentions(labels, first, index);
        }
        if (timexes != null) {
            for (int i = 0; i < timexes.size(); i++) {
                Timex timex = timexes.get(i).get(TimeAnnotations.TimexAnnotation.class);
                Span span = timexSpans.get(i);
                if (timex == null || span.length() == 0) continue;
                String value = timex.value() != null ? timex.value() : timex.altVal();
                int sentence = sentenceAt(span.start(), firstSentence);
                if (article.published().isPresent() && "DATE".equals(timex.timexType())) {
                    Sentence s = sentences.get(sentence);
                    List<Token> inSentence = tokens.subList(s.firstToken(), s.endToken());
                    int at = 0;
                    while (at < inSentence.size() && inSentence.get(at).span().start() < span.start()) at++;
                    value = RelativeDates.resolve(span.of(text), article.published().get(), TenseGuess.at(inSentence, at))
                            .orElse(value);
                }
                times.add(new TimeMention(span, span.of(text), value, timex.timexType(), sentence));
            }
        }
    }

    public AnnotatedArticle build(String annotator) {
        List<Mention> consistent = NameConsistency.apply(HeadlineNames.apply(mentions, tokens, sentences, text), tokens);
        return new AnnotatedArticle(article, sentences, tokens, consistent, times, annotator);
    }

    private void addMentions(List<CoreLabel> labels, int firstToken, int sentence) {
        int i = 0;
        while (i < labels.size()) {
            String tag = labels.get(i).ner();
            if (tag == null || "O".equals(tag)) {
                addUntaggedPlace(firstToken + i, sentence);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < labels.size() && tag.equals(labels.get(end).ner())) end++;
            Span span = new Span(tokens.get(firstToken + i).span().start(), tokens.get(firstToken + end - 1).span().end());
            String surface = span.of(text);
            String fine = tags.refine(tag, surface);
            Optional<EntityType> type = EntityTags.typeOf(fine);
            if (type.isPresent()) mentions.add(new Mention(span, surface, type.get(), fine, sentence));
            i = end;
        }
    }

    /**
     * A capitalised proper noun the CRF left untagged that names a country or state ("US" before a title, as in
     * "US Secretary of Defense", which the CoNLL model leaves untagged) becomes a mention of it.
     */
    private void addUntaggedPlace(int tokenIndex, int sentence) {
        Token t = tokens.get(tokenIndex);
        if (!t.pos().startsWith("NNP") || !Character.isUpperCase(t.word().charAt(0))) return;
        String fine = tags.refine("LOCATION", t.word());
        if (!fine.equals("COUNTRY") && !fine.equals("STATE_OR_PROVINCE")) return;
        mentions.add(new Mention(t.span(), t.word(), EntityType.GOVERNMENT, fine, sentence));
        tokens.set(tokenIndex, t.withNer("LOCATION"));
    }

    /** The coarse tag (PERSON, LOCATION …); a date SUTime found is tagged with its TIMEX type, as CoreNLP's own NER does. */
    private static String coarseTag(CoreLabel label, Span span, List<Span> timexSpans, List<String> timexTypes) {
        String coarse = label.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
        String tag = coarse != null ? coarse : label.ner();
        if (tag != null && !"O".equals(tag)) return tag;
        for (int i = 0; i < timexSpans.size(); i++) {
            if (timexSpans.get(i).contains(span)) return timexTypes.get(i);
        }
        return "O";
    }

    private int sentenceAt(int offset, int from) {
        for (int i = Math.max(0, from); i < sentences.size(); i++) {
            if (sentences.get(i).span().end() > offset) return i;
        }
        return Math.max(0, sentences.size() - 1);
    }

    private static Span span(CoreMap annotation, int base) {
        return new Span(base + annotation.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                base + annotation.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }
}
