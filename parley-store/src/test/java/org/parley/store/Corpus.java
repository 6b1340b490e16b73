package org.parley.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.ArticleAnalysis;
import org.parley.model.AttributionKind;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.model.EntityType;
import org.parley.model.LocalRef;
import org.parley.model.Position;

/** Three small hand-written articles and a hand-built entity resolution over them, shared by the store tests. */
final class Corpus {
    static final EntityId RUTTE = new EntityId("person:mark-rutte");
    static final EntityId TUSK = new EntityId("person:donald-tusk");
    static final EntityId NATO = new EntityId("organization:nato");
    static final EntityId POLAND = new EntityId("government:poland");

    static final ArticleAnalysis RUTTE_ARTICLE = Analyses.article("rutte-1.txt", "Reuters", LocalDate.of(2025, 2, 13),
                    "Mark Rutte said NATO allies must spend more on defence. \"We need to do more, and faster,\" Rutte said. "
                            + "Officials said the summit in The Hague would decide. Rutte met Donald Tusk at a meeting in Warsaw.")
            .entity("e0", EntityType.PERSON, "Mark Rutte", "Rutte")
            .roles("e0", "NATO Secretary General")
            .entity("e1", EntityType.ORGANIZATION, "NATO")
            .entity("e2", EntityType.PERSON, "Donald Tusk")
            .quote("We need to do more, and faster,", true, AttributionKind.SPEECH, "Rutte", "e0", "Mark Rutte")
            .quote("the summit in The Hague would decide", false, AttributionKind.REPORT, "Officials", "", "Officials")
            .stance("defence-spending", "Mark Rutte", "e0", "Mark Rutte", Position.SUPPORT,
                    "Mark Rutte said NATO allies must spend more on defence.", null)
            .event("meeting", "meeting", LocalDate.of(2025, 2, 12), "e0", "e2")
            .checked();

    static final ArticleAnalysis TUSK_ARTICLE = Analyses.article("tusk-1.txt", "Guardian", LocalDate.of(2025, 3, 2),
                    "Donald Tusk said Poland would not send troops. \"Poland will not send soldiers to Ukraine,\" Tusk said. "
                            + "Tusk called Mark Rutte on Sunday.")
            .entity("e0", EntityType.PERSON, "Donald Tusk", "Tusk")
            .entity("e1", EntityType.PERSON, "Mark Rutte")
            .entity("e2", EntityType.GOVERNMENT, "Poland")
            .quote("Poland will not send soldiers to Ukraine,", true, AttributionKind.SPEECH, "Tusk", "e0", "Donald Tusk")
            .stance("troops-ukraine", "Donald Tusk", "e0", "Donald Tusk", Position.OPPOSE,
                    "Donald Tusk said Poland would not send troops.", LocalDate.of(2025, 3, 1))
            .event("call", "called", LocalDate.of(2025, 3, 2), "e0", "e1")
            .time("Sunday", "2025-03-02")
            .checked();

    static final ArticleAnalysis UNDATED_ARTICLE = Analyses.withResidue("undated.txt", "Reuters", null, "SUBSCRIBE NOW",
                    "Rutte said the alliance must spend more. \"Spending must rise,\" said Rutte.")
            .entity("e0", EntityType.PERSON, "Rutte")
            .quote("Spending must rise,", true, AttributionKind.SPEECH, "Rutte", "e0", "Rutte")
            .stance("defence-spending", "Rutte", "e0", "Rutte", Position.SUPPORT, "Rutte said the alliance must spend more.", null)
            .event("statement", "said", null, "e0")
            .warning("quote without a closing mark")
            .checked();

    static final List<ArticleAnalysis> ALL = List.of(RUTTE_ARTICLE, TUSK_ARTICLE, UNDATED_ARTICLE);

    static final List<Entity> ENTITIES = List.of(
            new Entity(RUTTE, "Mark Rutte", EntityType.PERSON, Set.of("Rutte", "Secretary General Rutte"), Set.of("NATO Secretary General")),
            new Entity(TUSK, "Donald Tusk", EntityType.PERSON, Set.of("Tusk"), Set.of("Prime Minister")),
            new Entity(NATO, "NATO", EntityType.ORGANIZATION, Set.of("the alliance"), Set.of()),
            new Entity(POLAND, "Poland", EntityType.GOVERNMENT, Set.of(), Set.of()));

    static Map<LocalRef, EntityId> links() {
        Map<LocalRef, EntityId> links = new LinkedHashMap<>();
        links.put(ref(RUTTE_ARTICLE, "e0"), RUTTE);
        links.put(ref(RUTTE_ARTICLE, "e1"), NATO);
        links.put(ref(RUTTE_ARTICLE, "e2"), TUSK);
        links.put(ref(TUSK_ARTICLE, "e0"), TUSK);
        links.put(ref(TUSK_ARTICLE, "e1"), RUTTE);
        links.put(ref(TUSK_ARTICLE, "e2"), POLAND);
        links.put(ref(UNDATED_ARTICLE, "e0"), RUTTE);
        return links;
    }

    static LocalRef ref(ArticleAnalysis a, String key) {
        return new LocalRef(a.article().id(), key);
    }

    private Corpus() {
    }
}
