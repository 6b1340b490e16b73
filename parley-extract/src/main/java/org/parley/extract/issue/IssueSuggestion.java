package org.parley.extract.issue;

import java.util.List;
import java.util.Objects;

/**
 * A recurring noun phrase that actors seem to take positions on: a candidate issue for the user's issue file.
 *
 * @param documents    articles mentioning it
 * @param holders      distinct named people, organisations and governments in its sentences
 * @param cueSentences sentences where it stands with a stance or reporting word
 * @param mentions     times it occurs
 * @param example      a sentence where it occurs with a named holder and a cue
 */
public record IssueSuggestion(String id, String name, List<String> terms, int documents, int holders, int cueSentences,
                              int mentions, String example) {
    public IssueSuggestion {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        terms = List.copyOf(terms);
        example = Objects.requireNonNullElse(example, "");
    }
}
