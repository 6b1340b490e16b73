package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.extract.map.IssueMap;
import org.parley.extract.map.MapOptions;
import org.parley.extract.map.Overlap;
import org.parley.extract.map.PartyPosition;
import org.parley.extract.map.Segment;
import org.parley.extract.map.Statement;
import org.parley.model.Condition;
import org.parley.server.csv.ApiColumns;
import org.parley.server.csv.CsvTable;
import org.parley.server.map.IssueMaps;
import org.parley.server.map.MapJson;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley map}: the negotiation map of one issue at a date. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"The negotiation map of one issue: the parties (speakers grouped by the government or organisation",
                "they speak for), each party's position at a date with its conditions, demands and red lines, its latest",
                "statement and the positions it moved from; then where parties overlap and where they are irreconcilable.",
                "--format csv/jsonl write one table (--table); --json alone writes the whole map as one JSON object."})
public final class MapCommand implements Callable<Integer> {
    /** The map's tables, as CSV or JSON Lines rows. */
    enum Table { PARTIES, LANES, OVERLAPS }

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    IssuesOption issues;

    @Option(names = "--issue", required = true, paramLabel = "ID", description = "The issue's id (see 'parley issues list').")
    String issue;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "As of this date (default: the latest statement's date, or --to).")
    LocalDate at;

    @Mixin
    DateWindow window;

    @Mixin
    MinConfidence minConfidence;

    @Option(names = "--table", paramLabel = "parties|lanes|overlaps",
            description = "Which table --format csv or jsonl writes (default: parties; with --json and no --table, the whole map).")
    String table;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MapOptions options;
        try {
            options = new MapOptions(Optional.ofNullable(at), window.from(), window.to(), minConfidence.value());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        Map<String, String> names = new HashMap<>();
        issues.catalog().issues().forEach(i -> names.put(i.id(), i.name()));
        IssueMaps maps = new IssueMaps(issues.parties(), names);
        try (Store store = storeOptions.open()) {
            var statements = MapData.statements(store, StanceQuery.all().withIssue(issue));
            if (statements.isEmpty() && !names.containsKey(issue)) {
                throw new UserException("no stances on issue '" + issue + "' and the issues file does not name it; "
                        + "'parley issues list' shows the issues in use");
            }
            IssueMap map = maps.map(issue, statements, options);
            if (format.table()) {
                if (table != null) throw new UserException("--table chooses what --format csv or jsonl writes; add --format csv");
                print(map, out);
            } else if (format.format() == ListingFormat.Format.JSONL && table == null) {
                Json.line(out, MapJson.map(map));
            } else {
                Table t = table();
                JsonNode json = switch (t) {
                    case PARTIES -> MapJson.map(map);
                    case LANES -> MapJson.lanes(map);
                    case OVERLAPS -> MapJson.overlaps(map);
                };
                CsvTable columns = switch (t) {
                    case PARTIES -> ApiColumns.MAP;
                    case LANES -> ApiColumns.MAP_LANES;
                    case OVERLAPS -> ApiColumns.MAP_OVERLAPS;
                };
                try (ListingFormat.Rows rows = format.rows(out, columns)) {
                    json.path("items").forEach(row -> rows.add((ObjectNode) row));
                }
            }
        }
        return 0;
    }

    private Table table() {
        if (table == null) return Table.PARTIES;
        try {
            return Table.valueOf(table.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--table '" + table + "' is not one of parties, lanes, overlaps", e);
        }
    }

    static void print(IssueMap map, PrintWriter out) {
        out.printf("%s (%s) as of %s: %d parties; statements below confidence %s not counted%s%n", map.name(), map.issue(),
                map.at().map(LocalDate::toString).orElse("-"), map.parties().size(), map.options().minConfidence(),
                map.undated() > 0 ? "; " + map.undated() + " undated not placed" : "");
        if (map.parties().isEmpty()) out.println("no party has a counted statement on this issue in this window");
        for (PartyPosition p : map.parties()) {
            out.printf("%n%s: %s  (%d statements, %d not counted; confidence %.2f)%n", p.party().name(), p.label(),
                    p.counted(), p.notCounted(), p.confidence());
            out.println("    members: " + p.members().stream().limit(8).map(m -> m.speaker().name() + " (" + m.statements() + ")")
                    .collect(Collectors.joining(", ")) + (p.members().size() > 8 ? ", +" + (p.members().size() - 8) + " more" : "")
                    + "  [" + p.members().get(0).basis() + "]");
            for (Condition.Kind kind : Condition.Kind.values()) {
                var notes = p.conditionsOf(kind);
                if (notes.isEmpty()) continue;
                out.println("    " + kind.label() + "s: " + notes.stream().limit(4)
                        .map(c -> "\"" + Text.cut(c.text(), 90) + "\" (" + c.last() + ")").collect(Collectors.joining("; ")));
            }
            p.last().ifPresent(s -> out.println("    last: " + line(s)));
            if (!p.earlier().isEmpty()) {
                out.println("    earlier: " + p.earlier().stream().map(MapCommand::segment).collect(Collectors.joining(" -> ")));
            }
        }
        if (!map.overlaps().isEmpty()) out.printf("%nBetween parties:%n");
        for (Overlap o : map.overlaps()) {
            out.printf("    %-16s %s%s%n", o.kind().label(), o.reason(), o.conditions().isEmpty() ? ""
                    : "  terms: " + o.conditions().stream().limit(3).map(c -> "\"" + Text.cut(c.text(), 60) + "\"").collect(Collectors.joining("; ")));
        }
    }

    static String segment(Segment s) {
        return s.position().label() + " " + s.from() + ".." + s.to() + " (" + s.statements().size() + ")";
    }

    static String line(Statement s) {
        return s.date().map(LocalDate::toString).orElse("undated") + " " + s.speaker().name() + " [" + s.position().label() + "] "
                + s.articleName() + " " + s.stance().evidence().start() + "-" + s.stance().evidence().end() + ": \""
                + Text.cut(s.text(), 160) + "\"";
    }
}
