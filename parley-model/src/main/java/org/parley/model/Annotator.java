package org.parley.model;

/** Tokens, sentences, parts of speech, lemmas, named entities and normalised dates for one article. */
public interface Annotator extends Stage<Article, AnnotatedArticle> {
}
