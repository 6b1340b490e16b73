package org.parley.extract.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.extract.stance.HolderNames;

/**
 * The parties the user names in the issues file, which win over {@link PartyResolver}'s own reading:
 * <pre>{"issues": [...], "parties": {"Russia": ["Putin", "Peskov", "Lavrov", "Kremlin"], "United States": ["Trump"]}}</pre>
 * A speaker belongs to the first party that lists one of its names or aliases (names match as holders do: "Putin"
 * is "Vladimir Putin", "Zelensky" is "Volodymyr Zelenskyy"). Kept apart from the issue catalogue, which ignores
 * fields it does not know, so the file stays one file.
 */
public final class PartyOverrides {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, List<String>> parties;

    public PartyOverrides(Map<String, List<String>> parties) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parties.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.parties = java.util.Collections.unmodifiableMap(copy);
    }

    public static PartyOverrides none() {
        return new PartyOverrides(Map.of());
    }

    /** The {@code "parties"} object of an issues file (none when it has none). */
    public static PartyOverrides load(Path issuesFile) {
        try {
            return parse(issuesFile.toString(), Files.readString(issuesFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read issue file " + issuesFile, e);
        }
    }

    /** Parses the {@code "parties"} object of issues JSON; {@code source} names the file in error messages. */
    public static PartyOverrides parse(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("issue file " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode node = root == null ? null : root.get("parties");
        if (node == null || node.isNull()) return none();
        String shape = "; write it as {\"parties\": {\"Russia\": [\"Putin\", \"Kremlin\"]}}";
        if (!node.isObject()) throw new IllegalArgumentException("issue file " + source + ": \"parties\" must be an object" + shape);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String party = e.getKey().strip();
            if (party.isEmpty()) throw new IllegalArgumentException("issue file " + source + ": a party in \"parties\" has an empty name" + shape);
            if (!e.getValue().isArray()) {
                throw new IllegalArgumentException("issue file " + source + ": party '" + party + "' must list names in an array" + shape);
            }
            List<String> names = new ArrayList<>();
            for (JsonNode n : e.getValue()) {
                if (!n.isTextual() || n.asText().isBlank()) {
                    throw new IllegalArgumentException("issue file " + source + ": party '" + party + "' lists " + n
                            + "; every name must be a non-empty string");
                }
                names.add(n.asText().strip());
            }
            out.put(party, names);
        }
        return new PartyOverrides(out);
    }

    /** The party that lists the speaker by name or alias, if any. */
    public Optional<String> partyOf(Speaker speaker) {
        for (Map.Entry<String, List<String>> p : parties.entrySet()) {
            if (HolderNames.any(speaker.name(), p.getValue())) return Optional.of(p.getKey());
            for (String alias : speaker.aliases()) if (HolderNames.any(alias, p.getValue())) return Optional.of(p.getKey());
        }
        return Optional.empty();
    }

    public Map<String, List<String>> parties() {
        return parties;
    }

    public boolean isEmpty() {
        return parties.isEmpty();
    }
}
