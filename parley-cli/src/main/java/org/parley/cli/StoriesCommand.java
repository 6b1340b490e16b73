package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.store.ArticleRef;
import org.parley.store.Store;
import org.parley.store.StoredStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley stories}: the stories (events covered across outlets) the stored articles fall into. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Each story with its id, label, date span, outlets, article count, key people (resolved persons",
                "by mentions) and issues (by stances). Articles are put in stories as they are ingested, and stay there."})
public final class StoriesCommand implements Callable<Integer> {
    private static final int SHOWN = 5;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "1",
            description = "Only stories of at least N articles (default: ${DEFAULT-VALUE}).")
    int minArticles;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<StoredStory> stories;
        try (Store store = storeOptions.open()) {
            Stories.ensure(store);
            stories = store.stories().stories();
        }
        int shown = 0;
        boolean json = !format.table();
        ListingFormat.Rows rows = format.rows(out, CliColumns.STORIES);
        for (StoredStory s : stories) {
            if (s.articles().size() < minArticles) continue;
            shown++;
            if (json) {
                rows.add(toJson(s));
                continue;
            }
            out.printf("%s  %s%n", s.story().id(), s.story().label().isBlank() ? "(no label)" : s.story().label());
            out.printf("    %s; %d article(s) from %d outlet(s): %s%n", span(s.story().first(), s.story().last()),
                    s.articles().size(), s.outlets().size(), String.join(", ", s.outlets()));
            if (!s.people().isEmpty()) out.printf("    people: %s%n", counts(s.people()));
            if (!s.issues().isEmpty()) out.printf("    issues: %s%n", counts(s.issues()));
            for (ArticleRef a : s.articles()) {
                out.printf("      %s  %s%s%n", a.date().map(LocalDate::toString).orElse("undated   "), a.name(),
                        a.outlet().isBlank() ? "" : "  (" + a.outlet() + ")");
            }
        }
        rows.close();
        if (!json && shown == 0) out.println("no stories" + (minArticles > 1 ? " of " + minArticles + "+ articles" : "") + "; 'parley ingest' adds articles");
        out.flush();
        return 0;
    }

    static String span(Optional<LocalDate> first, Optional<LocalDate> last) {
        if (first.isEmpty()) return "undated";
        return first.get().equals(last.orElse(first.get())) ? first.get().toString() : first.get() + " to " + last.get();
    }

    private static String counts(List<StoredStory.Count> counts) {
        StringBuilder sb = new StringBuilder();
        for (StoredStory.Count c : counts.subList(0, Math.min(SHOWN, counts.size()))) {
            sb.append(sb.isEmpty() ? "" : ", ").append(c.name()).append(" (").append(c.count()).append(')');
        }
        return sb.toString();
    }

    static ObjectNode toJson(StoredStory s) {
        ObjectNode n = Json.object().put("id", s.story().id()).put("label", s.story().label());
        Json.put(n, "first", s.story().first());
        Json.put(n, "last", s.story().last());
        n.put("article_count", s.articles().size());
        ArrayNode arts = n.putArray("articles");
        for (ArticleRef a : s.articles()) arts.add(Json.article(a));
        s.outlets().forEach(n.putArray("outlets")::add);
        ArrayNode people = n.putArray("people");
        for (StoredStory.Count c : s.people()) people.add(Json.object().put("name", c.name()).put("mentions", c.count()));
        ArrayNode issues = n.putArray("issues");
        for (StoredStory.Count c : s.issues()) issues.add(Json.object().put("issue", c.name()).put("stances", c.count()));
        return n;
    }
}
