package org.parley.spark;

import java.util.Locale;
import org.parley.extract.entity.EntityExtractor;
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
 *       would not) are the difference to a single-machine run. A lone surname and every full name ending with it
 *       share a block, so the resolver there sees all the candidates and joins the surname only when one fits;</li>
 *   <li>organisations: the acronym, either the name itself when it is one word ("NATO", "U.S.", case folded) or
 *       the initials of its capitalised words ("North Atlantic Treaty Organization"; an acronym among them gives all
 *       its letters, "U.S. Navy": USN), the rule of {@code EntityExtractor.acronymOf}. Names equal but for
 *       capitalisation of a lower-case word do not meet. Two-letter acronyms join an expansion only where an article
 *       wrote both, which the resolver sees inside the block, since both have the block's key;</li>
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
        String initials = EntityExtractor.initials(name);
        return initials.length() >= 2 ? initials : name.toLowerCase(Locale.ROOT);
    }
}
