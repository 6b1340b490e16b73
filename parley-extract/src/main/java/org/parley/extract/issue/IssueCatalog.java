package org.parley.extract.issue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Issue;

/**
 * The issues a user tracks, read from a JSON file:
 * <pre>{"issues": [{"id": "ukraine-nato-membership", "name": "Ukraine's NATO membership",
 *              "terms": ["NATO membership", "join NATO", "member of NATO"]}]}</pre>
 * Other fields, at the top or in an entry, are allowed and ignored. A broken file fails with a message naming
 * the file, the entry and what to fix.
 */
public record IssueCatalog(String source, List<Issue> issues) {
    /** Where the bundled example issues live on the class path. */
    public static final String DEFAULT_RESOURCE = "/org/parley/extract/issue/default-issues.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public IssueCatalog {
        issues = List.copyOf(issues);
        Set<String> ids = new HashSet<>();
        for (Issue issue : issues) {
            if (!ids.add(issue.id())) {
                throw new IllegalArgumentException(source + ": issue id '" + issue.id() + "' appears twice; ids must be unique");
            }
        }
    }

    /** Reads the user's issue file. */
    public static IssueCatalog load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("issue file " + file + " does not exist; pass the path of a JSON file "
                    + "like examples/issues-ukraine.json", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read issue file " + file, e);
        }
    }

    /** The general geopolitical issues bundled with Parley, for a first run without an issue file. */
    public static IssueCatalog bundled() {
        try (InputStream in = IssueCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** Parses issue JSON; {@code source} names it in error messages. */
    public static IssueCatalog parse(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("issue file " + source + " is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("issues").isArray()) {
            throw new IllegalArgumentException("issue file " + source + " must be a JSON object with an array \"issues\": "
                    + "{\"issues\": [{\"id\": \"...\", \"name\": \"...\", \"terms\": [\"...\"]}]}");
        }
        List<Issue> issues = new ArrayList<>();
        int n = 0;
        for (JsonNode entry : root.path("issues")) {
            n++;
            issues.add(issue(source, n, entry));
        }
        return new IssueCatalog(source, issues);
    }

    private static Issue issue(String source, int n, JsonNode entry) {
        String where = "issue file " + source + ", issue #" + n;
        if (!entry.isObject()) throw new IllegalArgumentException(where + " is not a JSON object");
        String id = entry.path("id").asText("").strip();
        if (id.isEmpty()) throw new IllegalArgumentException(where + " has no \"id\"; give it a short id such as \"nato-expansion\"");
        where += " ('" + id + "')";
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(where + ": the id may hold only letters, digits, '.', '_' and '-'");
        }
        JsonNode terms = entry.path("terms");
        if (!terms.isArray() || terms.isEmpty()) {
            throw new IllegalArgumentException(where + " needs \"terms\": a non-empty array of phrases that signal it, e.g. [\"join NATO\"]");
        }
        List<String> list = strings(where, "terms", terms);
        JsonNode against = entry.path("against");
        if (!against.isMissingNode() && !against.isArray()) {
            throw new IllegalArgumentException(where + ": \"against\" must be an array of phrases naming the issue's opposite, "
                    + "e.g. [\"territorial integrity\"]");
        }
        List<String> opposite = against.isArray() ? strings(where, "against", against) : List.of();
        JsonNode targets = entry.path("for");
        if (!targets.isMissingNode() && !targets.isArray()) {
            throw new IllegalArgumentException(where + ": \"for\" must be an array of the names the issue is for, "
                    + "e.g. [\"Ukraine\", \"Kyiv\", \"Ukrainian\"]");
        }
        List<String> forWhom = targets.isArray() ? strings(where, "for", targets) : List.of();
        String name = entry.path("name").asText(id).strip();
        return new Issue(id, name.isEmpty() ? id : name, list, opposite, forWhom);
    }

    private static List<String> strings(String where, String field, JsonNode array) {
        List<String> list = new ArrayList<>();
        for (JsonNode t : array) {
            if (!t.isTextual() || t.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": every entry of \"" + field + "\" must be a non-empty string, found " + t);
            }
            list.add(t.asText().strip());
        }
        return list;
    }

    public Optional<Issue> find(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
