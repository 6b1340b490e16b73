package org.parley.server.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parley.extract.map.Change;
import org.parley.extract.map.ConditionNote;
import org.parley.extract.map.IssueMap;
import org.parley.extract.map.Overlap;
import org.parley.extract.map.Party;
import org.parley.extract.map.PartyPosition;
import org.parley.extract.map.Segment;
import org.parley.extract.map.Statement;
import org.parley.model.Condition;

/**
 * The JSON of a map, its lanes, its overlaps and changes, the same for {@code parley map --json} and
 * {@code /api/issues/{id}/map}. Each table is a list under {@code items}, so its CSV (one row per item, in the
 * columns of {@code ApiColumns}) works as for every listing; list-valued fields the CSV needs as one cell
 * ({@code member_names}, {@code demands} …) are given as lists of words beside the full objects.
 */
public final class MapJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MapJson() {
    }

    /** The whole map: the parties under {@code items}, with their lanes, conditions and evidence, and the overlaps. */
    public static ObjectNode map(IssueMap map) {
        ObjectNode n = head(map);
        ArrayNode items = n.putArray("items");
        map.parties().forEach(p -> items.add(party(map, p)));
        ArrayNode overlaps = n.putArray("overlaps");
        map.overlaps().forEach(o -> overlaps.add(overlap(map, o)));
        n.putNull("next_cursor");
        return n;
    }

    /** One item per lane segment of every party, oldest first per party: the lanes as a table. */
    public static ObjectNode lanes(IssueMap map) {
        ObjectNode n = head(map);
        ArrayNode items = n.putArray("items");
        for (PartyPosition p : map.parties()) {
            for (Segment s : p.segments()) {
                ObjectNode row = items.addObject().put("issue", map.issue());
                row.set("party", party(p.party()));
                row.put("from", s.from().toString()).put("to", s.to().toString()).put("position", s.position().label())
                        .put("count", s.statements().size());
                row.set("first", statement(s.statements().get(0)));
                ArrayNode st = row.putArray("statements");
                s.statements().forEach(x -> st.add(statement(x)));
            }
        }
        n.putNull("next_cursor");
        return n;
    }

    public static ObjectNode overlaps(IssueMap map) {
        ObjectNode n = head(map);
        ArrayNode items = n.putArray("items");
        map.overlaps().forEach(o -> items.add(overlap(map, o)));
        n.putNull("next_cursor");
        return n;
    }

    private static ObjectNode head(IssueMap map) {
        ObjectNode n = JSON.createObjectNode().put("issue", map.issue()).put("name", map.name());
        put(n, "at", map.at());
        put(n, "from", map.options().from());
        put(n, "to", map.options().to());
        return n.put("min_confidence", map.options().minConfidence()).put("undated", map.undated());
    }

    static ObjectNode party(IssueMap map, PartyPosition p) {
        ObjectNode n = JSON.createObjectNode().put("issue", map.issue());
        n.set("party", party(p.party()));
        n.put("position", p.position().label()).put("label", p.label()).put("conditional", p.conditional())
                .put("confidence", Math.round(p.confidence() * 1000) / 1000.0).put("counted", p.counted()).put("not_counted", p.notCounted());
        ArrayNode members = n.putArray("members");
        ArrayNode names = n.putArray("member_names");
        p.members().forEach(m -> {
            members.addObject().put("key", m.speaker().key()).put("name", m.speaker().name())
                    .put("type", m.speaker().type().name().toLowerCase(java.util.Locale.ROOT)).put("basis", m.basis()).put("statements", m.statements());
            names.add(m.speaker().name());
        });
        ArrayNode conditions = n.putArray("conditions");
        p.conditions().forEach(c -> conditions.add(condition(c)));
        for (Condition.Kind kind : Condition.Kind.values()) {
            ArrayNode texts = n.putArray(kind.label().replace('-', '_') + "s");
            p.conditionsOf(kind).forEach(c -> texts.add(c.text()));
        }
        p.last().ifPresentOrElse(s -> n.set("last", statement(s)), () -> n.putNull("last"));
        ArrayNode earlier = n.putArray("earlier");
        p.earlier().forEach(s -> earlier.addObject().put("from", s.from().toString()).put("to", s.to().toString())
                .put("position", s.position().label()).put("count", s.statements().size()));
        ArrayNode segments = n.putArray("segments");
        for (Segment s : p.segments()) {
            ObjectNode seg = segments.addObject().put("from", s.from().toString()).put("to", s.to().toString())
                    .put("position", s.position().label()).put("count", s.statements().size());
            ArrayNode st = seg.putArray("statements");
            s.statements().forEach(x -> st.add(statement(x)));
        }
        return n;
    }

    static ObjectNode overlap(IssueMap map, Overlap o) {
        ObjectNode n = JSON.createObjectNode().put("issue", map.issue());
        n.set("a", party(o.a()));
        n.set("b", party(o.b()));
        n.put("kind", o.kind().label()).put("reason", o.reason());
        ArrayNode conditions = n.putArray("conditions");
        ArrayNode texts = n.putArray("condition_texts");
        o.conditions().forEach(c -> {
            conditions.add(condition(c));
            texts.add(c.text());
        });
        return n;
    }

    public static ObjectNode change(Change c) {
        ObjectNode n = JSON.createObjectNode().put("issue", c.issue()).put("issue_name", c.issueName()).put("date", c.date().toString())
                .put("kind", c.kind().label());
        n.set("party", party(c.party()));
        put(n, "from", c.from().map(p -> p.label()));
        n.put("to", c.to().label());
        c.condition().ifPresentOrElse(x -> n.set("condition", condition(x)), () -> n.putNull("condition"));
        n.set("evidence", statement(c.evidence()));
        return n;
    }

    public static ObjectNode changes(List<Change> changes) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode items = n.putArray("items");
        changes.forEach(c -> items.add(change(c)));
        n.putNull("next_cursor");
        return n;
    }

    static ObjectNode party(Party p) {
        return JSON.createObjectNode().put("key", p.key()).put("name", p.name()).put("basis", p.basis());
    }

    private static ObjectNode condition(ConditionNote c) {
        ObjectNode n = JSON.createObjectNode().put("kind", c.kind().label()).put("text", c.text())
                .put("first", c.first().toString()).put("last", c.last().toString()).put("times", c.times());
        n.set("evidence", statement(c.latest()));
        return n;
    }

    /** A statement with its speaker, position, date and evidence (article and offsets, and the sentence). */
    public static ObjectNode statement(Statement s) {
        ObjectNode n = JSON.createObjectNode().put("id", s.id());
        put(n, "date", s.date());
        n.putObject("speaker").put("key", s.speaker().key()).put("name", s.speaker().name());
        n.put("position", s.position().label()).put("confidence", s.stance().confidence());
        ArrayNode cues = n.putArray("cues");
        s.stance().cues().forEach(cues::add);
        s.stance().condition().ifPresentOrElse(c -> n.putObject("condition").put("kind", c.kind().label()).put("text", c.text()),
                () -> n.putNull("condition"));
        n.put("shift", s.stance().shift());
        ObjectNode article = n.putObject("article").put("id", s.source().article().value()).put("name", s.articleName())
                .put("title", s.title()).put("outlet", s.source().outlet());
        put(article, "date", s.articleDate());
        n.putObject("evidence").put("start", s.stance().evidence().start()).put("end", s.stance().evidence().end()).put("text", s.text());
        return n;
    }

    private static void put(ObjectNode n, String field, Optional<?> value) {
        if (value.isPresent()) n.put(field, value.get() instanceof LocalDate d ? d.toString() : value.get().toString());
        else n.putNull(field);
    }
}
