package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * What the annotator makes of an article, and the only input extractors see: no annotator types leak past it.
 *
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Token> tokens,
                               List<Mention> mentions, List<TimeMention> times, String annotator) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article is null");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        annotator = Objects.requireNonNullElse(annotator, "");
    }

    public String text() {
        return article.text();
    }

    /** Tokens of sentence {@code s}. */
    public List<Token> tokensOf(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }
}
