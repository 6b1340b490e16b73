package org.parley.nlp.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.EntityType;

/**
 * Maps CoreNLP's NER tags to Parley's entity types, refining coarse CRF tags with a small lexicon of countries,
 * states and nationalities ({@code geo-names.tsv}) so that "Russia" becomes COUNTRY, hence GOVERNMENT, without
 * CoreNLP's fine-grained NER.
 */
public final class EntityTags {
    private static final String LEXICON = "/org/parley/nlp/geo-names.tsv";
    /** CRF tags the lexicon may refine. ORGANIZATION too: the CRF sometimes tags a country that acts ("Ukraine said") so. */
    private static final Set<String> REFINABLE = Set.of("LOCATION", "MISC", "ORGANIZATION", "GPE");

    private final Map<String, String> lexicon;

    private EntityTags(Map<String, String> lexicon) {
        this.lexicon = Map.copyOf(lexicon);
    }

    public static EntityTags load() {
        try (InputStream in = EntityTags.class.getResourceAsStream(LEXICON)) {
            if (in == null) throw new IllegalStateException("resource " + LEXICON + " is missing from the parley-nlp jar");
            Map<String, String> names = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] fields = line.split("\t");
                if (fields.length != 2) throw new IllegalStateException(LEXICON + ": bad line '" + line + "'");
                names.putIfAbsent(normalise(fields[0]), fields[1].strip());
            }
            return new EntityTags(names);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LEXICON, e);
        }
    }

    /** The fine tag for a mention: the lexicon's when it knows the surface and the CRF tag may be refined. */
    public String refine(String tag, String surface) {
        if (!REFINABLE.contains(tag)) return tag;
        String key = normalise(surface);
        String known = lexicon.get(key);
        if (known == null && key.endsWith("s")) {
            String singular = lexicon.get(key.substring(0, key.length() - 1));
            if ("NATIONALITY".equals(singular)) known = singular;
        }
        return known == null ? tag : known;
    }

    /** Parley's entity type for a fine tag, or empty for tags that are not entities (TITLE, DATE, NUMBER …). */
    public static Optional<EntityType> typeOf(String tag) {
        return Optional.ofNullable(switch (tag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            // A country or state speaks and takes stances through its government.
            case "COUNTRY", "STATE_OR_PROVINCE", "GPE" -> EntityType.GOVERNMENT;
            case "LOCATION", "CITY" -> EntityType.PLACE;
            // A nationality adjective mostly modifies a person ("Russian President ..."), so it is not a speaker.
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> EntityType.OTHER;
            default -> null;
        });
    }

    private static String normalise(String surface) {
        String s = surface.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
