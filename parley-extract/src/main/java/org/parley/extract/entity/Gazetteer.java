package org.parley.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.model.EntityType;

/**
 * Proper names that are not persons ({@code gazetteer.tsv}): cities and regions ("Mariupol", "Donbas"), named
 * parliaments ("Verkhovna Rada"), words for God. The annotator's CRF tags such a word PERSON where it opens a
 * sentence or stands in a list of names ("Chernihiv, Okhtyrka, Sumy, Mariupol and …"), and a pass that makes a name
 * consistent within an article then spreads the tag to every mention of it.
 */
final class Gazetteer {
    private static final Gazetteer DEFAULT = new Gazetteer(Lexicon.lines(Gazetteer.class, "gazetteer.tsv"));

    private final Map<String, EntityType> types = new HashMap<>();

    Gazetteer(List<String> lines) {
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length != 2) throw new IllegalStateException("gazetteer.tsv: line '" + line + "' needs a name and a type");
            types.put(key(cols[0]), EntityType.valueOf(cols[1].strip()));
        }
    }

    static Gazetteer standard() {
        return DEFAULT;
    }

    /** What a capitalised name names when it is no person: PLACE, ORGANIZATION or OTHER (no entity at all). */
    Optional<EntityType> lookup(String surface) {
        String s = surface.strip();
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) return Optional.empty();
        return Optional.ofNullable(types.get(key(s)));
    }

    private static String key(String name) {
        return name.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
