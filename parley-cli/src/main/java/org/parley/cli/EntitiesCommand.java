package org.parley.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.model.Entity;
import org.parley.model.EntityType;
import org.parley.store.EntityQuery;
import org.parley.store.EntitySummary;
import org.parley.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley entities}: people, organisations, governments and places resolved across articles. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Lists entities resolved across articles: canonical name, type, mentions, articles, aliases, roles.")
public final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    static final class TypeFilter {
        @Option(names = "--person", description = "People only.") boolean person;
        @Option(names = {"--org", "--organization"}, description = "Organisations only.") boolean org;
        @Option(names = {"--gov", "--government"}, description = "Governments and countries only.") boolean gov;
        @Option(names = "--place", description = "Places only.") boolean place;

        EntityType type() {
            return person ? EntityType.PERSON : org ? EntityType.ORGANIZATION : gov ? EntityType.GOVERNMENT : EntityType.PLACE;
        }
    }

    @ArgGroup(exclusive = true)
    TypeFilter typeFilter;

    @Option(names = "--name", paramLabel = "TEXT", description = "Only entities whose name or alias contains TEXT.")
    String name;

    @Mixin
    ListingFormat format;

    @Option(names = "--limit", defaultValue = "100000", description = "At most this many.")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EntityQuery query = EntityQuery.all();
        if (typeFilter != null) query = query.withType(typeFilter.type());
        if (name != null) query = query.withNameContaining(name);
        List<EntitySummary> all = new ArrayList<>();
        try (Store store = storeOptions.open()) {
            EntityQuery q = query;
            Lookup.each(p -> store.entities(q, p), limit, all::add);
        }
        all.sort(Comparator.comparingInt(EntitySummary::mentions).reversed()
                .thenComparing(s -> s.entity().name()));
        boolean json = !format.table();
        ListingFormat.Rows rows = format.rows(out, CliColumns.ENTITIES);
        if (!json) out.printf("%-28s %-12s %8s %8s  %s%n", "NAME", "TYPE", "MENTIONS", "ARTICLES", "ALIASES; ROLES");
        for (EntitySummary s : all) {
            Entity e = s.entity();
            if (json) rows.add(toJson(s));
            else out.printf("%-28s %-12s %8d %8d  %s%s%n", Text.cut(e.name(), 28), e.type().name().toLowerCase(java.util.Locale.ROOT),
                    s.mentions(), s.articles(), Text.cut(String.join(", ", e.aliases().stream().sorted().toList()), 60),
                    e.roles().isEmpty() ? "" : "; " + Text.cut(String.join(", ", e.roles().stream().sorted().toList()), 60));
        }
        rows.close();
        return 0;
    }

    static ObjectNode toJson(EntitySummary s) {
        Entity e = s.entity();
        ObjectNode n = Json.object().put("id", e.id().value()).put("name", e.name())
                .put("type", e.type().name().toLowerCase(java.util.Locale.ROOT)).put("mentions", s.mentions()).put("articles", s.articles());
        e.aliases().stream().sorted().forEach(n.putArray("aliases")::add);
        e.roles().stream().sorted().forEach(n.putArray("roles")::add);
        return n;
    }
}
