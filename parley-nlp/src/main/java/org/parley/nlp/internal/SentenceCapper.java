package org.parley.nlp.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts sentences longer than a limit into pieces before tagging. News rarely has sentences over ~80 tokens;
 * longer "sentences" are tables, lists and scraper residue without full stops, and CoreNLP's taggers and SUTime
 * get slower and less accurate on them. A piece ends after the last clause punctuation in its second half when
 * there is one, else at the limit.
 */
public final class SentenceCapper {
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ",", "--", "—", "–", "-", "|", "•");

    private SentenceCapper() {
    }

    /** Replaces over-long sentences of a tokenized and sentence-split annotation by pieces; a no-op otherwise. */
    public static void cap(Annotation document, int maxTokens) {
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.stream().noneMatch(s -> tokens(s).size() > maxTokens)) return;
        String text = document.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> capped = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            if (tokens.size() <= maxTokens) {
                capped.add(sentence);
                continue;
            }
            int start = 0;
            while (start < tokens.size()) {
                int end = cutPoint(tokens, start, maxTokens);
                capped.add(piece(text, tokens.subList(start, end)));
                start = end;
            }
        }
        int firstToken = 0;
        for (int i = 0; i < capped.size(); i++) {
            CoreMap sentence = capped.get(i);
            List<CoreLabel> tokens = tokens(sentence);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken);
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + tokens.size());
            for (CoreLabel token : tokens) token.setSentIndex(i);
            firstToken += tokens.size();
        }
        document.set(CoreAnnotations.SentencesAnnotation.class, capped);
    }

    private static int cutPoint(List<CoreLabel> tokens, int start, int maxTokens) {
        int limit = start + maxTokens;
        if (limit >= tokens.size()) return tokens.size();
        for (int i = limit - 1; i >= start + maxTokens / 2; i--) {
            if (CLAUSE_ENDS.contains(tokens.get(i).word())) return i + 1;
        }
        return limit;
    }

    private static CoreMap piece(String text, List<CoreLabel> tokens) {
        int begin = tokens.get(0).beginPosition();
        int end = tokens.get(tokens.size() - 1).endPosition();
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens));
        return sentence;
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
