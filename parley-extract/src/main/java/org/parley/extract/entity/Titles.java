package org.parley.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The title lexicon ({@code titles.txt}): words that name an office or role, never a person's name. Knows single
 * title words ("president"), the words of multi-word titles ("secretary", "general", "of", "state") and the
 * honorifics written before names ("Mr.").
 */
public final class Titles {
    private static final Titles DEFAULT = new Titles(Lexicon.lines(Titles.class, "titles.txt"),
            Lexicon.lines(Titles.class, "honorifics.txt"));
    /** Heads that name a holder by office without its name: "the NATO chief", "the leader". */
    private static final Set<String> GENERIC = Set.of("chief", "leader", "head", "official", "boss");

    private final Set<String> titles = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();

    Titles(List<String> titleLines, List<String> honorificLines) {
        for (String t : titleLines) {
            String lower = t.toLowerCase(Locale.ROOT);
            titles.add(lower);
            for (String w : lower.split("[\\s-]+")) {
                if (!w.equals("of")) words.add(w);
            }
        }
        for (String h : honorificLines) honorifics.add(h.toLowerCase(Locale.ROOT));
    }

    public static Titles standard() {
        return DEFAULT;
    }

    /** Whether a word is a title on its own ("president", "chief", "spokesman"). */
    public boolean isTitle(String word) {
        String w = norm(word);
        return titles.contains(w) || titles.contains(w.replace('-', ' '));
    }

    /** Whether a word can be part of a title ("secretary", "general", "foreign", "prime"). */
    public boolean isTitleWord(String word) {
        String w = norm(word);
        if (words.contains(w) || titles.contains(w)) return true;
        for (String part : w.split("-")) {
            if (!part.isEmpty() && !words.contains(part)) return false;
        }
        return w.contains("-");
    }

    public boolean isHonorific(String word) {
        return honorifics.contains(norm(word));
    }

    public boolean isGeneric(String word) {
        return GENERIC.contains(norm(word));
    }

    private static String norm(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
