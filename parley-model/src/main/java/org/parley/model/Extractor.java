package org.parley.model;

import java.util.List;

/** Finds facts of one kind in one annotated article. */
public interface Extractor<T> extends Stage<AnnotatedArticle, List<T>> {
}
