package org.parley.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Span;
import org.parley.model.TimeMention;
import org.parley.model.Token;

/** Read-only helpers over an article's tokens: offsets to token indexes and simple word classes. */
public final class TokenView {
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "are", "were", "will",
            "would", "could", "should", "can", "may", "might", "must", "does", "did", "do", "also", "has been");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight");

    private final AnnotatedArticle doc;
    private final List<Token> tokens;

    private final boolean[] time;

    public TokenView(AnnotatedArticle doc) {
        this.doc = doc;
        this.tokens = doc.tokens();
        this.time = new boolean[tokens.size()];
        for (TimeMention t : doc.times()) {
            int[] r = inside(t.span());
            for (int k = r[0]; k < r[1]; k++) time[k] = true;
        }
        for (int k = 0; k < tokens.size(); k++) {
            String ner = tokens.get(k).ner();
            if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || WEEKDAYS.contains(lower(k))) time[k] = true;
        }
    }

    /** Whether token {@code i} is part of a date or time expression ("on Thursday", "last week"). */
    public boolean isTime(int i) {
        return time[i];
    }

    public AnnotatedArticle doc() {
        return doc;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Index of the first token that ends after {@code offset}, or {@link #size()}. */
    public int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index of the first token starting at or after {@code offset}, or {@link #size()}. */
    public int firstStartingAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Index of the last token ending at or before {@code offset}, or -1. */
    public int lastEndingBy(int offset) {
        return firstEndingAfter(offset) - 1;
    }

    /** Token indexes {@code [first, end)} that lie inside {@code span}. */
    public int[] inside(Span span) {
        int first = firstStartingAt(span.start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).span().end() <= span.end()) end++;
        return new int[] {first, end};
    }

    public String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    public String lemma(int i) {
        return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }

    public boolean isVerb(int i) {
        String pos = tokens.get(i).pos();
        return pos.startsWith("VB") || pos.equals("MD") || AUXILIARIES.contains(lower(i));
    }

    public boolean isPossessive(int i) {
        String w = lower(i);
        return tokens.get(i).pos().equals("POS") || w.equals("'s") || w.equals("'");
    }

    public boolean isCapitalised(int i) {
        String w = tokens.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /**
     * Index of the honorific written right before token {@code first} in its sentence ("Mr." or "Mr" "."), or -1.
     */
    int honorificBefore(int first, Titles titles) {
        int k = first - 1;
        if (k >= 0 && lower(k).equals(".")) k--;
        if (k < 0) return -1; // no sentence check: a splitter may end a sentence at "Mr." but an honorific ends none
        return titles.isHonorific(lower(k)) || titles.isHonorific(lower(k) + ".") ? k : -1;
    }

    public boolean isPunctuation(int i) {
        String w = tokens.get(i).word();
        return w.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
