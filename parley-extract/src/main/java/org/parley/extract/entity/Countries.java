package org.parley.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The country lexicon ({@code countries.tsv}): country names and their other names, seats of government
 * ("Moscow", "the Kremlin") and demonyms ("Russian", "Russians"), each mapped to the country's canonical name.
 */
public final class Countries {
    private static final Countries DEFAULT = new Countries(Lexicon.lines(Countries.class, "countries.tsv"));

    /** How a surface names a country. */
    public enum Form { NAME, SEAT, DEMONYM }

    /** A lexicon hit: the country's canonical name and how the surface named it. */
    public record Hit(String country, Form form) {
    }

    private final Map<String, Hit> bySurface = new HashMap<>();
    private int longestWords = 1;

    Countries(List<String> lines) {
        for (String line : lines) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IllegalStateException("countries.tsv: line '" + line + "' needs 4 tab-separated columns");
            }
            String country = cols[0].strip();
            put(country, new Hit(country, Form.NAME));
            for (String s : cols[1].split(";")) put(s, new Hit(country, Form.NAME));
            for (String s : cols[2].split(";")) put(s, new Hit(country, Form.SEAT));
            for (String s : cols[3].split(";")) put(s, new Hit(country, Form.DEMONYM));
        }
    }

    public static Countries standard() {
        return DEFAULT;
    }

    private void put(String surface, Hit hit) {
        String key = key(surface);
        if (key.isEmpty()) return;
        bySurface.putIfAbsent(key, hit);
        longestWords = Math.max(longestWords, key.split(" ").length);
    }

    /** The country a surface names ("U.S.", "the Kremlin", "Kyiv", "Russians"), if any. Case matters: names are capitalised. */
    public Optional<Hit> lookup(String surface) {
        String s = surface.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) && !s.startsWith("the ")) return Optional.empty();
        return Optional.ofNullable(bySurface.get(key(s)));
    }

    public int longestWords() {
        return longestWords;
    }

    private static String key(String surface) {
        String k = surface.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
