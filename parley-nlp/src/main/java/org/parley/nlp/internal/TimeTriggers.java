package org.parley.nlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a sentence can hold a time expression, so SUTime runs only where it may find one.
 *
 * <p>SUTime matches hundreds of TokensRegex rules at every token; on news text that is about 70% of the whole
 * annotation time, spent mostly on sentences with no date at all. Every expression SUTime normalises contains a
 * number or one of a few hundred time words (months, weekdays, units, parts of the day, seasons, "now", "ago",
 * "annual" …, listed in {@code time-triggers.txt}), so a sentence without any of them is skipped: the answer for it
 * is known to be empty. Measured on 700 corpus articles: 44% of tokens pass, and of 10,797 expressions SUTime found
 * on all sentences, the skipped ones were 15, all but a few spurious ("One ad", "about four to five" read as a
 * clock time); see NLP-CHOICES.md.
 */
public final class TimeTriggers {
    private static final String LEXICON = "/org/parley/nlp/time-triggers.txt";

    private final Set<String> words;

    private TimeTriggers(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public static TimeTriggers load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = TimeTriggers.class.getResourceAsStream(LEXICON)) {
            if (in == null) throw new IllegalStateException("resource " + LEXICON + " is missing from the classpath; rebuild parley-nlp");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                for (String w : line.split("\\s+")) words.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LEXICON, e);
        }
        return new TimeTriggers(words);
    }

    /** True when any token has a digit or is (or has a hyphenated part that is) a time word. */
    public boolean mayHoldTime(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (isTrigger(token.word())) return true;
        }
        return false;
    }

    boolean isTrigger(String word) {
        if (word == null || word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 1 && w.endsWith(".")) w = w.substring(0, w.length() - 1);
        if (words.contains(w)) return true;
        if (w.indexOf('-') < 0) return false;
        for (String part : w.split("-")) {
            if (words.contains(part)) return true;
        }
        return false;
    }
}
