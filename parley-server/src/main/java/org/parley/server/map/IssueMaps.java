package org.parley.server.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.extract.map.Change;
import org.parley.extract.map.Changes;
import org.parley.extract.map.IssueMap;
import org.parley.extract.map.MapBuilder;
import org.parley.extract.map.MapOptions;
import org.parley.extract.map.PartyOverrides;
import org.parley.extract.map.PartyResolver;
import org.parley.extract.map.Statement;

/**
 * Maps and changes over a set of statements, with the issues' names: what the CLI's {@code map} and {@code changes}
 * and the API's map endpoints share. Thread-safe.
 */
public final class IssueMaps {
    private final MapBuilder builder;
    private final Map<String, String> names;

    /** @param names issue id to name, from the issues file; an issue without one is named by its id */
    public IssueMaps(PartyOverrides overrides, Map<String, String> names) {
        this.builder = new MapBuilder(PartyResolver.standard(overrides));
        this.names = Map.copyOf(names);
    }

    public String name(String issue) {
        return names.getOrDefault(issue, issue);
    }

    /** The statements grouped by issue, issues in the order first seen. */
    public static Map<String, List<Statement>> byIssue(Collection<Statement> statements) {
        Map<String, List<Statement>> out = new LinkedHashMap<>();
        for (Statement s : statements) out.computeIfAbsent(s.stance().issue(), k -> new ArrayList<>()).add(s);
        return out;
    }

    public IssueMap map(String issue, Collection<Statement> statements, MapOptions options) {
        return builder.build(issue, name(issue), statements, options);
    }

    /**
     * What changed since {@code since} on each issue ({@code issue} alone when given), read off each issue's map as
     * of its latest statement.
     */
    public List<Change> changes(Map<String, List<Statement>> byIssue, Optional<String> issue, LocalDate since, double minConfidence) {
        List<Change> out = new ArrayList<>();
        MapOptions options = new MapOptions(Optional.empty(), Optional.empty(), Optional.empty(), minConfidence);
        for (Map.Entry<String, List<Statement>> e : byIssue.entrySet()) {
            if (issue.isPresent() && !issue.get().equals(e.getKey())) continue;
            out.addAll(Changes.since(map(e.getKey(), e.getValue(), options), since));
        }
        return out;
    }

    /** Whether the issue is known: named in the issues file or holding statements. */
    public boolean knows(String issue, Function<String, Boolean> hasStatements) {
        return names.containsKey(issue) || hasStatements.apply(issue);
    }
}
