package org.parley.model;

import java.util.Objects;

/**
 * One token of an annotated article.
 *
 * @param index    position in {@link AnnotatedArticle#tokens()}
 * @param word     the token as written ({@code span.of(text)} up to normalisation of quotes and brackets)
 * @param ner      coarse named-entity tag: PERSON, ORGANIZATION, LOCATION, MISC, DATE, … or "O"
 * @param sentence index of the sentence holding it
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner, int sentence) {
    public Token {
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(word, "word is null");
        lemma = Objects.requireNonNullElse(lemma, word);
        pos = Objects.requireNonNullElse(pos, "");
        ner = Objects.requireNonNullElse(ner, "O");
        if (index < 0 || sentence < 0) {
            throw new IllegalArgumentException("token %d in sentence %d".formatted(index, sentence));
        }
    }

    /** This token with another named-entity tag: the passes that make names consistent retag tokens this way. */
    public Token withNer(String tag) {
        return new Token(index, span, word, lemma, pos, tag, sentence);
    }
}
