package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.extract.map.Change;
import org.parley.server.csv.ApiColumns;
import org.parley.server.map.IssueMaps;
import org.parley.server.map.MapJson;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley changes}: the morning briefing, what moved on each issue since a date. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        description = {"What changed since a date, per issue, each with its evidence: parties taking a position for the first",
                "time, shifts of a party's weighed position (the map's lane boundaries), changes the articles report, and",
                "conditions, demands and red lines stated for the first time."})
public final class ChangesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    IssuesOption issues;

    @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD", description = "List what is new on or after this date.")
    LocalDate since;

    @Option(names = "--issue", paramLabel = "ID", description = "Only this issue.")
    String issue;

    @Mixin
    MinConfidence minConfidence;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        double min = minConfidence.checked();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> names = new HashMap<>();
        issues.catalog().issues().forEach(i -> names.put(i.id(), i.name()));
        IssueMaps maps = new IssueMaps(issues.parties(), names);
        try (Store store = storeOptions.open(); ListingFormat.Rows rows = format.rows(out, ApiColumns.CHANGES)) {
            StanceQuery q = issue == null ? StanceQuery.all() : StanceQuery.all().withIssue(issue);
            var byIssue = IssueMaps.byIssue(MapData.statements(store, q));
            if (issue != null && byIssue.isEmpty() && !names.containsKey(issue)) {
                throw new UserException("no stances on issue '" + issue + "'; 'parley issues list' shows the issues in use");
            }
            List<Change> changes = maps.changes(byIssue, Optional.ofNullable(issue), since, min);
            if (!format.table()) {
                for (Change c : changes) rows.add(MapJson.change(c));
                return 0;
            }
            String current = null;
            for (Change c : changes) {
                if (!c.issue().equals(current)) {
                    current = c.issue();
                    out.printf("%n%s (%s)%n", c.issueName(), c.issue());
                }
                out.printf("  %s  %-14s %s: %s%n", c.date(), c.kind().label(), c.party().name(), what(c));
                out.println("      " + MapCommand.line(c.evidence()));
            }
            if (changes.isEmpty()) out.println("nothing new since " + since);
        }
        return 0;
    }

    private static String what(Change c) {
        return switch (c.kind()) {
            case NEW_POSITION -> "takes a position: " + c.to().label();
            case SHIFT -> c.from().map(p -> p.label()).orElse("?") + " -> " + c.to().label();
            case REPORTED_SHIFT -> "the article reports a change, now " + c.to().label();
            case NEW_CONDITION -> c.condition().map(n -> n.kind().label() + " \"" + Text.cut(n.text(), 100) + "\"").orElse("");
        };
    }
}
