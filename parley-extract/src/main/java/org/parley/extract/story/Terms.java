package org.parley.extract.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Content terms of a text for story clustering: lower-cased words of three or more characters that are not
 * numbers and not in the general stop-word list ({@code stopwords.txt} beside this class).
 */
public final class Terms {
    private static final Set<String> STOPWORDS = load();

    private Terms() {
    }

    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Shingles.words(text)) if (keep(w)) out.add(w);
        return out;
    }

    static boolean keep(String word) {
        return word.length() >= 3 && !STOPWORDS.contains(word) && !word.chars().allMatch(Character::isDigit);
    }

    private static Set<String> load() {
        String name = "stopwords.txt";
        try (InputStream in = Terms.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing beside " + Terms.class.getName());
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String content = hash >= 0 ? line.substring(0, hash) : line;
                for (String w : content.trim().split("\\s+")) if (!w.isEmpty()) words.add(w);
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
