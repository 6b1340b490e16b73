package org.parley.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.EntityType;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.Token;

/**
 * Hand-made articles and annotations for fast unit tests that load no model.
 *
 * <p>{@link #annotated(String, String...)} splits sentences at {@code . ! ?} followed by white space and a capital
 * or a quote mark, tokenises at word boundaries, and tags as PERSON / ORGANIZATION / GOVERNMENT the names given
 * with a prefix: {@code "PERSON:Mark Rutte"}, {@code "ORGANIZATION:NATO"}, {@code "GOVERNMENT:Russia"}.
 * Lemmas are the lower-cased words with a final "s"/"ed" stripped: crude, but deterministic and enough for rules
 * whose tests care about structure rather than morphology.
 */
public final class Docs {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘A-Z])|\\n\\s*\\n");

    private Docs() {
    }

    public static Article article(String text) {
        return article("test.txt", text, null);
    }

    public static Article article(String name, String text, LocalDate published) {
        return Article.of(name, name, "", "", "", "", Optional.ofNullable(published), text, text, List.of(), Map.of());
    }

    public static AnnotatedArticle annotated(String text, String... entities) {
        return annotated(article(text), entities);
    }

    public static AnnotatedArticle annotated(Article article, String... entities) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        Matcher end = SENTENCE_END.matcher(text);
        List<int[]> bounds = new ArrayList<>();
        while (end.find()) {
            bounds.add(new int[] {start, end.start(), end.group().contains("\n\n") ? 1 : 0});
            start = end.end();
        }
        bounds.add(new int[] {start, text.length(), 0});
        for (int[] b : bounds) {
            int s = b[0];
            int e = b[1];
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e <= s) continue;
            int first = tokens.size();
            Matcher t = TOKEN.matcher(text).region(s, e);
            while (t.find()) {
                String word = t.group();
                tokens.add(new Token(tokens.size(), new Span(t.start(), t.end()), word, lemma(word), pos(word),
                        "O", sentences.size()));
            }
            sentences.add(new Sentence(sentences.size(), new Span(s, e), first, tokens.size(), paragraph));
            paragraph += b[2];
        }
        List<Mention> mentions = new ArrayList<>();
        for (String spec : entities) {
            int colon = spec.indexOf(':');
            EntityType type = EntityType.valueOf(spec.substring(0, colon));
            String name = spec.substring(colon + 1);
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                Span span = new Span(at, at + name.length());
                int sentence = sentenceOf(sentences, at);
                mentions.add(new Mention(span, name, type, type.name(), sentence));
                String tag = type == EntityType.GOVERNMENT ? "LOCATION" : type.name();
                for (int i = 0; i < tokens.size(); i++) {
                    Token tok = tokens.get(i);
                    if (span.contains(tok.span())) {
                        tokens.set(i, new Token(tok.index(), tok.span(), tok.word(), tok.lemma(), "NNP", tag, tok.sentence()));
                    }
                }
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return new AnnotatedArticle(article, sentences, tokens, mentions, List.<TimeMention>of(), "testkit");
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) if (s.span().start() <= offset && offset < s.span().end()) return s.index();
        return Math.max(0, sentences.size() - 1);
    }

    private static String lemma(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("ed") && w.length() > 4) return w.substring(0, w.length() - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    private static String pos(String word) {
        if (!Character.isLetter(word.charAt(0))) return word.matches("\\p{N}.*") ? "CD" : word;
        return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
    }
}
