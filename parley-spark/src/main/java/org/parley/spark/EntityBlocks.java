package org.parley.spark;

import java.util.Locale;
import org.parley.extract.entity.Names;
import org.parley.model.EntityType;

/**
 * Blocking keys for distributed entity resolution: local entities that {@code EntityResolver} could join get the
 * same key, so resolving each block apart gives (nearly) what resolving the whole corpus at once gives.
 *
 * <ul>
 *   <li>persons: the surname (last word; the only word of a one-word name) as its {@link Names#skeleton} without
 *       vowels, so transliterations that differ in vowels ("Medvedev" / "Medvedyev") share a block. Spellings the
 *       resolver joins by an edit of a consonant ("Zelensky" / "Zelenskiy" agree already; "Peskov" / "Pezkov"
 *       would not) are the difference to a single-machine run;</li>
 *   <li>organisations: the acronym, either the name itself when it is one word ("NATO", "U.S.", case folded) or
 *       the initials of its capitalised words ("North Atlantic Treaty Organization"), the rule of
 *       {@code EntityExtractor.acronymOf}. Names equal but for capitalisation of a lower-case word do not meet;</li>
 *   <li>governments, places and others: the lower-cased name, the resolver's own rule.</li>
 * </ul>
 */
public final class EntityBlocks {
    private EntityBlocks() {
    }

    public static String key(EntityType type, String name) {
        String n = name.strip();
        String prefix = type.name().toLowerCase(Locale.ROOT) + ":";
        return switch (type) {
            case PERSON -> prefix + surname(n);
            case ORGANIZATION -> prefix + acronym(n);
            case GOVERNMENT, PLACE, OTHER -> prefix + n.toLowerCase(Locale.ROOT);
        };
    }

    static String surname(String name) {
        String[] words = name.split("\\s+");
        String skeleton = Names.skeleton(words[words.length - 1]);
        String consonants = skeleton.replaceAll("[aeiouy]", "");
        return consonants.isEmpty() ? skeleton : consonants;
    }

    static String acronym(String name) {
        String[] words = name.split("[\\s-]+");
        if (words.length == 1) return name.replace(".", "").toUpperCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        }
        return initials.length() >= 2 ? initials.toString() : name.toLowerCase(Locale.ROOT);
    }
}
