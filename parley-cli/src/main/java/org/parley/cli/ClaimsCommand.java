package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.extract.claim.Claim;
import org.parley.extract.claim.ClaimConfig;
import org.parley.extract.claim.ClaimMatcher;
import org.parley.extract.claim.ClaimSource;
import org.parley.extract.story.DuplicateGroups;
import org.parley.store.AttributionQuery;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley claims}: quotes and reported claims carried by several articles, with independent outlets. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"The same quote (exact, trimmed or lightly edited) or the same reported claim carried by two or",
                "more articles, with every source and the number of independent outlets: an outlet counts once, and",
                "near-duplicate articles (syndicated copies, see 'parley dupes') count once."})
public final class ClaimsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--corroborated", description = "Only claims carried by at least 2 independent outlets.")
    boolean corroborated;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only claims with a source attributing them to this speaker (any name or alias).")
    String speaker;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Claim> claims;
        AcrossOutlets data;
        Set<String> bySpeaker = new HashSet<>();
        try (Store store = storeOptions.open()) {
            data = AcrossOutlets.load(store, false);
            DuplicateGroups copies = Signing.groups(store);
            claims = new ClaimMatcher(ClaimConfig.defaults()).match(data.facts, copies, data.names);
            if (speaker != null) {
                Lookup.each(p -> store.attributions(AttributionQuery.all().withSpeakerName(speaker), p), Integer.MAX_VALUE,
                        a -> bySpeaker.add(key(a.article().id().value(), a.attribution().content().start())));
            }
        }
        int shown = 0;
        boolean json = !format.table();
        ListingFormat.Rows rows = format.rows(out, CliColumns.CLAIMS);
        for (Claim c : claims) {
            if (c.sources().stream().map(ClaimSource::article).distinct().count() < 2) continue;
            if (corroborated && c.independentOutlets() < 2) continue;
            if (speaker != null && c.sources().stream().noneMatch(s -> bySpeaker.contains(key(s.article().value(), s.span().start())))) continue;
            shown++;
            if (json) {
                rows.add(toJson(c, data));
                continue;
            }
            out.printf("%s  %s\"%s\"  — %s%n", c.id(), c.direct() ? "" : "(reported) ", Text.cut(c.text(), 160),
                    c.speaker().orElse("no speaker named"));
            out.printf("    %d source(s), %d independent outlet(s)%n", c.sources().size(), c.independentOutlets());
            for (ClaimSource s : c.sources()) {
                out.printf("      %-18s %s %s  %s%s%n", s.outlet().isBlank() ? "-" : s.outlet(), data.name(s.article()), s.span(),
                        s.speaker().map(n -> n + ": ").orElse(""), Text.cut(s.text(), 120));
            }
        }
        rows.close();
        if (!json && shown == 0) {
            out.println("no claim carried by two or more articles" + (corroborated ? " from independent outlets" : "")
                    + (speaker != null ? " from " + speaker : ""));
        }
        out.flush();
        return 0;
    }

    private static String key(String article, int start) {
        return article + "@" + start;
    }

    static ObjectNode toJson(Claim c, AcrossOutlets data) {
        ObjectNode n = Json.object().put("id", c.id()).put("text", c.text());
        Json.put(n, "speaker", c.speaker());
        n.put("direct", c.direct()).put("independent_outlets", c.independentOutlets());
        ArrayNode sources = n.putArray("sources");
        for (ClaimSource s : c.sources()) {
            ObjectNode src = Json.evidence(data.name(s.article()), s.span(), s.text()).put("article_id", s.article().value())
                    .put("outlet", s.outlet()).put("direct", s.direct());
            Json.put(src, "speaker", s.speaker());
            data.ref(s.article()).ifPresent(r -> Json.put(src, "date", r.date()));
            sources.add(src);
        }
        return n;
    }
}
