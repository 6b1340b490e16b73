package org.parley.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.EntityMention;
import org.parley.model.Event;
import org.parley.model.LocalEntity;
import org.parley.model.Problem;
import org.parley.model.Removal;
import org.parley.model.Speaker;
import org.parley.model.DocumentStructure;
import org.parley.model.Turn;
import org.parley.model.Stance;
import org.parley.model.TimeMention;
import org.parley.store.Store;
import org.parley.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley show ARTICLE}: one article with everything Parley read in it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Shows one article: clean text, removed residue, entities, dates, quotes, stances and events.")
public final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE", description = "Article id, file name or JSONL id (or a unique prefix).")
    String key;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--json", description = "As one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            StoredArticle s = store.article(Lookup.article(store, key)).orElseThrow();
            if (json) Json.line(out, toJson(s));
            else print(s, out);
        }
        return 0;
    }

    private static void print(StoredArticle s, PrintWriter out) {
        Article a = s.article();
        Map<String, LocalEntity> byKey = s.entities().stream().collect(Collectors.toMap(LocalEntity::key, Function.identity()));
        out.printf("%s  (id %s)%n", a.name(), a.id().value());
        if (!a.title().isBlank()) out.println("title:   " + a.title());
        if (!a.outlet().isBlank()) out.println("outlet:  " + a.outlet());
        if (!a.author().isBlank()) out.println("author:  " + a.author());
        if (!a.url().isBlank()) out.println("url:     " + a.url());
        out.println("date:    " + Text.date(s.date()) + (s.date().estimated() ? "  (estimated: " + s.date().basis() + ")" : ""));
        out.println("source:  " + a.source());
        out.println();
        out.println(a.cleanText());
        out.println();
        section(out, "Removed residue", s.article().removed().size());
        for (Removal r : a.removed()) out.printf("  @%d-%d  %s: %s%n", r.span().start(), r.span().end(), r.reason(), Text.cut(r.text(), 100));
        section(out, "Entities", s.entities().size());
        for (LocalEntity e : s.entities()) {
            out.printf("  %-28s %-12s %2d mention(s)%s%s%n", e.name(), e.type().name().toLowerCase(Locale.ROOT), e.mentions().size(),
                    e.roles().isEmpty() ? "" : "  roles: " + String.join(", ", e.roles()),
                    e.aliases().isEmpty() ? "" : "  aka: " + String.join(", ", e.aliases()));
        }
        section(out, "Dates", s.times().size());
        for (TimeMention t : s.times()) out.printf("  @%d-%d  %-28s -> %s (%s)%n", t.span().start(), t.span().end(), t.surface(), t.value(), t.type());
        DocumentStructure structure = s.structure();
        section(out, "Structure: " + structure.kind().name().toLowerCase(Locale.ROOT) + " " + structure.rules() + ", turns", structure.turns().size());
        for (Turn t : structure.turns()) {
            out.printf("  @%d-%d %s: %s%n", t.body().start(), t.body().end(),
                    t.speaker().named() ? t.speaker().name() + " (" + t.speaker().basis() + ")" : "(unnamed: '" + t.label().of(a.text()) + "')",
                    Text.cut(t.body().of(a.text()), 80));
        }
        section(out, "Quotes and reported speech", s.attributions().size());
        for (Attribution q : s.attributions()) {
            String who = switch (q.speaker()) {
                case Speaker.Known k -> k.name() + k.inText().map(m -> " ('" + k.surface() + "' @" + m.start() + ")").orElse(" (named outside the text)");
                case Speaker.Unknown u -> u.mention().map(m -> "(unknown: '" + u.surface() + "' @" + m.start() + ")").orElse("(unknown)");
            };
            out.printf("  @%d-%d %s %s%s [%s]: %s   {%s}%n", q.content().start(), q.content().end(), q.direct() ? "direct  " : "reported",
                    who, q.via().map(v -> " via " + v.name()).orElse(""), q.cueText(), Text.cut(q.text(), 200), String.join(", ", q.rules()));
        }
        section(out, "Stances", s.stances().size());
        for (Stance st : s.stances()) {
            out.printf("  %-24s %-8s on %-28s cues: %s%s%s   {%s}%n", st.holder().name(), st.position().label(), st.issue(),
                    String.join(", ", st.cues()), st.condition().map(c -> "  " + c.kind().label() + ": " + c.text()).orElse(""),
                    st.shift() ? "  (reported shift)" : "", String.join(", ", st.rules()));
        }
        section(out, "Events", s.events().size());
        for (Event e : s.events()) {
            out.printf("  %-10s %-12s %s  with %s%n", e.kind(), e.when().map(w -> w.value() + " (" + w.granularity().name().toLowerCase(Locale.ROOT) + ")").orElse("undated"),
                    e.triggerText(), e.participants().stream().map(k -> byKey.containsKey(k) ? byKey.get(k).name() : k).collect(Collectors.joining(", ")));
        }
        if (!s.warnings().isEmpty()) {
            section(out, "Warnings", s.warnings().size());
            for (Problem p : s.warnings()) out.println("  " + p);
        }
    }

    private static void section(PrintWriter out, String title, int n) {
        out.printf("%n%s (%d)%n", title, n);
    }

    private static ObjectNode toJson(StoredArticle s) {
        Article a = s.article();
        ObjectNode n = Json.object().put("id", a.id().value()).put("name", a.name()).put("source", a.source())
                .put("outlet", a.outlet()).put("title", a.title()).put("author", a.author()).put("url", a.url());
        Json.put(n, "date", s.date().date());
        n.put("date_estimated", s.date().estimated()).put("date_basis", s.date().basis());
        n.put("text", a.cleanText());
        n.put("original_text", a.originalText());
        ArrayNode removed = n.putArray("removed");
        for (Removal r : a.removed()) removed.add(Json.object().put("start", r.span().start()).put("end", r.span().end()).put("text", r.text()).put("reason", r.reason()));
        ArrayNode ents = n.putArray("entities");
        for (LocalEntity e : s.entities()) {
            ObjectNode en = ents.addObject().put("key", e.key()).put("name", e.name()).put("type", e.type().name().toLowerCase(Locale.ROOT));
            e.roles().forEach(en.putArray("roles")::add);
            e.aliases().forEach(en.putArray("aliases")::add);
            ArrayNode ms = en.putArray("mentions");
            for (EntityMention m : e.mentions()) ms.addObject().put("start", m.span().start()).put("end", m.span().end()).put("text", m.surface()).put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode dates = n.putArray("dates");
        for (TimeMention t : s.times()) dates.addObject().put("start", t.span().start()).put("end", t.span().end()).put("text", t.surface()).put("value", t.value()).put("type", t.type());
        ObjectNode structure = n.putObject("structure").put("kind", s.structure().kind().name().toLowerCase(Locale.ROOT));
        s.structure().rules().forEach(structure.putArray("rules")::add);
        ArrayNode turns = structure.putArray("turns");
        for (Turn t : s.structure().turns()) {
            ObjectNode tn = turns.addObject().put("start", t.body().start()).put("end", t.body().end())
                    .put("label_start", t.label().start()).put("label_end", t.label().end()).put("basis", t.speaker().basis());
            if (t.speaker().named()) tn.put("speaker", t.speaker().name());
            else tn.putNull("speaker");
        }
        ArrayNode quotes = n.putArray("quotes");
        for (Attribution q : s.attributions()) {
            ObjectNode qn = quotes.addObject().put("start", q.content().start()).put("end", q.content().end()).put("text", q.text())
                    .put("direct", q.direct()).put("kind", q.kind().name().toLowerCase(Locale.ROOT)).put("cue", q.cueText());
            if (q.speaker() instanceof Speaker.Known k) qn.put("speaker", k.name());
            else qn.putNull("speaker");
            q.speaker().mentionInText().ifPresentOrElse(m -> qn.put("speaker_start", m.start()).put("speaker_end", m.end()),
                    () -> qn.putNull("speaker_start").putNull("speaker_end"));
            if (q.via().isPresent()) qn.put("via", q.via().get().name());
            else qn.putNull("via");
            q.rules().forEach(qn.putArray("rules")::add);
        }
        ArrayNode stances = n.putArray("stances");
        for (Stance st : s.stances()) {
            ObjectNode sn = stances.addObject().put("issue", st.issue()).put("holder", st.holder().name()).put("stance", st.position().label())
                    .put("confidence", st.confidence()).put("shift", st.shift())
                    .put("start", st.evidence().start()).put("end", st.evidence().end()).put("text", st.evidence().of(a.text()));
            Json.condition(sn, st);
            st.cues().forEach(sn.putArray("cues")::add);
            st.rules().forEach(sn.putArray("rules")::add);
        }
        return n;
    }
}
