package org.parley.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Institutions every country has ({@code bodies.txt}: "Foreign Ministry", "General Staff", "Parliament"), and the
 * country an article gives them. "Ukraine's Foreign Ministry" and "the Russian Foreign Ministry" are different bodies;
 * named by their words alone, the two were one organisation across articles, holding both countries' positions.
 */
final class Bodies {
    private static final Bodies DEFAULT = new Bodies(Lexicon.lines(Bodies.class, "bodies.txt"));
    /** Up to four capitalised words and a possessive, or one capitalised word, right before a body's name. */
    private static final Pattern BEFORE = Pattern.compile(
            "(?:(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,3})(?:'s|’s|'|’)|(\\p{Lu}\\p{L}+))\\s+(?:the\\s+)?$");
    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)\\b(?:its|their)\\s+$");
    private static final Pattern OF_COUNTRY = Pattern.compile("^(.+)\\s+of\\s+(?:the\\s+)?(\\p{Lu}.*)$");

    private final Set<String> names = new HashSet<>();

    Bodies(List<String> lines) {
        for (String line : lines) names.add(key(line));
    }

    static Bodies standard() {
        return DEFAULT;
    }

    /** True when {@code surface} ("the Foreign Ministry", "Defense Ministry") names a body every country has. */
    boolean isGeneric(String surface) {
        return names.contains(key(surface));
    }

    /** A body and the country it belongs to. {@link #name()} is how entities call it: "Foreign Ministry (Ukraine)". */
    record Owned(String body, String country) {
        String name() {
            return body + " (" + country + ")";
        }
    }

    /**
     * The country's body that {@code surface} names, from the words inside it ("Russian Foreign Ministry",
     * "Ministry of Foreign Affairs of Ukraine") or from {@code before}, the text just before it ("Ukraine's",
     * "the Russian"); empty when it is no generic body or no country is written with it.
     */
    Optional<Owned> owned(String surface, String before, Countries countries) {
        String s = strip(surface);
        if (isGeneric(s)) return countryBefore(before, countries).map(c -> new Owned(s, c));
        Matcher of = OF_COUNTRY.matcher(s);
        if (of.matches() && isGeneric(of.group(1))) {
            Optional<Countries.Hit> c = countries.lookup(of.group(2));
            if (c.isPresent() && c.get().form() == Countries.Form.NAME) return Optional.of(new Owned(of.group(1), c.get().country()));
        }
        String[] words = s.split("\\s+");
        for (int k = 1; k < words.length; k++) {
            String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            if (!isGeneric(rest)) continue;
            return countryBefore(String.join(" ", Arrays.copyOfRange(words, 0, k)) + " ", countries)
                    .map(c -> new Owned(rest, c));
        }
        return Optional.empty();
    }

    /** True when {@code surface} is a generic body written right after "its" or "their". */
    boolean afterPossessivePronoun(String surface, String before) {
        return isGeneric(surface) && POSSESSIVE_PRONOUN.matcher(before).find();
    }

    private static Optional<String> countryBefore(String before, Countries countries) {
        Matcher m = BEFORE.matcher(before);
        if (!m.find()) return Optional.empty();
        if (m.group(2) != null) {
            return countries.lookup(m.group(2)).filter(h -> h.form() == Countries.Form.DEMONYM).map(Countries.Hit::country);
        }
        // the longest run of the words before the possessive that names a country ("the United States'")
        String[] words = m.group(1).split("\\s+");
        for (int k = 0; k < words.length; k++) {
            String candidate = String.join(" ", Arrays.copyOfRange(words, k, words.length));
            Optional<Countries.Hit> hit = countries.lookup(candidate);
            if (hit.isPresent() && hit.get().form() != Countries.Form.DEMONYM) return Optional.of(hit.get().country());
        }
        return Optional.empty();
    }

    static String strip(String surface) {
        String s = surface.strip().replaceAll("\\s+", " ");
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }

    private static String key(String surface) {
        return strip(surface).replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
